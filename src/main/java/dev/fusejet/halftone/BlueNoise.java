package dev.fusejet.halftone;

import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Blue-noise threshold arrays made by the void-and-cluster method (R. Ulichney, "The
 * void-and-cluster method for dither array generation", Proc. SPIE 1913, 1993): a toroidal Gaussian
 * filter (sigma 1.5 px) measures how crowded each site is; starting from a relaxed random pattern,
 * ranks are taken by removing the tightest cluster and then by filling the largest void and, past
 * half, the tightest cluster of empty sites. Arrays are generated once per size and seed and cached
 * for the life of the process.
 */
public final class BlueNoise {
  private BlueNoise() {}

  /** Gaussian sigma of the energy filter (px), Ulichney's recommended 1.5. */
  static final double SIGMA = 1.5;

  /** Filter support: sites farther than this (px) are ignored (weight below 2e-7 of the peak). */
  static final int RADIUS = 8;

  private static final ConcurrentHashMap<Long, int[]> CACHE = new ConcurrentHashMap<>();

  /**
   * The rank array of a {@code size} x {@code size} tile (a power of two): each value 0..size²-1
   * once, row-major. A copy.
   */
  public static int[] ranks(int size, long seed) {
    if (size < 8 || Integer.bitCount(size) != 1 || size > 512) {
      throw new IllegalArgumentException("tile size must be a power of two in 8..512, got " + size);
    }
    return CACHE.computeIfAbsent(size * 1_000_003L + seed, k -> generate(size, seed)).clone();
  }

  private static int[] generate(int size, long seed) {
    int n = size * size;
    int mask = size - 1;
    int r = Math.min(RADIUS, size / 2 - 1);
    int kw = 2 * r + 1;
    double[] kernel = new double[kw * kw];
    for (int dy = -r; dy <= r; dy++) {
      for (int dx = -r; dx <= r; dx++) {
        kernel[(dy + r) * kw + dx + r] = Math.exp(-(dx * dx + dy * dy) / (2 * SIGMA * SIGMA));
      }
    }
    boolean[] on = new boolean[n];
    double[] energy = new double[n];
    SplittableRandom random = new SplittableRandom(seed);
    int ones = n / 10;
    int placed = 0;
    while (placed < ones) {
      int i = random.nextInt(n);
      if (!on[i]) {
        on[i] = true;
        add(energy, kernel, r, size, mask, i, +1);
        placed++;
      }
    }
    // Relax: move the tightest cluster into the largest void until that changes nothing.
    for (int guard = 0; guard < 10 * n; guard++) {
      int cluster = extreme(energy, on, true, true);
      on[cluster] = false;
      add(energy, kernel, r, size, mask, cluster, -1);
      int voidSite = extreme(energy, on, false, false);
      on[voidSite] = true;
      add(energy, kernel, r, size, mask, voidSite, +1);
      if (voidSite == cluster) {
        break;
      }
    }
    int[] rank = new int[n];
    boolean[] work = on.clone();
    double[] e = energy.clone();
    for (int k = ones - 1; k >= 0; k--) {
      int cluster = extreme(e, work, true, true);
      work[cluster] = false;
      add(e, kernel, r, size, mask, cluster, -1);
      rank[cluster] = k;
    }
    int half = n / 2;
    for (int k = ones; k < half; k++) {
      int voidSite = extreme(energy, on, false, false);
      on[voidSite] = true;
      add(energy, kernel, r, size, mask, voidSite, +1);
      rank[voidSite] = k;
    }
    // Past half the minority sites are the empty ones: fill the tightest cluster of empty sites.
    double[] empty = new double[n];
    for (int i = 0; i < n; i++) {
      if (!on[i]) {
        add(empty, kernel, r, size, mask, i, +1);
      }
    }
    for (int k = Math.max(half, ones); k < n; k++) {
      int cluster = extreme(empty, on, false, true);
      on[cluster] = true;
      add(empty, kernel, r, size, mask, cluster, -1);
      rank[cluster] = k;
    }
    return rank;
  }

  private static void add(
      double[] energy, double[] kernel, int r, int size, int mask, int site, int sign) {
    int sx = site % size;
    int sy = site / size;
    int kw = 2 * r + 1;
    for (int dy = -r; dy <= r; dy++) {
      int row = ((sy + dy) & mask) * size;
      int krow = (dy + r) * kw + r;
      for (int dx = -r; dx <= r; dx++) {
        energy[row + ((sx + dx) & mask)] += sign * kernel[krow + dx];
      }
    }
  }

  /** The site with the most (max) or least energy among sites whose state equals {@code state}. */
  private static int extreme(double[] energy, boolean[] on, boolean state, boolean max) {
    int best = -1;
    double bestE = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (int i = 0; i < energy.length; i++) {
      if (on[i] == state && (max ? energy[i] > bestE : energy[i] < bestE)) {
        bestE = energy[i];
        best = i;
      }
    }
    return best;
  }
}
