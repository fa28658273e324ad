package dev.fusejet.device;

import dev.fusejet.twin.SheetReport;

/**
 * What the fuser did to one sheet.
 *
 * @param heaviest the twin's pass at the heaviest ink region (melt, blister)
 * @param mean the twin's pass at the mean ink load (gloss)
 * @param surfaceEntry surface temperature of the image-side member as the sheet entered (°C)
 * @param surfaceMinimum lowest surface temperature of that member during the pass (°C)
 */
public record FusedSheet(
    SheetReport heaviest, SheetReport mean, double surfaceEntry, double surfaceMinimum) {}
