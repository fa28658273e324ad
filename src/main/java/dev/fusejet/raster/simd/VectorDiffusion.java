package dev.fusejet.raster.simd;

import dev.fusejet.halftone.DiffusionRule;
import dev.fusejet.raster.RowScreen;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Error diffusion of up to four inks at once, one ink per lane of a 128-bit vector, with the
 * integer arithmetic of the scalar screen ({@link DiffusionRule}), so that the drops are the same.
 * The scalar screen runs two inks per loop because a pixel's error must be known before the next
 * pixel's level: the loop is bound by that chain and by instruction count. Here one chain carries
 * all inks. Everything a scan reads or writes is laid out in scan order, four ints per pixel (one
 * per ink): amounts and, for variable weights, each pixel's three weights before the scan, off the
 * chain; and the next row's errors as the scan writes them, so that every store moves forward in
 * memory and a full-width store only ever spills junk onto entries not written yet. The next row,
 * scanning the other way, reads them back to front. At scan position p the pixel above is entry
 * {@code width - p} of the previous row, and the pixel behind on the next row is entry p.
 */
final class VectorDiffusion implements RowScreen {
  /**
   * The species of the other kernels: JDK 17 compiles a vector operation to one instruction only
   * where the vector's class is known, and code that mixes vector sizes makes the shared library
   * code's profiles ambiguous. Lanes 0..3 hold the inks, the others carry junk that is never kept.
   */
  private static final VectorSpecies<Integer> S = Tetrahedral.SPECIES;

  private static final int LANES = Tetrahedral.LANES;

  /** Per lane, the place of an ink's level in the level byte; 0 for the junk lanes. */
  private static final int[] PLACE = new int[LANES];

  static {
    for (int i = 0; i < 4; i++) {
      PLACE[i] = 1 << (2 * i);
    }
  }

  private final int width;
  private final int inks;
  private final boolean fs;
  private final int bits;
  private final int[] ahead;
  private final int[] behind;
  private final int[] below;
  private final int[] mid;
  private final int[] step;
  private int[] cur;
  private int[] next;
  private int lastRow = -1;

  /** Amounts of the row, interleaved. */
  private final int[] amount;

  /** Weights of the row, interleaved (variable kernel only). */
  private final int[] wa;

  private final int[] wb;
  private final int[] wd;

  /** Levels of the row, one byte per pixel: ink i in bits 2 i .. 2 i + 1. */
  private final byte[] level;

  VectorDiffusion(DiffusionRule rule, int width, int inks) {
    this.width = width;
    this.inks = inks;
    this.fs = rule.floydSteinberg();
    this.bits = rule.weightBits();
    this.ahead = rule.ahead();
    this.behind = rule.behind();
    this.below = rule.below();
    this.mid = rule.midpoints();
    int[] t = rule.tones();
    this.step = new int[] {t[1] - t[0], t[2] - t[1], t[3] - t[2]};
    // room for the junk lanes of a full-width load or store past the last entry
    int pad = LANES;
    this.cur = new int[4 * (width + 2) + pad];
    this.next = new int[4 * (width + 2) + pad];
    this.amount = new int[4 * width + pad];
    this.wa = fs ? null : new int[4 * width + pad];
    this.wb = fs ? null : new int[4 * width + pad];
    this.wd = fs ? null : new int[4 * width + pad];
    this.level = new byte[width + 3];
  }

  @Override
  public void screen(int y, long[] in, int inOffset, byte[][] out, int outOffset) {
    if (y <= lastRow) {
      throw new IllegalStateException("rows must increase: " + y + " after " + lastRow);
    }
    if (y != lastRow + 1) {
      java.util.Arrays.fill(next, 0); // skipped rows: no error to carry
    }
    lastRow = y;
    int[] c = next;
    next = cur;
    cur = c;
    boolean forward = (y & 1) == 0;
    unpack(in, inOffset, forward);
    if (fs) {
      fs(forward);
    } else {
      variable(forward);
    }
    pack(out, outOffset);
  }

  /** Amounts (and weights) of the row into the interleaved arrays, in scan order. */
  private void unpack(long[] in, int off, boolean forward) {
    int[] a = amount;
    for (int p = 0; p < width; p++) {
      long w = in[off + (forward ? p : width - 1 - p)];
      int o = 4 * p;
      a[o] = (int) w & 0xffff;
      a[o + 1] = (int) (w >>> 16) & 0xffff;
      a[o + 2] = (int) (w >>> 32) & 0xffff;
      a[o + 3] = (int) (w >>> 48);
    }
    if (!fs) {
      for (int k = 0; k < 4 * width; k++) {
        int b = a[k] >> 8;
        wa[k] = ahead[b];
        wb[k] = behind[b];
        wd[k] = below[b];
      }
    }
  }

