package dev.fusejet.twin;

/**
 * The printed ink at one point of a sheet, what the twin needs beside the set point ({@link
 * dev.fusejet.fuser.OperatingPoint}) for one pass.
 *
 * @param liquid printed ink liquid per area (m³/m²); 1 mL/m² = 1e-6
 * @param waterFraction volume fraction of that liquid that is water (1); the rest is non-volatile
 *     co-solvent
 */
public record InkLoad(double liquid, double waterFraction) {

  /**
   * Ink volume per area at 100 % coverage of one channel (m³/m²): 1200 × 1200 dpi × 4 pL = 8.9
   * mL/m² [D, physics reference 5.3].
   */
  public static final double VOLUME_AT_FULL_COVERAGE = 8.9e-6;

  /** Water volume fraction of a typical pigment ink's liquid (1) [E: water 60-80 % of the ink]. */
  public static final double TYPICAL_WATER_FRACTION = 0.75;

  /** Unprinted (dry) paper. */
  public static final InkLoad DRY = new InkLoad(0, TYPICAL_WATER_FRACTION);

  /** Validates the values, naming the one that is wrong. */
  public InkLoad {
    if (!(liquid >= 0) || !Double.isFinite(liquid)) {
      throw new IllegalArgumentException("liquid " + liquid + " m³/m² must be >= 0");
    }
    if (!(waterFraction >= 0 && waterFraction <= 1)) {
      throw new IllegalArgumentException("water fraction " + waterFraction + " must be in 0..1");
    }
  }

  /**
   * Ink printed at {@code coverage} (1; 2.5 for 250 %) of {@code volumeAtFullCoverage} (m³/m² per
   * 100 %), e.g. {@link #VOLUME_AT_FULL_COVERAGE}.
   */
  public static InkLoad ofCoverage(
      double coverage, double volumeAtFullCoverage, double waterFraction) {
    return new InkLoad(coverage * volumeAtFullCoverage, waterFraction);
  }
}
