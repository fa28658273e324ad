package dev.fusejet.colour;

/**
 * CIE 1931 tristimulus values relative to a perfect reflecting diffuser (Y = 1 for it), D50, 2°
 * observer: the scale of the ICC profile connection space.
 *
 * @param x X (1)
 * @param y Y, luminance factor (1)
 * @param z Z (1)
 */
public record Xyz(double x, double y, double z) {

  /**
   * The D50 white of the ICC PCS (ICC.1:2010 section 7.2.16): X 0.9642, Y 1, Z 0.8249 (the
   * s15Fixed16 values 0x0000F6D6, 0x00010000, 0x0000D32D).
   */
  public static final Xyz D50 = new Xyz(0.9642, 1.0, 0.8249);

  /** The components as an array {X, Y, Z}. */
  public double[] toArray() {
    return new double[] {x, y, z};
  }

  /** Components multiplied by {@code s}. */
  public Xyz scale(double s) {
    return new Xyz(x * s, y * s, z * s);
  }

  /** CIELAB of this colour relative to the D50 white. */
  public Lab toLab() {
    return Lab.of(this, D50);
  }
}
