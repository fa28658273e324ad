package dev.fusejet.fuser;

import java.util.Locale;

/**
 * The fusing modes of the design and their thresholds: with T the surface temperature (°C) of the
 * member touching the image side and t the dwell (s), standard needs (T - Tg) t > 2 and (T - T_M) t
 * < 3; high gloss needs (T - Tg) t > 6 and (T - T_M) t < 3.
 */
public enum FusingMode {
  /** (T - Tg) t > 2 °C·s and (T - T_M) t < 3 °C·s. */
  STANDARD(2.0, 3.0),
  /** (T - Tg) t > 6 °C·s and (T - T_M) t < 3 °C·s. */
  HIGH_GLOSS(6.0, 3.0);

  private final double heatThreshold;
  private final double meltLimit;

  FusingMode(double heatThreshold, double meltLimit) {
    this.heatThreshold = heatThreshold;
    this.meltLimit = meltLimit;
  }

  /** G: the value (T - Tg) t must exceed (°C·s). */
  public double heatThreshold() {
    return heatThreshold;
  }

  /** M: the value (T - T_M) t must stay below (°C·s). */
  public double meltLimit() {
    return meltLimit;
  }

  /** The name used on the command line and in IPP: {@code standard} or {@code high-gloss}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The mode with this label (case-insensitive, '-' or '_').
   *
   * @throws IllegalArgumentException naming the label and the modes there are
   */
  public static FusingMode fromLabel(String label) {
    String constant = label.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (FusingMode m : values()) {
      if (m.name().equals(constant)) {
        return m;
      }
    }
    throw new IllegalArgumentException("'" + label + "' is not one of standard, high-gloss");
  }
}
