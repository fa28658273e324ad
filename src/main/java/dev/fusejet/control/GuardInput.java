package dev.fusejet.control;

/**
 * What a guard sees once per control period.
 *
 * @param time simulated time (s)
 * @param reading the sensor reading (°C), NaN when no new reading arrived
 * @param atRail whether the reading sits at a rail of the converter
 * @param target set point (°C), 0 when off
 * @param duty heater output now (0..1)
 * @param lastRefresh time the controller last refreshed the output (s)
 * @param dt control period (s)
 */
record GuardInput(
    double time,
    double reading,
    boolean atRail,
    double target,
    double duty,
    double lastRefresh,
    double dt) {

  /** Whether a fresh reading within the converter's range arrived. */
  boolean plausible() {
    return !Double.isNaN(reading) && !atRail;
  }
}
