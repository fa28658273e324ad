package dev.fusejet.halftone;

/**
 * Multi-level screening with a blue-noise threshold array ({@link BlueNoise}, 128 x 128). Between
 * two drop levels the amount's position (0..1) is compared with the array's threshold at the pixel,
 * so a fraction f of the pixels gets the upper level: the mean amount is kept exactly (within
 * 1/4096 of a level step) and each level is spread as blue noise. Each ink reads the tile at its
 * own offset so that the inks' dots are not stacked. Rows are independent.
 */
public final class BlueNoiseThreshold implements Halftoner {

  /** Tile edge (px). */
  public static final int TILE = 128;

  /** Seed of the tile, fixed so that prints repeat exactly. */
  static final long SEED = 0x5eed_f05eL;

  private static final int FRAC_BITS = 12;
  private static final int[][] OFFSETS = {{0, 0}, {64, 37}, {29, 83}, {101, 13}, {45, 110}};

  private final char[] thresholds;

  /** Offset (x, y) into the tile at which ink {@code channel} reads it. */
  static int[] offset(int channel) {
    int[] o = OFFSETS[channel % OFFSETS.length];
    return new int[] {o[0], o[1] + 17 * (channel / OFFSETS.length)};
  }

  /** A screen using the shared tile. */
  public BlueNoiseThreshold() {
    int[] ranks = BlueNoise.ranks(TILE, SEED);
    int n = ranks.length;
    thresholds = new char[n];
    for (int i = 0; i < n; i++) {
      thresholds[i] = (char) (((long) ranks[i] << FRAC_BITS) / n);
    }
  }

  @Override
  public String name() {
    return "blue-noise";
  }

  @Override
  public boolean rowIndependent() {
    return true;
  }

  @Override
  public PageScreen page(int width, int channels, ToneLevels levels) {
    int[] tone = levels.tones();
    int buckets = (Halftoner.FULL >> 4) + 1;
    char[] code = new char[buckets];
    for (int i = 0; i < buckets; i++) {
      int a = Math.min(Halftoner.FULL, i << 4);
      int k = a >= tone[2] ? 2 : a >= tone[1] ? 1 : 0;
      int frac = (int) (((long) (a - tone[k]) << FRAC_BITS) / (tone[k + 1] - tone[k]));
      code[i] = (char) ((k << 13) | frac);
    }
    return new Screen(width, channels, code);
  }

  /** A page: per-ink offsets into the tile, and for packed rows the per-row threshold words. */
  private final class Screen implements PageScreen {
    private final int width;
    private final char[] code;

    /**
     * For packed rows (at most four inks): per tile row, three blocks of {@link #TILE} words, one
     * per level j = 1..3; lane i of word x in block j is the smallest amount bucket (amount >> 4)
     * at which ink i reaches level j at tile column x, or {@link #NEVER}.
     */
    private final long[][] packedRows;

    Screen(int width, int channels, char[] code) {
      this.width = width;
      this.code = code;
      this.packedRows = channels <= 4 ? packedRows(code, channels) : null;
    }

    @Override
    public void row(int channel, int y, char[] in, int inOffset, byte[] out, int outOffset) {
      int[] off = OFFSETS[channel % OFFSETS.length];
      int rowBase = ((y + off[1] + 17 * (channel / OFFSETS.length)) & (TILE - 1)) * TILE;
      int ox = off[0];
      screenRow(code, thresholds, rowBase, ox, width, in, inOffset, out, outOffset);
    }

    @Override
    public boolean packed() {
      return packedRows != null;
    }

    @Override
    public void packedRow(
        int y, long[] in, int inOffset, byte[][] out, int outOffset, int from, int to) {
      if (packedRows == null) {
        PageScreen.super.packedRow(y, in, inOffset, out, outOffset, from, to);
        return;
      }
      screenPacked(packedRows[y & (TILE - 1)], width, in, inOffset, out, outOffset, from, to);
    }

    @Override
    public int packedSpan() {
      return packedRows == null ? 0 : SPAN;
    }

    @Override
    public LevelThresholds levelThresholds() {
      return packedRows == null ? null : new LevelThresholds(TILE, packedRows);
    }

    @Override
    public void packedSpan(
        int y,
        int x0,
        int n,
        long[] in,
        int inOffset,
        byte[][] out,
        int outOffset,
        int from,
        int to) {
      if (packedRows == null || x0 % SPAN != 0 || (n > SPAN && x0 + n != width) || x0 + n > width) {
        throw new IllegalArgumentException(
            "span "
                + x0
                + " + "
                + n
                + " of a "
                + width
                + " px row: x0 must be a multiple of "
                + SPAN);
      }
      // x0 is a multiple of the tile, so column x of the span reads tile column x & (TILE - 1)
      screenPacked(
          packedRows[y & (TILE - 1)], n, in, inOffset, out, outOffset + (x0 >> 2), from, to);
    }
  }

  /** Columns per span of {@link Screen#packedSpan}: 512 packed amounts are 4 KB, in L1 cache. */
  static final int SPAN = 4 * TILE;

