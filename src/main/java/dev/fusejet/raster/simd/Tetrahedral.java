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

  /** Pixels per piece of {@link #interpolate}: scratch of 7 x 2 KB, in L1 cache. */
  private static final int PIECE = 512;

  /** Per pixel of a piece: the four vertices' table indices and weights. */
  private final int[] vertex0 = new int[PIECE];

  private final int[] vertex1 = new int[PIECE];
  private final int[] vertex2 = new int[PIECE];
  private final int[] vertex3 = new int[PIECE];
  private final int[] weight0 = new int[PIECE];
  private final int[] weight1 = new int[PIECE];
  private final int[] weight2 = new int[PIECE];
  private final int[] weight3 = new int[PIECE];

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
    int full = n - n % LANES;
    for (int p = 0; p < full; p += PIECE) {
      int m = Math.min(PIECE, full - p);
      vertices(rgb, from + p, m);
      weigh(m, even, odd, p);
    }
    for (int x = full; x < n; x++) {
      long v = scalar(rgb[from + x]);
      even[x] = (int) v;
      odd[x] = (int) (v >>> 32);
    }
  }

  /**
   * First half of {@link #interpolate} for {@code m} pixels (a multiple of the vector length): the
   * four vertices' indices and weights into the scratch arrays. Two loops of half the size each,
   * rather than one: in one large loop the JDK 17 compiler sometimes gives up on some of the
   * intrinsics (then every vector operation allocates).
   */
  private void vertices(int[] rgb, int from, int m) {
    int[] v0 = vertex0;
    int[] v1 = vertex1;
    int[] v2 = vertex2;
    int[] k0 = weight0;
    int[] k1 = weight1;
    int[] k2 = weight2;
    int[] k3 = weight3;
    for (int x = 0; x < m; x += LANES) {
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
      base.intoArray(v0, x);
      i1.intoArray(v1, x);
      i2.intoArray(v2, x);
      FULL_WEIGHT.sub(max).intoArray(k0, x);
      max.sub(mid).intoArray(k1, x);
      mid.sub(min).intoArray(k2, x);
      min.intoArray(k3, x);
    }
  }

  /**
   * Second half of {@link #interpolate}: gathers the vertices' nodes and weighs them, into {@code
   * even} and {@code odd} from index {@code at}.
   */
  private void weigh(int m, int[] even, int[] odd, int at) {
    int[] t = nodes;
    int[] v0 = vertex0;
    int[] v1 = vertex1;
    int[] v2 = vertex2;
    int[] v3 = vertex3;
    for (int x = 0; x < m; x += LANES) {
      IntVector.fromArray(SPECIES, v0, x).add(DIAG).intoArray(v3, x);
      IntVector n0 = IntVector.fromArray(SPECIES, t, 0, v0, x);
      IntVector n1 = IntVector.fromArray(SPECIES, t, 0, v1, x);
      IntVector n2 = IntVector.fromArray(SPECIES, t, 0, v2, x);
      IntVector n3 = IntVector.fromArray(SPECIES, t, 0, v3, x);
      IntVector w0 = IntVector.fromArray(SPECIES, weight0, x);
      IntVector w1 = IntVector.fromArray(SPECIES, weight1, x);
      IntVector w2 = IntVector.fromArray(SPECIES, weight2, x);
      IntVector w3 = IntVector.fromArray(SPECIES, weight3, x);
      n0.and(EVEN_BYTES)
          .mul(w0)
          .add(n1.and(EVEN_BYTES).mul(w1))
          .add(n2.and(EVEN_BYTES).mul(w2))
          .add(n3.and(EVEN_BYTES).mul(w3))
          .intoArray(even, at + x);
      n0.lanewise(VectorOperators.LSHR, 8)
          .and(EVEN_BYTES)
          .mul(w0)
          .add(n1.lanewise(VectorOperators.LSHR, 8).and(EVEN_BYTES).mul(w1))
          .add(n2.lanewise(VectorOperators.LSHR, 8).and(EVEN_BYTES).mul(w2))
          .add(n3.lanewise(VectorOperators.LSHR, 8).and(EVEN_BYTES).mul(w3))
          .intoArray(odd, at + x);
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
