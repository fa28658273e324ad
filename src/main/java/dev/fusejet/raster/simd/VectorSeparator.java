package dev.fusejet.raster.simd;

import dev.fusejet.raster.PackedSeparator;

/**
 * {@link PackedSeparator} on {@link Tetrahedral}: a piece of the row interpolated a vector at a
 * time into two ints per pixel (inks 0 and 2, inks 1 and 3), then interleaved into the packed
 * {@code long}s.
 */
final class VectorSeparator implements PackedSeparator {

  /** Pixels interpolated per piece: two 2 KB scratch rows, in L1 cache. */
  private static final int PIECE = 512;

  private final Tetrahedral table;
  private final int[] even = new int[PIECE];
  private final int[] odd = new int[PIECE];

  VectorSeparator(Tetrahedral table) {
    this.table = table;
  }

  @Override
  public void separate(int[] rgb, int from, int n, long[] out, int outOffset) {
    for (int p = 0; p < n; p += PIECE) {
      int m = Math.min(PIECE, n - p);
      table.interpolate(rgb, from + p, m, even, odd);
      int o = outOffset + p;
      for (int k = 0; k < m; k++) {
        int e = even[k];
        int d = odd[k];
        out[o + k] =
            (e & 0xffffL) | (d & 0xffffL) << 16 | (long) (e >>> 16) << 32 | (long) (d >>> 16) << 48;
      }
    }
  }
}
