package dev.fusejet.fuser;

/**
 * The two expressions of the design and the analytic shape of the window they bound in the (T, t)
 * plane, for given Tg (°C), T_M (°C) and thresholds G, M (°C·s).
 *
 * <p>Derivation (docs/process-window.md): (1) needs T > Tg and t > G / (T - Tg); (2) holds for
 * every t when T <= T_M and needs t < M / (T - T_M) when T > T_M. A dwell exists for T > T_M iff G
 * / (T - Tg) < M / (T - T_M), i.e. (G - M) T < G T_M - M Tg. Hence:
 *
 * <ul>
 *   <li>G < M (standard): feasible for T > Tg when Tg < T_M; when Tg >= T_M only for T > (M Tg - G
 *       T_M) / (M - G), which for G = 2, M = 3 is T > 3 Tg - 2 T_M.
 *   <li>G > M (high gloss): feasible for Tg < T < (G T_M - M Tg) / (G - M), which for G = 6, M = 3
 *       is T < 2 T_M - Tg; empty when Tg >= T_M.
 * </ul>
 */
public final class ClaimedConditions {
  private final double glassTransition;
  private final double meltingTemperature;
  private final FusingMode mode;

  /**
   * @param glassTransition Tg of the resin particles (°C)
   * @param meltingTemperature T_M of the resin layer (°C)
   * @param mode the fusing mode
   */
  public ClaimedConditions(double glassTransition, double meltingTemperature, FusingMode mode) {
    this.glassTransition = glassTransition;
    this.meltingTemperature = meltingTemperature;
    this.mode = mode;
  }

  /** (T - Tg) t (°C·s). */
  public double heat(double temperature, double dwell) {
    return (temperature - glassTransition) * dwell;
  }

  /** (T - T_M) t (°C·s). */
  public double melt(double temperature, double dwell) {
    return (temperature - meltingTemperature) * dwell;
  }

  /** Whether both strict inequalities hold at (T, t). */
  public boolean holds(double temperature, double dwell) {
    return heat(temperature, dwell) > mode.heatThreshold()
        && melt(temperature, dwell) < mode.meltLimit();
  }

  /** Shortest dwell (exclusive) for which (1) holds at T (s); +inf when T <= Tg. */
  public double minimumDwell(double temperature) {
    double excess = temperature - glassTransition;
    return excess > 0 ? mode.heatThreshold() / excess : Double.POSITIVE_INFINITY;
  }

  /** Longest dwell (exclusive) for which (2) holds at T (s); +inf when T <= T_M. */
  public double maximumDwell(double temperature) {
    double excess = temperature - meltingTemperature;
    return excess > 0 ? mode.meltLimit() / excess : Double.POSITIVE_INFINITY;
  }

  /**
   * Lowest temperature (exclusive) at which some dwell satisfies both expressions (°C), or NaN if
   * no temperature does.
   */
  public double lowestTemperature() {
    if (isEmpty()) {
      return Double.NaN;
    }
    double g = mode.heatThreshold();
    double m = mode.meltLimit();
    if (glassTransition < meltingTemperature || g > m) {
      return glassTransition;
    }
    return (m * glassTransition - g * meltingTemperature) / (m - g);
  }

  /**
   * Highest temperature (exclusive) at which some dwell satisfies both expressions (°C): +inf when
   * G <= M, NaN if the window is empty.
   */
  public double highestTemperature() {
    if (isEmpty()) {
      return Double.NaN;
    }
    double g = mode.heatThreshold();
    double m = mode.meltLimit();
    if (g <= m) {
      return Double.POSITIVE_INFINITY;
    }
    return (g * meltingTemperature - m * glassTransition) / (g - m);
  }

  /** Whether no (T, t) at all satisfies both expressions: G >= M and Tg >= T_M. */
  public boolean isEmpty() {
    return mode.heatThreshold() >= mode.meltLimit() && glassTransition >= meltingTemperature;
  }

  /** Tg (°C). */
  public double glassTransition() {
    return glassTransition;
  }

  /** T_M (°C). */
  public double meltingTemperature() {
    return meltingTemperature;
  }

  /** The mode. */
  public FusingMode mode() {
    return mode;
  }
}
