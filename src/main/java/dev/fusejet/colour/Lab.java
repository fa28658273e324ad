package dev.fusejet.colour;

/**
 * CIE 1976 L*a*b* (CIELAB), by default relative to D50 (ISO 11664-4; CIE 15:2004 section 8.2.1).
 *
 * @param l lightness L* (0 black .. 100 white)
 * @param a a* (green - red)
 * @param b b* (blue - yellow)
 */
public record Lab(double l, double a, double b) {

  private static final double EPSILON = 216.0 / 24389.0;
  private static final double KAPPA = 24389.0 / 27.0;

  /** CIELAB of {@code c} relative to the white {@code white}. */
  public static Lab of(Xyz c, Xyz white) {
    double fx = f(c.x() / white.x());
    double fy = f(c.y() / white.y());
    double fz = f(c.z() / white.z());
    return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
  }

  /** Tristimulus values of this colour relative to D50. */
  public Xyz toXyz() {
    return toXyz(Xyz.D50);
  }

  /** Tristimulus values of this colour relative to the white {@code white}. */
  public Xyz toXyz(Xyz white) {
    double fy = (l + 16) / 116;
    double fx = fy + a / 500;
    double fz = fy - b / 200;
    return new Xyz(white.x() * finv(fx), white.y() * finv(fy), white.z() * finv(fz));
  }

  /** Chroma C*ab. */
  public double chroma() {
    return Math.hypot(a, b);
  }

  /** Hue angle h_ab in degrees, 0 .. 360. */
  public double hue() {
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }

  private static double f(double t) {
    return t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
  }

  private static double finv(double f) {
    double t = f * f * f;
    return t > EPSILON ? t : (116 * f - 16) / KAPPA;
  }
}
