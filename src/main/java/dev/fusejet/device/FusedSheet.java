package dev.fusejet.device;

import dev.fusejet.twin.SheetReport;

/**
 * What the fuser did to one sheet.
 *
 * @param heaviest the twin's pass at the heaviest ink region (melt, blister)
 * @param mean the twin's pass at the mean ink load (gloss)
 * @param surfaceEntry surface temperature of the image-side member as the sheet entered (°C)
 * @param surfaceMinimum lowest surface temperature of that member during the pass (°C)
 * @param speed speed the sheet went through the nip at (m/s): the set point's unless slowed
 * @param action what the controller did: {@code fed}, {@code delayed}, {@code slowed}, {@code
 *     stopped} (a heater under control) or {@code held} (the set point held by an ideal heater)
 * @param delay time the feed was held at the nip for the roller to recover (s)
 * @param reason the controller's reason for a delay, slow-down or stop, or empty
 * @param windowHeld the fuser's own verdict: both claims held at the lowest and highest surface the
 *     sheet met, with no fault latched from entry to exit
 */
public record FusedSheet(
    SheetReport heaviest,
    SheetReport mean,
    double surfaceEntry,
    double surfaceMinimum,
    double speed,
    String action,
    double delay,
    String reason,
    boolean windowHeld) {}
