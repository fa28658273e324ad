package dev.fusejet.halftone;

/**
 * Weights of the variable-coefficient kernel: (ahead, below behind, below) as a function of the
 * position of the amount between two drop levels, 0 at a level and 127 half-way, mirrored above.
 *
 * <p>The idea is Ostromoukhov's (V. Ostromoukhov, "A Simple and Efficient Error-Diffusion
 * Algorithm", SIGGRAPH 2001): near a level, where dots are sparse, send most error ahead and none
 * below behind (13 : 0 : 5 at the level, his published starting point), which breaks up the
 * diagonal chains ("worms") of Floyd-Steinberg; towards the middle, spread it more evenly. The key
 * points between are ours, not his 256-entry table: they were chosen against the quality tests
 * (radial power spectrum and worm measure in {@code HalftoneQualityTest}) and are linearly
 * interpolated.
 */
final class VariableCoefficients {
  private VariableCoefficients() {}

  /** Key points: position (0..127), weight ahead, below behind, below (any scale). */
  private static final int[][] KEYS = {
    {0, 13, 0, 5},
    {12, 13, 1, 6},
    {32, 8, 3, 5},
    {64, 7, 4, 5},
    {96, 6, 4, 6},
    {127, 8, 4, 4},
  };

  private static final int[][] TABLE = build();

  private static int[][] build() {
    int[][] t = new int[128][];
    for (int p = 0; p < 128; p++) {
      int k = 0;
      while (k < KEYS.length - 2 && p > KEYS[k + 1][0]) {
        k++;
      }
      int[] a = KEYS[k];
      int[] b = KEYS[k + 1];
      double f = (p - a[0]) / (double) (b[0] - a[0]);
      double[] w = new double[3];
      double sum = 0;
      for (int i = 0; i < 3; i++) {
        double wa = a[i + 1] / (double) (a[1] + a[2] + a[3]);
        double wb = b[i + 1] / (double) (b[1] + b[2] + b[3]);
        w[i] = wa + f * (wb - wa);
        sum += w[i];
      }
      int scale = 1 << ErrorDiffusion.WEIGHT_BITS;
      int ahead = (int) Math.round(scale * w[0] / sum);
      int behind = (int) Math.round(scale * w[1] / sum);
      t[p] = new int[] {ahead, behind, scale - ahead - behind};
    }
    return t;
  }

  /** Weights (ahead, below behind, below) summing to 1024 at this position (0..127). */
  static int[] weights(int position) {
    return TABLE[Math.max(0, Math.min(127, position))].clone();
  }
}
