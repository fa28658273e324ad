package dev.fusejet.raster.simd;

import dev.fusejet.halftone.DiffusionRule;
import dev.fusejet.raster.DiffusionKernel;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Error diffusion of up to four inks at once, one ink per lane of a vector, with the integer
 * arithmetic of the scalar screen ({@link DiffusionRule}), so that the drops are the same. The
 * scalar screen runs two inks per loop because a pixel's error must be known before the next
 * pixel's level: the loop is bound by that chain and by instruction count. Here one chain carries
 * all inks, and everything that does not depend on the error (the amounts and weights laid out for
 * the scan, the levels packed into planes) is done in separate steps that other threads can run.
 *
 * <p>Everything a scan reads or writes is laid out in scan order, four ints per pixel (one per
 * ink): amounts and each pixel's three weights (10 bits each in one int), and the next row's errors
 * as the scan writes them, so that every store moves forward in memory and a full-width store only
 * spills junk onto entries not written yet. The next row, scanning the other way, reads them back
 * to front: at scan position p the pixel above is entry {@code width - p} of the previous row, and
 * the pixel behind on the next row is entry p.
 */
final class VectorDiffusion implements DiffusionKernel {

  /**
   * The species of the other kernels: JDK 17 compiles a vector operation to one instruction only
   * where the vector's class is known, and code that mixes vector sizes makes the shared library
   * code's profiles ambiguous. Lanes 0..3 hold the inks, the others carry junk that is never kept.
   */
  private static final VectorSpecies<Integer> S = Tetrahedral.SPECIES;

  private static final int LANES = Tetrahedral.LANES;
  private static final int WEIGHT_MASK = 1023;

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

  /** Per amount bucket: ahead | behind << 10 | below << 20. */
  private final int[] weights = new int[256];

  private final int[] mid;
  private final int[] step;

  /** Threshold modulation: per amount bucket its strength, per ink its noise tile; or null. */
  private final int[] strength;

  private final short[][] noise;
  private final int tileMask;
  private final int tileShift;
  private final int modBits;
  private int[] cur;
  private int[] next;
  private int lastRow = -1;

  /** Carry ahead, next-row entries pending near and far: one vector each, between pixels. */
  private final int[] state = new int[3 * LANES];

  /** One row between the steps. */
  private final class Scratch implements Row {
    int y;

    /** Amounts of the row in scan order, four per pixel. */
    final int[] amount = new int[4 * width + LANES];

    /** Amounts less the threshold shift, in scan order, four per pixel (modulated only). */
    final int[] target = strength == null ? null : new int[4 * width + LANES];

    /** Packed weights of the row in scan order (variable kernel only). */
    final int[] weight = fs ? null : new int[4 * width + LANES];

    /** Levels, one byte per pixel in pixel order: ink i in bits 2 i .. 2 i + 1. */
    final byte[] level = new byte[width + 3];
  }

  /** The separation's table, for {@link #prepareRgb}. */
  private final Tetrahedral table;

  /** Amounts of the row from the table: inks 0 and 2, inks 1 and 3 (scratch). */
  private final int[] even;

  private final int[] odd;

  private VectorDiffusion(DiffusionRule rule, Tetrahedral table, int width, int inks) {
    this.table = table;
    this.even = new int[width];
    this.odd = new int[width];
    this.width = width;
    this.inks = inks;
    this.fs = rule.floydSteinberg();
    this.bits = rule.weightBits();
    int[] a = rule.ahead();
    int[] b = rule.behind();
    int[] d = rule.below();
    for (int i = 0; i < 256; i++) {
      weights[i] = a[i] | b[i] << 10 | d[i] << 20;
    }
    this.mid = rule.midpoints();
    this.strength = rule.modulated() ? rule.strength() : null;
    this.noise = new short[4][];
    for (int i = 0; i < inks; i++) {
      noise[i] = rule.noise(i);
    }
    this.tileMask = rule.tile() - 1;
    this.tileShift = Integer.numberOfTrailingZeros(rule.tile());
    this.modBits = rule.modulationBits();
    int[] t = rule.tones();
    this.step = new int[] {t[1] - t[0], t[2] - t[1], t[3] - t[2]};
    // room for the junk lanes of a full-width load or store past the last entry
    this.cur = new int[4 * (width + 2) + LANES];
    this.next = new int[4 * (width + 2) + LANES];
  }

  /** A diffusion for this rule, or null when its weights do not fit 10 bits each. */
  static VectorDiffusion of(DiffusionRule rule, Tetrahedral table, int width, int inks) {
    for (int[] w : new int[][] {rule.ahead(), rule.behind(), rule.below()}) {
      for (int v : w) {
        if (v < 0 || v > WEIGHT_MASK) {
          return null;
        }
      }
    }
    return new VectorDiffusion(rule, table, width, inks);
  }

  @Override
  public Row newRow() {
    return new Scratch();
  }