  /** Bucket (amount >> 4) beyond every amount: a level no amount reaches. */
  static final int NEVER = (Halftoner.FULL >> 4) + 1;

  /**
   * The threshold words of {@link Screen#packedRows}. The level of bucket i at threshold t, k(i) +
   * (frac(i) > t), never decreases with i (within a level step frac grows; the next step starts at
   * the upper level), so it equals the number of levels j whose first bucket is at most i: three
   * comparisons per ink, which the packed loop does for four inks at once.
   */
  private long[][] packedRows(char[] code, int channels) {
    int steps = 1 << FRAC_BITS;
    int[][] first = new int[3][steps];
    for (int t = 0; t < steps; t++) {
      for (int j = 1; j <= 3; j++) {
        int lo = 0;
        int hi = code.length; // first bucket with level >= j lies in [lo, hi]; hi = none
        while (lo < hi) {
          int m = (lo + hi) >>> 1;
          int c = code[m];
          int level = (c >> 13) + ((c & 0x1fff) > t ? 1 : 0);
          if (level >= j) {
            hi = m;
          } else {
            lo = m + 1;
          }
        }
        first[j - 1][t] = lo == code.length ? NEVER : lo;
      }
    }
    long[][] rows = new long[TILE][3 * TILE];
    for (int ry = 0; ry < TILE; ry++) {
      for (int c = 0; c < channels; c++) {
        int[] off = OFFSETS[c];
        int rowBase = ((ry + off[1]) & (TILE - 1)) * TILE;
        for (int x = 0; x < TILE; x++) {
          int t = thresholds[rowBase + ((x + off[0]) & (TILE - 1))];
          for (int j = 0; j < 3; j++) {
            rows[ry][j * TILE + x] |= (long) first[j][t] << (16 * c);
          }
        }
      }
    }
    return rows;
  }

  private static final long LANES_12 = 0x0fff_0fff_0fff_0fffL;
  private static final long BIT_12 = 0x1000_1000_1000_1000L;

  /** The level (0..3) of four inks of one pixel, in the low bits of 16-bit lanes. */
  private static long levels4(long amounts, long[] xs, int col) {
    long u = ((amounts >>> 4) & LANES_12) | BIT_12;
    return (((u - xs[col]) & BIT_12)
            + ((u - xs[TILE + col]) & BIT_12)
            + ((u - xs[2 * TILE + col]) & BIT_12))
        >>> 12;
  }

  private static void screenPacked(
      long[] xs, int width, long[] in, int inOffset, byte[][] out, int o, int from, int to) {
    int mask = TILE - 1;
    int full = width & ~3;
    boolean all4 = from == 0 && to == 4;
    byte[] o0 = out[from];
    byte[] o1 = all4 ? out[1] : o0;
    byte[] o2 = all4 ? out[2] : o0;
    byte[] o3 = all4 ? out[3] : o0;
    int x = 0;
    for (; x < full; x += 4, o++) {
      int i = inOffset + x;
      long acc = levels4(in[i], xs, x & mask) << 6;
      acc |= levels4(in[i + 1], xs, (x + 1) & mask) << 4;
      acc |= levels4(in[i + 2], xs, (x + 2) & mask) << 2;
      acc |= levels4(in[i + 3], xs, (x + 3) & mask);
      if (all4) {
        o0[o] = (byte) acc;
        o1[o] = (byte) (acc >>> 16);
        o2[o] = (byte) (acc >>> 32);
        o3[o] = (byte) (acc >>> 48);
      } else {
        for (int c = from; c < to; c++) {
          out[c][o] = (byte) (acc >>> (16 * c));
        }
      }
    }
    if (x < width) {
      long acc = 0;
      for (int k = 0; k < 4; k++) {
        acc = (acc << 2) | (x + k < width ? levels4(in[inOffset + x + k], xs, (x + k) & mask) : 0);
      }
      for (int c = from; c < to; c++) {
        out[c][o] = (byte) (acc >>> (16 * c));
      }
    }
  }

  private static void screenRow(
      char[] code,
      char[] thr,
      int rowBase,
      int ox,
      int width,
      char[] in,
      int inOffset,
      byte[] out,
      int outOffset) {
    int mask = TILE - 1;
    int full = width & ~3;
    int o = outOffset;
    int x = 0;
    for (; x < full; x += 4) {
      int acc = 0;
      for (int k = 0; k < 4; k++) {
        int c = code[in[inOffset + x + k] >> 4];
        int t = thr[rowBase + ((x + k + ox) & mask)];
        acc = (acc << 2) | ((c >> 13) + ((c & 0x1fff) > t ? 1 : 0));
      }
      out[o++] = (byte) acc;
    }
    if (x < width) {
      int acc = 0;
      for (int k = 0; k < 4; k++) {
        int l = 0;
        if (x + k < width) {
          int c = code[in[inOffset + x + k] >> 4];
          int t = thr[rowBase + ((x + k + ox) & mask)];
          l = (c >> 13) + ((c & 0x1fff) > t ? 1 : 0);
        }
        acc = (acc << 2) | l;
      }
      out[o] = (byte) acc;
    }
  }
}
