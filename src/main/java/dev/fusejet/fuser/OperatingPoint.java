package dev.fusejet.fuser;

/**
 * A fusing set point: the one record of "T and v" for the planner, the twin, the controller and the
 * device. The dwell follows from the nip: {@link WindowProblem#dwell(double)} for the planner's
 * nominal nip, the twin's nip mechanics for a simulated pass.
 *
 * @param temperature surface temperature set point of the member touching the image side, the "T"
 *     of the design's conditions (°C)
 * @param speed process speed (m/s)
 */
public record OperatingPoint(double temperature, double speed) {

  /** Validates the values, naming the one that is wrong. */
  public OperatingPoint {
    if (!Double.isFinite(temperature)) {
      throw new IllegalArgumentException("set-point temperature " + temperature + " °C");
    }
    if (!(speed > 0) || !Double.isFinite(speed)) {
      throw new IllegalArgumentException("speed " + speed + " m/s must be positive");
    }
  }
}
