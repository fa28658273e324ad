package dev.fusejet.colour;

/**
 * A gamut boundary descriptor: the largest chroma C*ab reached in each cell of lightness (1 L*
 * wide) and hue (10° wide), from sampled colours of the gamut; between cells interpolated, empty
 * lightness cells filled from their neighbours of the same hue.
 */
final class GamutBoundary {
  private static final int L_BINS = 101;
  private static final int H_BINS = 36;
  private final double[][] max;

  private GamutBoundary(double[][] max) {
    this.max = max;
  }

  /** Largest chroma of the gamut at lightness {@code l} and hue {@code h} (degrees). */
  double chroma(double l, double h) {
    double x = Math.max(0, Math.min(L_BINS - 1, l));
    int i = Math.min(L_BINS - 2, (int) x);
    double fl = x - i;
    double y = ((h % 360) + 360) % 360 / 10.0 - 0.5;
    int j = (int) Math.floor(y);
    double fh = y - j;
    int j0 = (j + H_BINS) % H_BINS;
    int j1 = (j + 1 + H_BINS) % H_BINS;
    double a = max[i][j0] * (1 - fl) + max[i + 1][j0] * fl;
    double b = max[i][j1] * (1 - fl) + max[i + 1][j1] * fl;
    return a * (1 - fh) + b * fh;
  }

  static final class Builder {
    private final double[][] max = new double[L_BINS][H_BINS];
    private final boolean[][] seen = new boolean[L_BINS][H_BINS];

    void add(Lab c) {
      int i = (int) Math.round(Math.max(0, Math.min(100, c.l())));
      int j = (int) (c.hue() / 10) % H_BINS;
      max[i][j] = Math.max(max[i][j], c.chroma());
      seen[i][j] = true;
    }

    GamutBoundary build() {
      double[][] out = new double[L_BINS][H_BINS];
      for (int j = 0; j < H_BINS; j++) {
        for (int i = 0; i < L_BINS; i++) {
          if (seen[i][j]) {
            out[i][j] = max[i][j];
            continue;
          }
          int lo = i - 1;
          while (lo >= 0 && !seen[lo][j]) {
            lo--;
          }
          int hi = i + 1;
          while (hi < L_BINS && !seen[hi][j]) {
            hi++;
          }
          if (lo >= 0 && hi < L_BINS) {
            double f = (i - lo) / (double) (hi - lo);
            out[i][j] = max[lo][j] * (1 - f) + max[hi][j] * f;
          }
        }
      }
      return new GamutBoundary(out);
    }
  }
}