  @Override
  public void prepare(int y, long[] in, int off, Row row) {
    Scratch s = (Scratch) row;
    s.y = y;
    boolean forward = (y & 1) == 0;
    int[] a = s.amount;
    int[] wt = s.weight;
    int[] table = weights;
    for (int p = 0; p < width; p++) {
      long w = in[off + (forward ? p : width - 1 - p)];
      int o = 4 * p;
      int a0 = (int) w & 0xffff;
      int a1 = (int) (w >>> 16) & 0xffff;
      int a2 = (int) (w >>> 32) & 0xffff;
      int a3 = (int) (w >>> 48);
      a[o] = a0;
      a[o + 1] = a1;
      a[o + 2] = a2;
      a[o + 3] = a3;
      if (wt != null) {
        wt[o] = table[a0 >> 8];
        wt[o + 1] = table[a1 >> 8];
        wt[o + 2] = table[a2 >> 8];
        wt[o + 3] = table[a3 >> 8];
      }
    }
    modulate(s);
  }

  @Override
  public void prepareRgb(int y, int[] rgb, int from, Row row) {
    Scratch s = (Scratch) row;
    s.y = y;
    table.interpolate(rgb, from, width, even, odd);
    boolean forward = (y & 1) == 0;
    int[] a = s.amount;
    int[] wt = s.weight;
    int[] table = weights;
    for (int p = 0; p < width; p++) {
      int x = forward ? p : width - 1 - p;
      int e = even[x];
      int d = odd[x];
      int o = 4 * p;
      int a0 = e & 0xffff;
      int a1 = d & 0xffff;
      int a2 = e >>> 16;
      int a3 = d >>> 16;
      a[o] = a0;
      a[o + 1] = a1;
      a[o + 2] = a2;
      a[o + 3] = a3;
      if (wt != null) {
        wt[o] = table[a0 >> 8];
        wt[o + 1] = table[a1 >> 8];
        wt[o + 2] = table[a2 >> 8];
        wt[o + 3] = table[a3 >> 8];
      }
    }
    modulate(s);
  }

  /**
   * The amounts less each pixel's threshold shift into {@code target}, in scan order: the level is
   * decided on them, the error on the amounts themselves.
   */
  private void modulate(Scratch s) {
    int[] t = s.target;
    if (t == null) {
      return;
    }
    int[] a = s.amount;
    int[] k = strength;
    int bitsK = modBits;
    int base = (s.y & tileMask) << tileShift;
    boolean forward = (s.y & 1) == 0;
    for (int i = 0; i < 4; i++) {
      short[] z = noise[i];
      if (z == null) {
        for (int p = 0; p < width; p++) {
          t[4 * p + i] = a[4 * p + i];
        }
        continue;
      }
      for (int p = 0; p < width; p++) {
        int x = forward ? p : width - 1 - p;
        int o = 4 * p + i;
        int v = a[o];
        t[o] = v - ((z[base + (x & tileMask)] * k[v >> 8]) >> bitsK);
      }
    }
  }

  @Override
  public void diffuse(Row row) {
    Scratch s = (Scratch) row;
    int y = s.y;
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
    if (fs) {
      fs(s, forward);
    } else {
      variable(s, forward);
    }
  }

  /**
   * Floyd-Steinberg over the row: 7/16 ahead, 3/16 below behind, 5/16 below, the rest below ahead.
   * Each loop is one method with no vector-typed callees, so the JIT keeps the vectors in
   * registers.
   */
  private void fs(Scratch s, boolean forward) {
    int[] a = s.amount;
    int[] g = s.target == null ? s.amount : s.target;
    int[] c = cur;
    int[] n = next;
    byte[] lv = s.level;
    IntVector q1 = IntVector.broadcast(S, mid[0]);
    IntVector q2 = IntVector.broadcast(S, mid[1]);
    IntVector q3 = IntVector.broadcast(S, mid[2]);
    IntVector d1 = IntVector.broadcast(S, step[0]);
    IntVector d2 = IntVector.broadcast(S, step[1]);
    IntVector d3 = IntVector.broadcast(S, step[2]);
    IntVector place = IntVector.fromArray(S, PLACE, 0);
    // near and far live in memory between pixels: a vector carried by the loop itself (a phi)
    // is sometimes left boxed by the JDK 17 compiler, one object per pixel; the carry ahead stays
    // in a register, since it is on the chain
    int[] st = state;
    java.util.Arrays.fill(st, 0);
    IntVector carry = IntVector.zero(S);
    int dx = forward ? 1 : -1;
    int x = forward ? 0 : width - 1;
    for (int p = 0; p < width; p++, x += dx) {
      IntVector near = IntVector.fromArray(S, st, LANES);
      IntVector far = IntVector.fromArray(S, st, 2 * LANES);
      IntVector above = IntVector.fromArray(S, c, 4 * (width - p));
      IntVector v = IntVector.fromArray(S, a, 4 * p).add(above).add(carry);
      IntVector u = IntVector.fromArray(S, g, 4 * p).add(above).add(carry);
      // -1 where the value less its shift is above a mid-point: the level counts them, the error
      // drops steps
      IntVector s1 = q1.sub(u).lanewise(VectorOperators.ASHR, 31);
      IntVector s2 = q2.sub(u).lanewise(VectorOperators.ASHR, 31);
      IntVector s3 = q3.sub(u).lanewise(VectorOperators.ASHR, 31);
      IntVector e = v.sub(s1.and(d1)).sub(s2.and(d2).add(s3.and(d3)));
      // 7 e, 3 e and 5 e by shifts and adds: shorter latency than a multiply on the chain
      IntVector ea = e.lanewise(VectorOperators.LSHL, 3).sub(e).lanewise(VectorOperators.ASHR, 4);
      IntVector eb = e.lanewise(VectorOperators.LSHL, 1).add(e).lanewise(VectorOperators.ASHR, 4);
      IntVector ed = e.lanewise(VectorOperators.LSHL, 2).add(e).lanewise(VectorOperators.ASHR, 4);
      near.add(eb).intoArray(n, 4 * p);
      carry = ea;
      far.add(ed).intoArray(st, LANES);
      e.sub(ea).sub(eb).sub(ed).intoArray(st, 2 * LANES);
      lv[x] = (byte) s1.add(s2).add(s3).neg().mul(place).reduceLanes(VectorOperators.OR);
    }
    // the two next-row entries still pending at the end of the scan
    IntVector.fromArray(S, st, LANES).intoArray(n, 4 * width);
    IntVector.fromArray(S, st, 2 * LANES).intoArray(n, 4 * (width + 1));
  }

