package dev.fusejet.twin;

/**
 * Temperature histories of one pass, one entry per time step (arrays of equal length; copies are
 * not made, do not modify).
 *
 * @param time time since the sheet point left the printer (s)
 * @param surface image-side surface of the sheet, top cell centre (°C)
 * @param particleLayer mean over the surface (resin-particle) layer (°C)
 * @param resinTop top cell of the image-side resin layer (°C)
 * @param rollerSurface surface of the roller or belt, bottom cell centre of the skin (°C)
 * @param back back side of the sheet, bottom cell centre (°C)
 * @param meltFraction melted volume fraction of the image-side resin layer (1)
 * @param water liquid water left in the receiving layer (m³/m²)
 * @param nipStart time the point enters the nip (s)
 * @param nipEnd time it leaves (s)
 */
@SuppressWarnings("ArrayRecordComponent") // large per-step series; copying would cost per sheet
public record History(
    double[] time,
    double[] surface,
    double[] particleLayer,
    double[] resinTop,
    double[] rollerSurface,
    double[] back,
    double[] meltFraction,
    double[] water,
    double nipStart,
    double nipEnd) {}
