package dev.fusejet.apparatus;

/**
 * Thresholds of the six heater guards (docs/fuser.md lists each with its Klipper/Marlin source).
 *
 * @param minTemperature lowest plausible reading (°C): below it the heater is shut off at once
 *     (Marlin MINTEMP; Klipper min_temp)
 * @param maxTemperature highest allowed reading (°C): above it the heater is shut off at once
 *     (Marlin MAXTEMP, max target + 15 K HOTEND_OVERSHOOT; Klipper max_temp)
 * @param watchPeriod after the target rises, the reading must gain {@code watchIncrease} in every
 *     such period until it reaches the band (s) (Klipper check_gain_time 20 s; Marlin
 *     WATCH_TEMP_PERIOD 20-40 s)
 * @param watchIncrease gain required per watch period (K) (Klipper heating_gain 2; Marlin
 *     WATCH_TEMP_INCREASE 2)
 * @param runawayHysteresis half-width of the hold band (K) (Klipper hysteresis 5; Marlin 4)
 * @param runawayMaxError integrated shortfall below the hold band that trips (K·s) (Klipper
 *     max_error 120)
 * @param staleTime longest time without a fresh reading (s) (Klipper QUELL_STALE_TIME 7)
 * @param stuckPeriod longest time the heated sensor may read exactly the same value (s) (Marlin
 *     THERMAL_PROTECTION_VARIANCE_MONITOR over the protection period; bed 20 s)
 * @param maxHeatTime longest time the heater output may go without being refreshed by the
 *     controller (s) (Klipper MAX_HEAT_TIME 3)
 * @param rangeCheckCount consecutive readings at the converter's rails that trip (1) (Klipper
 *     RANGE_CHECK_COUNT 4)
 */
public record SafetyLimits(
    double minTemperature,
    double maxTemperature,
    double watchPeriod,
    double watchIncrease,
    double runawayHysteresis,
    double runawayMaxError,
    double staleTime,
    double stuckPeriod,
    double maxHeatTime,
    int rangeCheckCount) {

  /** Marlin's HOTEND_OVERSHOOT: MAXTEMP lies this far above the highest target (K). */
  public static final double MAX_OVERSHOOT = 15;

  /** Lowest plausible reading by default (°C): a fuser in a heated room never reads below it. */
  public static final double DEFAULT_MIN_TEMPERATURE = 5;

  /** The Klipper/Marlin defaults for an apparatus whose highest set point is {@code maxTarget}. */
  public static SafetyLimits defaults(double maxTarget) {
    return new SafetyLimits(
        DEFAULT_MIN_TEMPERATURE, maxTarget + MAX_OVERSHOOT, 20, 2, 5, 120, 7, 20, 3, 4);
  }
}