  /** As {@link #fs} with each pixel's own weights. */
  private void variable(Scratch s, boolean forward) {
    int[] a = s.amount;
    int[] g = s.target == null ? s.amount : s.target;
    int[] wt = s.weight;
    int[] c = cur;
    int[] n = next;
    byte[] lv = s.level;
    int sh = bits;
    IntVector q1 = IntVector.broadcast(S, mid[0]);
    IntVector q2 = IntVector.broadcast(S, mid[1]);
    IntVector q3 = IntVector.broadcast(S, mid[2]);
    IntVector d1 = IntVector.broadcast(S, step[0]);
    IntVector d2 = IntVector.broadcast(S, step[1]);
    IntVector d3 = IntVector.broadcast(S, step[2]);
    IntVector place = IntVector.fromArray(S, PLACE, 0);
    // near and far live in memory between pixels: a vector carried by the loop itself (a phi)
    // is sometimes left boxed by the JDK 17 compiler, one object per pixel; the carry ahead stays
    // in a register, since it is on the chain
    int[] st = state;
    java.util.Arrays.fill(st, 0);
    IntVector carry = IntVector.zero(S);
    int dx = forward ? 1 : -1;
    int x = forward ? 0 : width - 1;
    for (int p = 0; p < width; p++, x += dx) {
      int i = 4 * p;
      IntVector near = IntVector.fromArray(S, st, LANES);
      IntVector far = IntVector.fromArray(S, st, 2 * LANES);
      IntVector above = IntVector.fromArray(S, c, 4 * (width - p));
      IntVector v = IntVector.fromArray(S, a, i).add(above).add(carry);
      IntVector u = IntVector.fromArray(S, g, i).add(above).add(carry);
      IntVector w = IntVector.fromArray(S, wt, i);
      IntVector s1 = q1.sub(u).lanewise(VectorOperators.ASHR, 31);
      IntVector s2 = q2.sub(u).lanewise(VectorOperators.ASHR, 31);
      IntVector s3 = q3.sub(u).lanewise(VectorOperators.ASHR, 31);
      IntVector e = v.sub(s1.and(d1)).sub(s2.and(d2).add(s3.and(d3)));
      IntVector ea = e.mul(w.and(WEIGHT_MASK)).lanewise(VectorOperators.ASHR, sh);
      IntVector eb =
          e.mul(w.lanewise(VectorOperators.LSHR, 10).and(WEIGHT_MASK))
              .lanewise(VectorOperators.ASHR, sh);
      IntVector ed = e.mul(w.lanewise(VectorOperators.LSHR, 20)).lanewise(VectorOperators.ASHR, sh);
      near.add(eb).intoArray(n, i);
      carry = ea;
      far.add(ed).intoArray(st, LANES);
      e.sub(ea).sub(eb).sub(ed).intoArray(st, 2 * LANES);
      lv[x] = (byte) s1.add(s2).add(s3).neg().mul(place).reduceLanes(VectorOperators.OR);
    }
    IntVector.fromArray(S, st, LANES).intoArray(n, 4 * width);
    IntVector.fromArray(S, st, 2 * LANES).intoArray(n, 4 * (width + 1));
  }

  /**
   * Levels into the inks' packed rows: four pixels' bytes make an int, and one multiplication moves
   * an ink's four 2-bit fields to the top byte in order (pixel 0 by 30 bits, 1 by 20, 2 by 10, 3 by
   * 0; the cross terms land below bit 24 without overlapping, or beyond bit 31).
   */
  @Override
  public void pack(Row row, byte[][] out, int outOffset) {
    byte[] lv = ((Scratch) row).level;
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
