package dev.fusejet.fuser;

/**
 * A fusing set point.
 *
 * @param temperature surface temperature set point of the image-side member (°C)
 * @param speed process speed (m/s)
 * @param dwell nominal dwell in the nip (s)
 */
public record OperatingPoint(double temperature, double speed, double dwell) {}
