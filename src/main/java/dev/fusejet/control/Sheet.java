package dev.fusejet.control;

import dev.fusejet.units.Units;

/**
 * One sheet as the fuser sees it.
 *
 * @param length length along the paper path (m)
 * @param width width across the path (m)
 * @param liquid ink liquid per area it carries (m³/m²)
 * @param waterFraction water share of that liquid (1)
 */
public record Sheet(double length, double width, double liquid, double waterFraction) {

  /** 4 × 6 in photo length along the path (m). */
  public static final double PHOTO_LENGTH = 6 * Units.INCH;

  /** 4 × 6 in photo width (m). */
  public static final double PHOTO_WIDTH = 4 * Units.INCH;

  /** Validates. */
  public Sheet {
    if (!(length > 0 && length < 2)) {
      throw new IllegalArgumentException("sheet length " + length + " m must be in (0, 2) m");
    }
    if (!(width > 0 && width < 2)) {
      throw new IllegalArgumentException("sheet width " + width + " m must be in (0, 2) m");
    }
    if (!(liquid >= 0)) {
      throw new IllegalArgumentException("liquid " + liquid + " m³/m² must be >= 0");
    }
    if (!(waterFraction >= 0 && waterFraction <= 1)) {
      throw new IllegalArgumentException("water fraction " + waterFraction + " must be in 0..1");
    }
  }

  /** A 4 × 6 in photo at {@code coverage} (1; 2.0 for 200 %) of the twin's full-coverage volume. */
  public static Sheet photo(double coverage) {
    return new Sheet(
        PHOTO_LENGTH,
        PHOTO_WIDTH,
        coverage * dev.fusejet.twin.InkLoad.VOLUME_AT_FULL_COVERAGE,
        dev.fusejet.twin.InkLoad.TYPICAL_WATER_FRACTION);
  }
}
