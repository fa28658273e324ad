package dev.fusejet.device;

/**
 * A print resolution.
 *
 * @param xDpi across the sheet (dots per inch)
 * @param yDpi along the paper feed (dots per inch)
 */
public record Resolution(double xDpi, double yDpi) {}
