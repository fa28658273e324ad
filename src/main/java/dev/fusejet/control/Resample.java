package dev.fusejet.control;

/**
 * Hands a profile between two cell layouts of the same wall. When the twin's and the plant's cells
 * agree (the normal case: the plant's wall is the twin's {@link dev.fusejet.twin.RollerWall}) the
 * profile is copied; if the twin's grid ever differs, the profile is interpolated linearly over the
 * relative cell index, so the core stays inside and the surface outside.
 */
final class Resample {
  private Resample() {}

  static double[] to(double[] p, int n) {
    if (p.length == n) {
      return p;
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? 0 : (double) i * (p.length - 1) / (n - 1);
      int j = Math.min((int) x, p.length - 2);
      double f = x - j;
      out[i] = p.length == 1 ? p[0] : p[j] * (1 - f) + p[j + 1] * f;
    }
    return out;
  }
}
