package dev.fusejet.device;

/**
 * A sheet's ink load as the head fired it.
 *
 * @param mean mean ink volume per area over the sheet (m³/m²)
 * @param max ink volume per area of the heaviest map cell (m³/m²)
 * @param waterFraction volume fraction of the ink's liquid that is water (1)
 */
public record SheetLoad(double mean, double max, double waterFraction) {}
