package dev.fusejet.raster.simd;

import dev.fusejet.halftone.LevelThresholds;
import dev.fusejet.raster.SpanKernel;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;

/**
 * Separation and threshold screening of up to four inks in one pass, a vector of pixels at a time.
 * The levels are those of {@code Separation.separatePacked} followed by the screen's {@code
 * packedSpan}: amounts come from {@link Tetrahedral} in two ints per pixel (inks 0 and 2, inks 1
 * and 3), the screen's threshold words are regrouped the same way once per page, and a pixel's
 * level per ink is the number of level thresholds its amount bucket reaches, found with a borrow
 * bit per 16-bit lane. Four pixels' 2-bit levels are then gathered into one byte per ink.
 */
final class VectorSpanScreen implements SpanKernel {

  private static final int LANES = Tetrahedral.LANES;
  private static final int LANES_12 = 0x0fff_0fff;
  private static final int BIT_12 = 0x1000_1000;

  /**
   * Per lane, the factor (a power of two) that puts a pixel's level at its place in the byte of
   * four pixels: a multiplication, since JDK 17 compiles no lane-wise variable shift of 512-bit
   * vectors.
   */
  private static final IntVector PLACE = IntVector.fromArray(Tetrahedral.SPECIES, places(), 0);

  private static final VectorShuffle<Integer> SWAP_1 =
      VectorShuffle.fromOp(Tetrahedral.SPECIES, i -> i ^ 1);
  private static final VectorShuffle<Integer> SWAP_2 =
      VectorShuffle.fromOp(Tetrahedral.SPECIES, i -> i ^ 2);

  private final Tetrahedral table;
  private final int inks;
  private final int tile;

  /** Per tile row: three blocks of {@code tile} words for inks 0 and 2, levels 1..3. */
  private final int[][] thresholdsEven;

  /** As {@link #thresholdsEven} for inks 1 and 3. */
  private final int[][] thresholdsOdd;

  /** Amounts of the span: inks 0 and 2, inks 1 and 3 (scratch). */
  private int[] even = new int[512];

  private int[] odd = new int[512];
  private final int[] packed = new int[LANES];

  /** Levels of a span for fewer than four inks (scratch). */
  private byte[][] partial = new byte[4][128];

  VectorSpanScreen(Tetrahedral table, LevelThresholds thresholds, int inks) {
    this.table = table;
    this.inks = inks;
    this.tile = thresholds.tile();
    this.thresholdsEven = new int[tile][3 * tile];
    this.thresholdsOdd = new int[tile][3 * tile];
    for (int ry = 0; ry < tile; ry++) {
      long[] words = thresholds.row(ry);
      for (int k = 0; k < 3 * tile; k++) {
        long w = words[k];
        thresholdsEven[ry][k] = (int) (w & 0xffff) | (int) ((w >>> 32) & 0xffff) << 16;
        thresholdsOdd[ry][k] = (int) ((w >>> 16) & 0xffff) | (int) ((w >>> 48) & 0xffff) << 16;
      }
    }
  }

  private static int[] places() {
    int[] p = new int[LANES];
    for (int i = 0; i < LANES; i++) {
      p[i] = 1 << (6 - 2 * (i & 3));
    }
    return p;
  }

  @Override
  public void screen(int[] rgb, int from, int n, int y, int x0, byte[][] out, int outOffset) {
    if (x0 % tile != 0) {
      throw new IllegalArgumentException(
          "span starts at column " + x0 + ", not a multiple of the " + tile + " px tile");
    }
    if (even.length < n) {
      even = new int[n];
      odd = new int[n];
    }
    table.interpolate(rgb, from, n, even, odd);
    int ry = y % tile;
    int o = outOffset + (x0 >> 2);
    int full = n - n % LANES;
    if (inks == 4) {
      screen4(full, thresholdsEven[ry], thresholdsOdd[ry], out[0], out[1], out[2], out[3], o);
    } else {
      // fewer inks: all four lanes screened into scratch rows, the used ones copied out
      if (partial[0].length < full / 4) {
        partial = new byte[4][full / 4];
      }
      byte[][] p = partial;
      screen4(full, thresholdsEven[ry], thresholdsOdd[ry], p[0], p[1], p[2], p[3], 0);
      for (int c = 0; c < inks; c++) {
        System.arraycopy(p[c], 0, out[c], o, full / 4);
      }
    }
    if (full < n) {
      tail(full, n, thresholdsEven[ry], thresholdsOdd[ry], out, o + full / 4);
    }
  }

