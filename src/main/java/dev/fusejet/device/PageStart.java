package dev.fusejet.device;

import dev.fusejet.raster.PageInfo;

/**
 * A sheet to print.
 *
 * @param info the page as rasterised (its size in pixels, resolution, inks, sheet number)
 * @param source the media source to feed from
 * @param setPoint where the fuser runs for this sheet
 * @param shingle passes per row of the head (1, 2 or 4)
 * @param bidirectional print in both carriage directions
 */
public record PageStart(
    PageInfo info, String source, SetPoint setPoint, int shingle, boolean bidirectional) {}