  /**
   * Floyd-Steinberg over the row: 7/16 ahead, 3/16 below behind, 5/16 below, the rest below ahead.
   * Each loop is one method with no vector-typed callees, so the JIT keeps the vectors in
   * registers.
   */
  private void fs(boolean forward) {
    int[] a = amount;
    int[] c = cur;
    int[] n = next;
    byte[] lv = level;
    IntVector q1 = IntVector.broadcast(S, mid[0]);
    IntVector q2 = IntVector.broadcast(S, mid[1]);
    IntVector q3 = IntVector.broadcast(S, mid[2]);
    IntVector d1 = IntVector.broadcast(S, step[0]);
    IntVector d2 = IntVector.broadcast(S, step[1]);
    IntVector d3 = IntVector.broadcast(S, step[2]);
    IntVector place = IntVector.fromArray(S, PLACE, 0);
    IntVector carry = IntVector.zero(S);
    IntVector near = carry;
    IntVector far = carry;
    int dx = forward ? 1 : -1;
    int x = forward ? 0 : width - 1;
    for (int p = 0; p < width; p++, x += dx) {
      IntVector v =
          IntVector.fromArray(S, a, 4 * p)
              .add(IntVector.fromArray(S, c, 4 * (width - p)))
              .add(carry);
      // -1 where the value is above a mid-point: the level counts them, the error drops steps
      IntVector s1 = q1.sub(v).lanewise(VectorOperators.ASHR, 31);
      IntVector s2 = q2.sub(v).lanewise(VectorOperators.ASHR, 31);
      IntVector s3 = q3.sub(v).lanewise(VectorOperators.ASHR, 31);
      IntVector e = v.sub(s1.and(d1)).sub(s2.and(d2).add(s3.and(d3)));
      // 7 e, 3 e and 5 e by shifts and adds: shorter latency than a multiply on the chain
      IntVector ea = e.lanewise(VectorOperators.LSHL, 3).sub(e).lanewise(VectorOperators.ASHR, 4);
      IntVector eb = e.lanewise(VectorOperators.LSHL, 1).add(e).lanewise(VectorOperators.ASHR, 4);
      IntVector ed = e.lanewise(VectorOperators.LSHL, 2).add(e).lanewise(VectorOperators.ASHR, 4);
      near.add(eb).intoArray(n, 4 * p);
      near = far.add(ed);
      far = e.sub(ea).sub(eb).sub(ed);
      carry = ea;
      lv[x] = (byte) s1.add(s2).add(s3).neg().mul(place).reduceLanes(VectorOperators.OR);
    }
    // the two next-row entries still pending at the end of the scan
    near.intoArray(n, 4 * width);
    far.intoArray(n, 4 * (width + 1));
  }

  /** As {@link #fs} with each pixel's own weights. */
  private void variable(boolean forward) {
    int[] a = amount;
    int[] c = cur;
    int[] n = next;
    int[] ta = wa;
    int[] tb = wb;
    int[] td = wd;
    byte[] lv = level;
    int sh = bits;
    IntVector q1 = IntVector.broadcast(S, mid[0]);
    IntVector q2 = IntVector.broadcast(S, mid[1]);
    IntVector q3 = IntVector.broadcast(S, mid[2]);
    IntVector d1 = IntVector.broadcast(S, step[0]);
    IntVector d2 = IntVector.broadcast(S, step[1]);
    IntVector d3 = IntVector.broadcast(S, step[2]);
    IntVector place = IntVector.fromArray(S, PLACE, 0);
    IntVector carry = IntVector.zero(S);
    IntVector near = carry;
    IntVector far = carry;
    int dx = forward ? 1 : -1;
    int x = forward ? 0 : width - 1;
    for (int p = 0; p < width; p++, x += dx) {
      int i = 4 * p;
      IntVector v =
          IntVector.fromArray(S, a, i).add(IntVector.fromArray(S, c, 4 * (width - p))).add(carry);
      IntVector s1 = q1.sub(v).lanewise(VectorOperators.ASHR, 31);
      IntVector s2 = q2.sub(v).lanewise(VectorOperators.ASHR, 31);
      IntVector s3 = q3.sub(v).lanewise(VectorOperators.ASHR, 31);
      IntVector e = v.sub(s1.and(d1)).sub(s2.and(d2).add(s3.and(d3)));
      IntVector ea = e.mul(IntVector.fromArray(S, ta, i)).lanewise(VectorOperators.ASHR, sh);
      IntVector eb = e.mul(IntVector.fromArray(S, tb, i)).lanewise(VectorOperators.ASHR, sh);
      IntVector ed = e.mul(IntVector.fromArray(S, td, i)).lanewise(VectorOperators.ASHR, sh);
      near.add(eb).intoArray(n, 4 * p);
      near = far.add(ed);
      far = e.sub(ea).sub(eb).sub(ed);
      carry = ea;
      lv[x] = (byte) s1.add(s2).add(s3).neg().mul(place).reduceLanes(VectorOperators.OR);
    }
    // the two next-row entries still pending at the end of the scan
    near.intoArray(n, 4 * width);
    far.intoArray(n, 4 * (width + 1));
  }

  /**
   * Levels into the inks' packed rows: four pixels' bytes make an int, and one multiplication moves
   * an ink's four 2-bit fields to the top byte in order (pixel 0 by 30 bits, 1 by 20, 2 by 10, 3 by
   * 0; the cross terms land below bit 24 without overlapping, or beyond bit 31).
   */
  private void pack(byte[][] out, int outOffset) {
    byte[] lv = level;
    int full = width >> 2;
    int x = 0;
    int o = outOffset;
    for (int g = 0; g < full; g++, x += 4, o++) {
      int w = (lv[x] & 0xff) | (lv[x + 1] & 0xff) << 8 | (lv[x + 2] & 0xff) << 16 | lv[x + 3] << 24;
      for (int i = 0; i < inks; i++) {
        out[i][o] = (byte) ((((w >>> (2 * i)) & 0x0303_0303) * 0x4010_0401) >>> 24);
      }
    }
    if (x < width) {
      for (int i = 0; i < inks; i++) {
        int acc = 0;
        for (int k = 0; k < 4; k++) {
          acc = (acc << 2) | (x + k < width ? (lv[x + k] >> (2 * i)) & 3 : 0);
        }
        out[i][o] = (byte) acc;
      }
    }
  }
}
