package dev.fusejet.fuser;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.OperatingLimits;
import dev.fusejet.media.Medium;

/**
 * Everything the planner needs, in SI units.
 *
 * @param conditions the claimed expressions for the medium's Tg and T_M in the chosen mode
 * @param nipWidth nominal nip width along the paper path (m)
 * @param nipWidthTolerance relative uncertainty of the nip width (1)
 * @param limits the apparatus operating limits (set-point ranges and resolutions)
 * @param temperatureTolerance half-width of the band the surface temperature may wander in (K):
 *     sensor error plus expected droop
 * @param speedTolerance relative speed error (1)
 */
public record WindowProblem(
    ClaimedConditions conditions,
    double nipWidth,
    double nipWidthTolerance,
    OperatingLimits limits,
    double temperatureTolerance,
    double speedTolerance) {

  /** The problem for a medium on an apparatus whose nip width (m) is already resolved. */
  public static WindowProblem of(
      Medium medium, Apparatus apparatus, double nipWidth, FusingMode mode) {
    return new WindowProblem(
        new ClaimedConditions(medium.glassTransition(), medium.meltingTemperature(), mode),
        nipWidth,
        apparatus.nip().widthTolerance(),
        apparatus.limits(),
        apparatus.temperatureTolerance(),
        apparatus.limits().speedTolerance());
  }

  /** The same problem with other operating limits. */
  public WindowProblem withLimits(OperatingLimits other) {
    return new WindowProblem(
        conditions, nipWidth, nipWidthTolerance, other, temperatureTolerance, speedTolerance);
  }

  /** The same problem with other claimed conditions (another Tg, T_M or mode). */
  public WindowProblem withConditions(ClaimedConditions other) {
    return new WindowProblem(
        other, nipWidth, nipWidthTolerance, limits, temperatureTolerance, speedTolerance);
  }

  /** The same problem with another nominal nip width (m). */
  public WindowProblem withNipWidth(double width) {
    return new WindowProblem(
        conditions, width, nipWidthTolerance, limits, temperatureTolerance, speedTolerance);
  }

  /** The same problem with another temperature band half-width (K). */
  public WindowProblem withTemperatureTolerance(double band) {
    return new WindowProblem(conditions, nipWidth, nipWidthTolerance, limits, band, speedTolerance);
  }

  /** Nominal dwell at speed v (s). */
  public double dwell(double speed) {
    return nipWidth / speed;
  }

  /** Shortest dwell at set speed v within the speed and width tolerances (s). */
  public double shortestDwell(double speed) {
    return nipWidth * (1 - nipWidthTolerance) / (speed * (1 + speedTolerance));
  }

  /** Longest dwell at set speed v within the speed and width tolerances (s). */
  public double longestDwell(double speed) {
    return nipWidth * (1 + nipWidthTolerance) / (speed * (1 - speedTolerance));
  }

  /**
   * The worst value of (T' - Tg) t' over the tolerance box around set point (T, v) (°C·s). The
   * expression is bilinear, so the extremes lie on the box corners.
   */
  public double worstHeat(double temperature, double speed) {
    double excess = temperature - temperatureTolerance - conditions.glassTransition();
    return Math.min(excess * shortestDwell(speed), excess * longestDwell(speed));
  }

  /** The worst (largest) value of (T' - T_M) t' over the tolerance box (°C·s). */
  public double worstMelt(double temperature, double speed) {
    double excess = temperature + temperatureTolerance - conditions.meltingTemperature();
    return Math.max(excess * shortestDwell(speed), excess * longestDwell(speed));
  }

  /** Margin of expression (1)/(3) at the worst corner: worst heat minus G (°C·s). */
  public double heatMargin(double temperature, double speed) {
    return worstHeat(temperature, speed) - conditions.mode().heatThreshold();
  }

  /** Margin of expression (2)/(4) at the worst corner: M minus worst melt (°C·s). */
  public double meltMargin(double temperature, double speed) {
    return conditions.mode().meltLimit() - worstMelt(temperature, speed);
  }

  /**
   * Margin below which a point counts as on the boundary (°C·s): 1e-9, six orders of magnitude
   * above the rounding of the products near 2-6 °C·s (about 4e-16) and far below anything the
   * apparatus could hold (a 1 K step moves a product by about 0.02 °C·s), so that a point exactly
   * on a boundary in decimal is rejected whichever way the binary arithmetic rounds.
   */
  public static final double BOUNDARY = 1e-9;

  /**
   * Whether both expressions hold strictly at every corner of the tolerance box, by more than
   * {@link #BOUNDARY}.
   */
  public boolean robust(double temperature, double speed) {
    return heatMargin(temperature, speed) > BOUNDARY && meltMargin(temperature, speed) > BOUNDARY;
  }
}