  /**
   * Screens the interpolated amounts of columns {@code 0 .. n)} of the span ({@code n} a multiple
   * of the vector length) into four inks' packed levels from byte {@code o}. One method with small
   * callees, so that the vectors stay in registers.
   */
  private void screen4(
      int n, int[] te, int[] to, byte[] o0, byte[] o1, byte[] o2, byte[] o3, int o) {
    int mask = tile - 1;
    int[] q4 = packed;
    for (int x = 0; x < n; x += LANES, o += LANES / 4) {
      int col = x & mask;
      // levels (0..3) of two inks per int, bits 0..1 and 16..17: the number of level thresholds
      // the amount's bucket reaches, each a borrow bit; written out, since a vector passed to a
      // call the JIT does not inline is boxed
      IntVector ue =
          IntVector.fromArray(Tetrahedral.SPECIES, even, x)
              .lanewise(VectorOperators.LSHR, 4)
              .and(LANES_12)
              .or(BIT_12);
      IntVector e =
          ue.sub(IntVector.fromArray(Tetrahedral.SPECIES, te, col))
              .and(BIT_12)
              .add(ue.sub(IntVector.fromArray(Tetrahedral.SPECIES, te, tile + col)).and(BIT_12))
              .add(ue.sub(IntVector.fromArray(Tetrahedral.SPECIES, te, 2 * tile + col)).and(BIT_12))
              .lanewise(VectorOperators.LSHR, 12);
      IntVector ud =
          IntVector.fromArray(Tetrahedral.SPECIES, odd, x)
              .lanewise(VectorOperators.LSHR, 4)
              .and(LANES_12)
              .or(BIT_12);
      IntVector d =
          ud.sub(IntVector.fromArray(Tetrahedral.SPECIES, to, col))
              .and(BIT_12)
              .add(ud.sub(IntVector.fromArray(Tetrahedral.SPECIES, to, tile + col)).and(BIT_12))
              .add(ud.sub(IntVector.fromArray(Tetrahedral.SPECIES, to, 2 * tile + col)).and(BIT_12))
              .lanewise(VectorOperators.LSHR, 12);
      // inks 0..3 in bytes 0..3 of a pixel's int; each level shifted to its place in the byte of
      // four pixels; OR over each group of four lanes, which lands in the group's first lane
      IntVector v = e.or(d.lanewise(VectorOperators.LSHL, 8)).mul(PLACE);
      v = v.or(v.rearrange(SWAP_1));
      v = v.or(v.rearrange(SWAP_2));
      v.intoArray(q4, 0);
      for (int q = 0; q < LANES / 4; q++) {
        int w = q4[4 * q];
        o0[o + q] = (byte) w;
        o1[o + q] = (byte) (w >>> 8);
        o2[o + q] = (byte) (w >>> 16);
        o3[o + q] = (byte) (w >>> 24);
      }
    }
  }

  /** Columns {@code from .. n)} of the span (fewer than a vector), one pixel at a time. */
  private void tail(int from, int n, int[] te, int[] to, byte[][] out, int o) {
    int mask = tile - 1;
    for (int q = from; q < n; q += 4, o++) {
      int w = 0;
      for (int k = 0; k < 4; k++) {
        int lv = 0;
        if (q + k < n) {
          int c = (q + k) & mask;
          lv = level(even[q + k], te, c) | level(odd[q + k], to, c) << 8;
        }
        w = w << 2 | lv;
      }
      for (int c = 0; c < inks; c++) {
        out[c][o] = (byte) (w >>> (8 * c));
      }
    }
  }

  private int level(int amounts, int[] thresholds, int col) {
    int u = ((amounts >>> 4) & LANES_12) | BIT_12;
    return (((u - thresholds[col]) & BIT_12)
            + ((u - thresholds[tile + col]) & BIT_12)
            + ((u - thresholds[2 * tile + col]) & BIT_12))
        >>> 12;
  }
}
