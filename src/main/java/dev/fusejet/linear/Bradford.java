package dev.fusejet.linear;

/**
 * The linear Bradford chromatic adaptation transform (Lam, 1985; the form ICC.1:2010 annex E.3
 * prescribes for adapting colorants to the D50 PCS): XYZ to a sharpened cone space by {@link
 * #CONE}, each cone response scaled by the ratio of the destination white's to the source white's,
 * and back.
 */
public final class Bradford {
  private Bradford() {}

  /** The Bradford cone response matrix, rows ρ, γ, β from X, Y, Z (ICC.1:2010 E.3). */
  private static final double[][] CONE = {
    {0.8951, 0.2664, -0.1614}, {-0.7502, 1.7135, 0.0367}, {0.0389, -0.0685, 1.0296}
  };

  private static final double[][] CONE_INVERSE = Matrix3.invert(CONE);

  /** The cone response matrix (a copy). */
  public static double[][] cone() {
    return copy(CONE);
  }

  /** The inverse of the cone response matrix (a copy). */
  public static double[][] coneInverse() {
    return copy(CONE_INVERSE);
  }

  /** XYZ to the Bradford cone space. */
  public static double[] toCone(double[] xyz) {
    return Matrix3.times(CONE, xyz);
  }

  /** The Bradford cone space back to XYZ. */
  public static double[] fromCone(double[] cone) {
    return Matrix3.times(CONE_INVERSE, cone);
  }

  /**
   * The adaptation matrix from a colour seen under white {@code src} to its corresponding colour
   * under white {@code dst} (both XYZ, any common scale): CONE⁻¹ diag(dst/src in cone space) CONE.
   */
  public static double[][] adaptation(double[] src, double[] dst) {
    double[] s = toCone(src);
    double[] d = toCone(dst);
    double[][] scale = {{d[0] / s[0], 0, 0}, {0, d[1] / s[1], 0}, {0, 0, d[2] / s[2]}};
    return Matrix3.times(CONE_INVERSE, Matrix3.times(scale, CONE));
  }

  private static double[][] copy(double[][] m) {
    return new double[][] {m[0].clone(), m[1].clone(), m[2].clone()};
  }
}
