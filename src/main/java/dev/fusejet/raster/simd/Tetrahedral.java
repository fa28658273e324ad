package dev.fusejet.raster.simd;

import dev.fusejet.raster.colour.Separation;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Tetrahedral interpolation of a vector of sRGB pixels in the separation's table, with the same
 * integer arithmetic as {@link Separation#separatePacked}, so that every amount is bit for bit the
 * same. Each channel's table column and fraction become a sort key (fraction, step to the next node
 * along the axis, the axis' part of the base index); sorting the three keys with min/max gives the
 * tetrahedron's vertices, which are gathered as whole nodes (four 8-bit amounts in an int) and
 * weighted in 16-bit lanes: inks 0 and 2 in one int, inks 1 and 3 in another. Weights sum to 256,
 * so a lane holds at most 255 * 256 and never carries into the next.
 */
final class Tetrahedral {

  static final VectorSpecies<Integer> SPECIES = IntVector.SPECIES_PREFERRED;

  /** Lanes per vector. */
  static final int LANES = SPECIES.length();

  private static final int GRID = Separation.GRID;
  private static final int DR = GRID * GRID;
  private static final int DG = GRID;
  private static final int DB = 1;
  private static final int DIAG = DR + DG + DB;
  private static final int KEY_FRAC = 22;
  private static final int KEY_STEP = 13;
  private static final int KEY_MASK = (1 << KEY_STEP) - 1;
  private static final int STEP_MASK = (1 << (KEY_FRAC - KEY_STEP)) - 1;
  private static final int EVEN_BYTES = 0x00ff_00ff;
  private static final IntVector FULL_WEIGHT = IntVector.broadcast(SPECIES, 256);

  private final int[] nodes;

  /** Gather indices of the four vertices (4 x LANES). */
  private final int[] index = new int[4 * LANES];

  private Tetrahedral(int[] nodes) {
    this.nodes = nodes;
  }

  /**
   * An interpolator over the separation's table, or null when its table is not the 17-node grid
   * whose column arithmetic the loop reproduces (checked for all 256 channel values).
   */
  static Tetrahedral of(Separation s) {
    if (!s.packs() || GRID != 17) {
      return null;
    }
    for (int v = 0; v < 256; v++) {
      int x = (v << 4) + (((v << 4) * 257 + 257) >>> 16);
      int col = Math.min(x >>> 8, GRID - 2);
      if (s.gridPosition(v) != (col << 16 | (x - (col << 8)))) {
        return null;
      }
    }
    return new Tetrahedral(s.nodeBytes());
  }

  /**
   * Interpolates pixels {@code rgb[from .. from + n)}: amounts of inks 0 and 2 (bits 0..15, 16..31)
   * to {@code even[0 .. n)}, of inks 1 and 3 to {@code odd[0 .. n)}, each in {@link
   * dev.fusejet.halftone.Halftoner#FULL} units. The whole loop is one method with only small
   * callees: the JIT keeps vectors in registers only when everything is inlined (C2 stops inlining
   * past a node budget, which the Vector API's wrappers reach quickly).
   */
  void interpolate(int[] rgb, int from, int n, int[] even, int[] odd) {
    int[] ix = index;
    int[] t = nodes;
    int x = 0;
    for (; x + LANES <= n; x += LANES) {
      // no helper methods here: a vector passed to a call the JIT does not inline is boxed
      IntVector px = IntVector.fromArray(SPECIES, rgb, from + x);
      // a: column = 16 v + (16 v * 257 + 257) >> 16, fraction, then the key
      IntVector wa =
          px.lanewise(VectorOperators.LSHR, 16).and(0xff).lanewise(VectorOperators.LSHL, 4);
      IntVector xa = wa.add(wa.mul(257).add(257).lanewise(VectorOperators.LSHR, 16));
      IntVector cola = xa.lanewise(VectorOperators.LSHR, 8).min(GRID - 2);
      IntVector a =
          xa.sub(cola.lanewise(VectorOperators.LSHL, 8))
              .lanewise(VectorOperators.LSHL, KEY_FRAC)
              .or(DR << KEY_STEP)
              .or(cola.mul(DR));
      // b: column = 16 v + (16 v * 257 + 257) >> 16, fraction, then the key
      IntVector wb =
          px.lanewise(VectorOperators.LSHR, 8).and(0xff).lanewise(VectorOperators.LSHL, 4);
      IntVector xb = wb.add(wb.mul(257).add(257).lanewise(VectorOperators.LSHR, 16));
      IntVector colb = xb.lanewise(VectorOperators.LSHR, 8).min(GRID - 2);
      IntVector b =
          xb.sub(colb.lanewise(VectorOperators.LSHL, 8))
              .lanewise(VectorOperators.LSHL, KEY_FRAC)
              .or(DG << KEY_STEP)
              .or(colb.mul(DG));
      // c: column = 16 v + (16 v * 257 + 257) >> 16, fraction, then the key
      IntVector wc = px.and(0xff).lanewise(VectorOperators.LSHL, 4);
      IntVector xc = wc.add(wc.mul(257).add(257).lanewise(VectorOperators.LSHR, 16));
      IntVector colc = xc.lanewise(VectorOperators.LSHR, 8).min(GRID - 2);
      IntVector c =
          xc.sub(colc.lanewise(VectorOperators.LSHL, 8))
              .lanewise(VectorOperators.LSHL, KEY_FRAC)
              .or(DB << KEY_STEP)
              .or(colc.mul(DB));
      IntVector hi = a.max(b.max(c));
      IntVector lo = a.min(b.min(c));
      IntVector sum = a.add(b).add(c);
      IntVector mi = sum.sub(hi).sub(lo);
      IntVector base = sum.and(KEY_MASK);
      IntVector max = hi.lanewise(VectorOperators.LSHR, KEY_FRAC);
      IntVector mid = mi.lanewise(VectorOperators.LSHR, KEY_FRAC);
      IntVector min = lo.lanewise(VectorOperators.LSHR, KEY_FRAC);
      IntVector i1 = base.add(hi.lanewise(VectorOperators.LSHR, KEY_STEP).and(STEP_MASK));
      IntVector i2 = i1.add(mi.lanewise(VectorOperators.LSHR, KEY_STEP).and(STEP_MASK));
      // the gather takes its indices from an array
      base.intoArray(ix, 0);
      i1.intoArray(ix, LANES);
      i2.intoArray(ix, 2 * LANES);
      base.add(DIAG).intoArray(ix, 3 * LANES);
      IntVector n0 = IntVector.fromArray(SPECIES, t, 0, ix, 0);
      IntVector n1 = IntVector.fromArray(SPECIES, t, 0, ix, LANES);
      IntVector n2 = IntVector.fromArray(SPECIES, t, 0, ix, 2 * LANES);
      IntVector n3 = IntVector.fromArray(SPECIES, t, 0, ix, 3 * LANES);
      IntVector w0 = FULL_WEIGHT.sub(max);
      IntVector w1 = max.sub(mid);
      IntVector w2 = mid.sub(min);
      n0.and(EVEN_BYTES)
          .mul(w0)
          .add(n1.and(EVEN_BYTES).mul(w1))
          .add(n2.and(EVEN_BYTES).mul(w2))
          .add(n3.and(EVEN_BYTES).mul(min))
          .intoArray(even, x);
      n0.lanewise(VectorOperators.LSHR, 8)
          .and(EVEN_BYTES)
          .mul(w0)
          .add(n1.lanewise(VectorOperators.LSHR, 8).and(EVEN_BYTES).mul(w1))
          .add(n2.lanewise(VectorOperators.LSHR, 8).and(EVEN_BYTES).mul(w2))
          .add(n3.lanewise(VectorOperators.LSHR, 8).and(EVEN_BYTES).mul(min))
          .intoArray(odd, x);
    }
    for (; x < n; x++) {
      long v = scalar(rgb[from + x]);
      even[x] = (int) v;
      odd[x] = (int) (v >>> 32);
    }
  }

  /**
   * Scalar interpolation of one pixel in the layout of {@link #interpolate}: the even int in the
   * low half, the odd one in the high half; for tails shorter than a vector.
   */
  private long scalar(int px) {
    int a = scalarKey((px >>> 16) & 0xff, DR);
    int b = scalarKey((px >>> 8) & 0xff, DG);
    int c = scalarKey(px & 0xff, DB);
    int hi = Math.max(a, Math.max(b, c));
    int lo = Math.min(a, Math.min(b, c));
    int sum = a + b + c;
    int mi = sum - hi - lo;
    int base = sum & KEY_MASK;
    int max = hi >>> KEY_FRAC;
    int mid = mi >>> KEY_FRAC;
    int min = lo >>> KEY_FRAC;
    int i1 = base + ((hi >>> KEY_STEP) & STEP_MASK);
    int i2 = i1 + ((mi >>> KEY_STEP) & STEP_MASK);
    int[] t = nodes;
    int n0 = t[base];
    int n1 = t[i1];
    int n2 = t[i2];
    int n3 = t[base + DIAG];
    int even =
        (n0 & EVEN_BYTES) * (256 - max)
            + (n1 & EVEN_BYTES) * (max - mid)
            + (n2 & EVEN_BYTES) * (mid - min)
            + (n3 & EVEN_BYTES) * min;
    int odd =
        (n0 >>> 8 & EVEN_BYTES) * (256 - max)
            + (n1 >>> 8 & EVEN_BYTES) * (max - mid)
            + (n2 >>> 8 & EVEN_BYTES) * (mid - min)
            + (n3 >>> 8 & EVEN_BYTES) * min;
    return (even & 0xffff_ffffL) | (long) odd << 32;
  }

  private static int scalarKey(int v, int step) {
    int w = v << 4;
    int x = w + ((w * 257 + 257) >>> 16);
    int col = Math.min(x >>> 8, GRID - 2);
    return (x - (col << 8)) << KEY_FRAC | step << KEY_STEP | col * step;
  }
}
