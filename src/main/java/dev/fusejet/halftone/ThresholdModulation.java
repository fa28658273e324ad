package dev.fusejet.halftone;

/**
 * Threshold modulation of the error diffusion: each ink's mid-points are moved, pixel by pixel, by
 * a blue-noise value read from the void-and-cluster tile of {@link BlueNoiseThreshold} at the ink's
 * own offset, scaled by a strength that depends on where the amount sits between two drop levels.
 *
 * <p>Two defects of plain error diffusion go with it. Without it every ink of a neutral grey has
 * the same amount and the same (deterministic) error chain, so cyan, magenta and yellow fire on
 * exactly the same pixels: composite dots, coarser grain, three times the liquid in one place. With
 * each ink's thresholds moved by its own, mutually uncorrelated, noise the chains part and the inks
 * land as independently as the blue-noise screen places them. And Floyd-Steinberg's regular
 * patterns near the middle of a level interval (the checkerboard, with line defects where its phase
 * slips, visible as mottle in dark greys) are broken up, as in Zhou and Fang's threshold modulation
 * of variable-coefficient diffusion (B. Zhou, X. Fang, "Improving mid-tone quality of
 * variable-coefficient error diffusion using threshold modulation", ACM SIGGRAPH 2003), here with
 * blue rather than white noise so that the modulation adds no low-frequency power.
 *
 * <p>The modulation moves only the decision: the error is the value minus the chosen level's tone,
 * so the ink amount is conserved exactly as without it. Integer arithmetic: the shift of a pixel is
 * {@code (noise * strength[amount >> 8]) >> BITS}, noise odd in -255..255.
 */
final class ThresholdModulation {
  private ThresholdModulation() {}

  /** Scale of the strengths: shift = noise * strength >> BITS. */
  static final int BITS = 8;

  /** Largest noise value (its negative is the smallest). */
  static final int NOISE_MAX = 255;

  /**
   * Key points of the strength: position between two levels (0 at a level, 127 half-way, mirrored
   * above), peak-to-peak shift as a fraction of the interval (0..1). Chosen on three tints only:
   * the 90 % grey of {@code NeutralGreysTest} (mottle: the least strength at which
   * Floyd-Steinberg's matches blue noise's) and the fractions 0.08, 0.25 and 0.5 of the blue-noise
   * spectrum test (low-frequency power below its bound); the quality tests assert on other tints.
   * Small near the levels, where a little noise is enough to part the inks' chains and more would
   * add grain; largest half-way, where Floyd-Steinberg's checkerboard and its line defects form.
   */
  private static final double[][] KEYS = {{0, 0.15}, {64, 0.2}, {127, 0.35}};

  /** Per-ink tile offsets (x, y), the blue-noise screen's: inks read uncorrelated parts. */
  static int[] offset(int ink) {
    return BlueNoiseThreshold.offset(ink);
  }

  /** Strength at a position (0..127) as a fraction of the interval, peak to peak. */
  static double strength(int position) {
    int p = Math.max(0, Math.min(127, position));
    int k = 0;
    while (k < KEYS.length - 2 && p > KEYS[k + 1][0]) {
      k++;
    }
    double[] a = KEYS[k];
    double[] b = KEYS[k + 1];
    double f = (p - a[0]) / (b[0] - a[0]);
    return a[1] + f * (b[1] - a[1]);
  }

  /**
   * Per amount bucket ({@code amount >> 8}, 256 buckets) the integer strength for these tones: a
   * shift of at most {@code strength(position) / 2} of the bucket's interval either way.
   */
  static int[] table(int[] tone) {
    int[] t = new int[256];
    for (int b = 0; b < 256; b++) {
      int a = b << 8;
      int k = a >= tone[2] ? 2 : a >= tone[1] ? 1 : 0;
      int span = tone[k + 1] - tone[k];
      int pos = (int) ((long) (a - tone[k]) * 255 / span);
      double s = strength(Math.min(pos, 255 - pos));
      t[b] = (int) Math.round(s * span / 2 / NOISE_MAX * (1 << BITS));
    }
    return t;
  }

  /**
   * The noise tile of one ink, {@link BlueNoiseThreshold#TILE} squared values, already at the ink's
   * offset: entry {@code (y & (TILE - 1)) * TILE + (x & (TILE - 1))} is the noise of page column x,
   * row y. Odd values -255..255, each equally often.
   */
  static short[] tile(int ink) {
    int size = BlueNoiseThreshold.TILE;
    int[] ranks = BlueNoise.ranks(size, BlueNoiseThreshold.SEED);
    int[] off = offset(ink);
    int shift = Integer.numberOfTrailingZeros(size * size) - 8;
    short[] t = new short[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int r = ranks[((y + off[1]) & (size - 1)) * size + ((x + off[0]) & (size - 1))];
        t[y * size + x] = (short) (2 * (r >> shift) - NOISE_MAX);
      }
    }
    return t;
  }
}
