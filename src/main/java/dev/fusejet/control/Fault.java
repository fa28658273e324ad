package dev.fusejet.control;

/**
 * A latched safety fault: which guard tripped, the printer-state-reasons keyword it maps to, what
 * it saw, and when. Only {@link Fuser#reset()} clears it.
 *
 * @param guard the guard's name, e.g. {@code hold-band-runaway}
 * @param reason printer-state-reasons keyword: {@code fuser-over-temp-error}, {@code
 *     fuser-under-temp-error}, or the vendor reasons {@code fusejet-fuser-sensor-error} and {@code
 *     fusejet-fuser-watchdog-error} (docs/fuser.md)
 * @param message a sentence with the readings and the threshold
 * @param time simulated time of the trip (s)
 * @param reading the reading that tripped it (°C), NaN if none
 * @param target the set point then (°C)
 */
public record Fault(
    String guard, String reason, String message, double time, double reading, double target) {

  /** Reason keyword: the heated surface reads (or is) too hot. */
  public static final String OVER_TEMP = "fuser-over-temp-error";

  /** Reason keyword: the heated surface does not reach or hold its temperature. */
  public static final String UNDER_TEMP = "fuser-under-temp-error";

  /** Vendor reason keyword: the surface sensor is stale or stuck. */
  public static final String SENSOR = "fusejet-fuser-sensor-error";

  /** Vendor reason keyword: the controller stopped refreshing the heater output. */
  public static final String WATCHDOG = "fusejet-fuser-watchdog-error";
}
