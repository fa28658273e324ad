package dev.fusejet.twin;

/**
 * Conditions of one sheet pass.
 *
 * @param rollerTemperature surface temperature of the member touching the image side before the
 *     sheet arrives, the "T" of the design's conditions (°C)
 * @param speed process speed (m/s)
 * @param liquid printed ink liquid per area at this point of the sheet (m³/m²); 1 mL/m² = 1e-6
 * @param waterFraction volume fraction of that liquid that is water (1); the rest is non-volatile
 *     co-solvent
 */
public record OperatingPoint(
    double rollerTemperature, double speed, double liquid, double waterFraction) {

  /**
   * Ink volume per area at 100 % coverage of one channel (m³/m²): 1200 × 1200 dpi × 4 pL = 8.9
   * mL/m² [D, physics reference 5.3].
   */
  public static final double VOLUME_AT_FULL_COVERAGE = 8.9e-6;

  /** Water volume fraction of a typical pigment ink's liquid (1) [E: water 60-80 % of the ink]. */
  public static final double TYPICAL_WATER_FRACTION = 0.75;

  /** Validates the values, naming the one that is wrong. */
  public OperatingPoint {
    if (!Double.isFinite(rollerTemperature)) {
      throw new IllegalArgumentException("roller temperature " + rollerTemperature + " °C");
    }
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed " + speed + " m/s must be positive");
    }
    if (!(liquid >= 0)) {
      throw new IllegalArgumentException("liquid " + liquid + " m³/m² must be >= 0");
    }
    if (!(waterFraction >= 0 && waterFraction <= 1)) {
      throw new IllegalArgumentException("water fraction " + waterFraction + " must be in 0..1");
    }
  }

  /**
   * A point printed at {@code coverage} (1; 2.5 for 250 %) of {@code volumeAtFullCoverage} (m³/m²
   * per 100 %), e.g. {@link #VOLUME_AT_FULL_COVERAGE}.
   */
  public static OperatingPoint ofCoverage(
      double rollerTemperature,
      double speed,
      double coverage,
      double volumeAtFullCoverage,
      double waterFraction) {
    return new OperatingPoint(
        rollerTemperature, speed, coverage * volumeAtFullCoverage, waterFraction);
  }

  /** Unprinted (dry) point. */
  public static OperatingPoint dry(double rollerTemperature, double speed) {
    return new OperatingPoint(rollerTemperature, speed, 0, TYPICAL_WATER_FRACTION);
  }
}
