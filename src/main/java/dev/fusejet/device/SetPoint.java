package dev.fusejet.device;

import dev.fusejet.fuser.FusingMode;

/**
 * The fuser's set point for a sheet, as the process-window planner chose it.
 *
 * @param temperature surface temperature of the member touching the image side (°C)
 * @param speed process speed through the nip (m/s)
 * @param dwell nominal dwell in the nip at that speed (s)
 * @param mode the fusing mode whose claimed conditions it satisfies
 */
public record SetPoint(double temperature, double speed, double dwell, FusingMode mode) {

  /** Checks the values. */
  public SetPoint {
    if (!Double.isFinite(temperature) || !(speed > 0) || !(dwell > 0) || mode == null) {
      throw new IllegalArgumentException(
          "set point " + temperature + " °C, " + speed + " m/s, " + dwell + " s, " + mode);
    }
  }
}
