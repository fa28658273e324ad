package dev.fusejet.control;

/**
 * A heater controller: from a reading to a duty. Called once per control period; {@code load} is
 * the heat (W) the sheet in or entering the nip is predicted to take, which only the predictive
 * controller uses.
 */
interface Controller {
  /**
   * The duty (0..1) for the next period.
   *
   * @param time simulated time (s)
   * @param reading the sensor's reading (°C)
   * @param target set point (°C); 0 or less means off
   * @param load predicted sheet heat load (W)
   */
  double update(double time, double reading, double target, double load);

  /** A copy with the same internal state, for predictions. */
  Controller copy();

  /** {@code pid}, {@code onoff} or {@code mpc}. */
  String name();
}
