/**
 * Colour separation: from the document's colour (sRGB, an embedded RGB profile, or device CMYK) to
 * ink amounts of the ink set, through a 3-D lookup table with tetrahedral interpolation built once
 * per ink set, medium, resolution, intent and source profile. In colour mode the table's nodes go
 * through the printer's output profile for the medium, ink set and quality (built in, or the
 * user's; {@link dev.fusejet.raster.colour.PrinterProfiles}) with the JDK's colour management
 * module; per-ink linearisation and the total ink limit from the medium's pore capacity are baked
 * into the table.
 */
package dev.fusejet.raster.colour;
