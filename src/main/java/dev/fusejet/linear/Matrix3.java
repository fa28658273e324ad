package dev.fusejet.linear;

/** 3 x 3 matrices as {@code double[row][column]}, and 3-vectors. */
public final class Matrix3 {
  private Matrix3() {}

  /**
   * The inverse of {@code m}, by its adjugate over its determinant. A singular matrix gives
   * infinite or NaN entries (callers test what they need, e.g. a white inside the primaries).
   */
  public static double[][] invert(double[][] m) {
    double a = m[0][0];
    double b = m[0][1];
    double c = m[0][2];
    double d = m[1][0];
    double e = m[1][1];
    double f = m[1][2];
    double g = m[2][0];
    double h = m[2][1];
    double i = m[2][2];
    double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    return new double[][] {
      {(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det},
      {(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det},
      {(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det}
    };
  }

  /** {@code m} times the column vector {@code v}. */
  public static double[] times(double[][] m, double[] v) {
    double[] o = new double[3];
    for (int r = 0; r < 3; r++) {
      o[r] = m[r][0] * v[0] + m[r][1] * v[1] + m[r][2] * v[2];
    }
    return o;
  }

  /** The product {@code a b}. */
  public static double[][] times(double[][] a, double[][] b) {
    double[][] o = new double[3][3];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        o[r][c] = a[r][0] * b[0][c] + a[r][1] * b[1][c] + a[r][2] * b[2][c];
      }
    }
    return o;
  }
}
