/**
 * Colour separation: from the document's colour (sRGB, or device CMYK) to ink amounts of the ink
 * set, through a 3-D lookup table with tetrahedral interpolation built once per ink set, medium and
 * resolution. Black generation and under-colour removal, per-ink linearisation and the total ink
 * limit from the medium's pore capacity are baked into the table.
 */
package dev.fusejet.raster.colour;
