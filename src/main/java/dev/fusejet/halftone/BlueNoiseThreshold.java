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
    return (channel, y, in, inOffset, out, outOffset) -> {
      int[] off = OFFSETS[channel % OFFSETS.length];
      int rowBase = ((y + off[1] + 17 * (channel / OFFSETS.length)) & (TILE - 1)) * TILE;
      int ox = off[0];
      screenRow(code, thresholds, rowBase, ox, width, in, inOffset, out, outOffset);
    };
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
