package dev.fusejet.raster.colour;

import static dev.fusejet.units.Units.INCH;

import dev.fusejet.ink.DropSize;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkAmount;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import java.util.List;
import java.util.Locale;

/**
 * Separates rows of pixels into ink amounts (0 to {@link InkAmount#FULL}, a large drop at every
 * pixel). Built once per ink set, medium, resolution and colour mode; thread-safe afterwards.
 *
 * <p>For sRGB input a 17 x 17 x 17 table holds, at each node, the final ink amounts after black
 * generation / under-colour removal, per-ink linearisation, the solid-ink scale and the total ink
 * limit; pixels between nodes are interpolated tetrahedrally. Node amounts are 8-bit and four inks
 * are interpolated at once in 16-bit lanes of a {@code long}: weights sum to 256, so each lane
 * holds at most 255 * 256 = {@link InkAmount#FULL} and lanes never carry into each other.
 *
 * <p>Device CMYK input (CMYK JPEG, PWG cmyk_8) keeps its values per ink, then gets the same
 * linearisation, scale and ink limit.
 */
public final class Separation {

  /** Nodes per axis of the table. */
  public static final int GRID = 17;

  /**
   * Ink volume per area that prints a solid primary (m³/m²): 10 mL/m², a typical solid load of
   * pigment inkjet on microporous photo media. A large drop at every pixel is scaled down to this
   * when the resolution would put more ink down.
   */
  public static final double SOLID_LOAD = 10e-6;

  /**
   * Mid-tone dot gain (1) of the linearisation model T(a) = a + 4 g a (1 - a): 12 %, the order of
   * ISO 12647-2's tone value increase for coated stock; a measured per-medium curve replaces it
   * once the printer is characterised.
   */
  public static final double MID_TONE_DOT_GAIN = 0.12;

  /** Grey level (1, of the darkness min(c, m, y)) where black generation starts. */
  public static final double BLACK_START = 0.25;

  /** Fraction (1) of the black removed from the colour inks (under-colour removal). */
  public static final double UCR = 0.8;

  private final int inks;
  private final int groups;
  private final long[] lut;
  private final int[] gridOffset;
  private final int[] gridFrac;

  /**
   * Per channel value (r, g, b): a sort key for tetrahedral interpolation. Bits 22..29 hold the
   * fraction within the cell (0..255), bits 13..21 the table offset of one step along this axis,
   * bits 0..12 the axis' part of the cell's base index. Sorting three keys sorts the fractions
   * (ties broken by the offset, which changes nothing: a tie gives the vertex weight 0), and their
   * sum holds the base index in its low bits (int max/min compile to conditional moves, no
   * branches).
   */
  private final int[] keyR;

  private final int[] keyG;
  private final int[] keyB;
  private final int[][] cmykIndex;
  private final double[] linear;
  private final double inkLimit;
  private final double amountMax;
  private final ColourMode mode;
  private final List<String> inkNames;

  /** Device CMYK (0..1) of each table node through the profiles, or null when unmanaged. */
  private final double[][] managed;

  private final Rendering rendering;

  /** The CMM pass that takes a CMYK document's ink to device CMYK first, or null. */
  private final CmykLink cmykLink;

  private static final int DR = GRID * GRID;
  private static final int DG = GRID;
  private static final int DB = 1;

  private static final int KEY_FRAC = 22;
  private static final int KEY_STEP = 13;
  private static final int KEY_MASK = (1 << KEY_STEP) - 1;
  private static final int STEP_MASK = (1 << (KEY_FRAC - KEY_STEP)) - 1;
  private static final int DIAG = DR + DG + DB;

  /** Offsets of the second and third tetrahedron vertex by comparison case (see separateRgb). */
  private static final int[] O1 = {DB, DG, DG, DG, DB, DR, DR, DR};

  private static final int[] O2 = {
    DB + DG, DG + DB, DG + DB, DG + DR, DB + DR, DR + DB, DR + DG, DR + DG
  };

  private Separation(
      InkSet inkSet, double limit, double amountMax, ColourMode mode, Rendering rendering) {
    this.inks = inkSet.inks().size();
    this.groups = (inks + 3) / 4;
    this.inkLimit = limit;
    this.amountMax = amountMax;
    this.mode = mode;
    this.inkNames = inkSet.inks().stream().map(Ink::name).toList();
    this.cmykLink = null;
    this.gridOffset = new int[256];
    this.gridFrac = new int[256];
    this.keyR = new int[256];
    this.keyG = new int[256];
    this.keyB = new int[256];
    this.cmykIndex = new int[4][];
    int[] roles = new int[inks];
    for (int i = 0; i < inks; i++) {
      roles[i] = role(inkNames.get(i));
    }
    for (int r = 0; r < 4; r++) {
      int found = -1;
      for (int i = 0; i < inks; i++) {
        if (roles[i] == r) {
          found = i;
        }
      }
      cmykIndex[r] = new int[] {found};
    }
    if (cmykIndex[3][0] < 0) {
      throw new IllegalArgumentException(
          "ink set '" + inkSet.name() + "' has no black ink (named black or k): " + inkNames);
    }
    linear = new double[256];
    for (int v = 0; v < 256; v++) {
      linear[v] = linearise(v / 255.0);
    }
    for (int v = 0; v < 256; v++) {
      int x = v * ((GRID - 1) << 8) / 255;
      int idx = Math.min(x >> 8, GRID - 2);
      gridOffset[v] = idx;
      gridFrac[v] = x - (idx << 8);
      int f = gridFrac[v] << KEY_FRAC;
      keyR[v] = f | DR << KEY_STEP | idx * DR;
      keyG[v] = f | DG << KEY_STEP | idx * DG;
      keyB[v] = f | DB << KEY_STEP | idx * DB;
    }
    lut = new long[GRID * GRID * GRID * groups];
    double[] amounts = new double[inks];
    this.managed = rendering != null && mode == ColourMode.COLOUR ? nodesThrough(rendering) : null;
    this.rendering = managed == null ? null : rendering;
    for (int r = 0; r < GRID; r++) {
      for (int g = 0; g < GRID; g++) {
        for (int b = 0; b < GRID; b++) {
          if (managed != null) {
            managedNode(managed[r * DR + g * DG + b * DB], amounts);
          } else {
            node(r / (GRID - 1.0), g / (GRID - 1.0), b / (GRID - 1.0), amounts);
          }
          store(r * DR + g * DG + b * DB, amounts);
        }
      }
    }
    if (managed != null) {
      fitGreyAxis();
    }
  }

  /** {@code base} (its tables shared, not copied) with a CMYK document's link in front. */
  private Separation(Separation base, CmykLink link) {
    this.inks = base.inks;
    this.groups = base.groups;
    this.inkLimit = base.inkLimit;
    this.amountMax = base.amountMax;
    this.mode = base.mode;
    this.inkNames = base.inkNames;
    this.cmykIndex = base.cmykIndex;
    this.linear = base.linear;
    this.gridOffset = base.gridOffset;
    this.gridFrac = base.gridFrac;
    this.keyR = base.keyR;
    this.keyG = base.keyG;
    this.keyB = base.keyB;
    this.lut = base.lut;
    this.managed = base.managed;
    this.rendering = base.rendering;
    this.cmykLink = link;
  }

  /**
   * This separation for documents in a CMYK source profile: their pages go through {@code link}
   * (document CMYK straight to this printer's device CMYK, one CMM pass per page) and are then
   * separated as device CMYK by this separation. Its tables are shared.
   *
   * @throws IllegalArgumentException when the link's output profile or intent is not this
   *     separation's, or this separation is unmanaged
   */
  public Separation withCmykSource(CmykLink link) {
    if (rendering == null
        || link.rendering().output() != rendering.output()
        || link.rendering().intent() != rendering.intent()) {
      throw new IllegalArgumentException(
          "the CMYK link must end in this separation's printer profile and intent");
    }
    return new Separation(this, link);
  }

  /**
   * The CMM pass a CMYK document's pages go through before {@link #separateCmyk} (see {@link
   * #withCmykSource}), or null.
   */
  public CmykLink cmykLink() {
    return cmykLink;
  }

  /** Writes a node's amounts (0..1 each) into the table, 8 bits per ink. */
  private void store(int nodeIndex, double[] amounts) {
    int node = nodeIndex * groups;
    for (int grp = 0; grp < groups; grp++) {
      lut[node + grp] = 0;
    }
    for (int i = 0; i < inks; i++) {
      long q = Math.max(0, Math.min(255, Math.round(amounts[i] * 255)));
      lut[node + i / 4] |= q << (16 * (i % 4));
    }
  }

  /**
   * Refits the table's grey axis (the 17 nodes r = g = b) to the exact separation of all 256 grey
   * levels. A grey pixel is interpolated between two diagonal nodes only, so along the axis the
   * table is a piecewise linear function of the 8-bit level; sampled at the nodes it is exact there
   * and off between them wherever the curve bends inside one cell, as it does where the black takes
   * over from the colour inks (the 60 % grey printed 1.5 L* light through the sampled table, 2.0 L*
   * from its aim in all). Here the interior nodes are the least-squares fit of that piecewise
   * linear function to the exact amounts at every level (per ink, the table's own interpolation
   * weights, black and white nodes kept exact), which halves the largest error along the axis.
   * Other colours interpolate towards these nodes as before.
   */
  private void fitGreyAxis() {
    int[] greys = new int[256];
    for (int v = 0; v < 256; v++) {
      greys[v] = v * 0x010101;
    }
    double[][] cmyk = rendering.toCmyk(greys);
    double[][] exact = new double[256][inks];
    for (int v = 0; v < 256; v++) {
      managedNode(cmyk[v], exact[v]);
    }
    double[][] fitted = new double[GRID][inks];
    for (int i = 0; i < inks; i++) {
      // normal equations of the hat-function fit: tridiagonal in the node values
      double[] lower = new double[GRID];
      double[] diag = new double[GRID];
      double[] upper = new double[GRID];
      double[] rhs = new double[GRID];
      for (int v = 0; v < 256; v++) {
        int j = gridOffset[v];
        double t = gridFrac[v] / 256.0;
        double y = exact[v][i];
        diag[j] += (1 - t) * (1 - t);
        upper[j] += (1 - t) * t;
        lower[j + 1] += (1 - t) * t;
        diag[j + 1] += t * t;
        rhs[j] += (1 - t) * y;
        rhs[j + 1] += t * y;
      }
      double first = exact[0][i]; // the black node, level 0
      double last = exact[255][i]; // the white node
      fitted[0][i] = first;
      fitted[GRID - 1][i] = last;
      rhs[1] -= lower[1] * first;
      rhs[GRID - 2] -= upper[GRID - 2] * last;
      // Thomas algorithm on the interior nodes 1 .. GRID - 2
      double[] c = new double[GRID];
      double[] d = new double[GRID];
      for (int j = 1; j < GRID - 1; j++) {
        double m = diag[j] - (j > 1 ? lower[j] * c[j - 1] : 0);
        c[j] = upper[j] / m;
        d[j] = (rhs[j] - (j > 1 ? lower[j] * d[j - 1] : 0)) / m;
      }
      for (int j = GRID - 2; j >= 1; j--) {
        fitted[j][i] = d[j] - (j < GRID - 2 ? c[j] * fitted[j + 1][i] : 0);
      }
    }
    for (int j = 0; j < GRID; j++) {
      store(j * DIAG, fitted[j]);
    }
  }

  /**
   * Builds the separation.
   *
   * @param inkSet the inks and drop sizes (at least a black ink; cyan, magenta, yellow used when
   *     present)
   * @param medium the medium, whose pore capacity (m³/m²) sets the total ink limit
   * @param xDpi horizontal resolution (dots per inch)
   * @param yDpi vertical resolution (dots per inch)
   * @param mode colour or monochrome
   */
  public static Separation build(
      InkSet inkSet, Medium medium, double xDpi, double yDpi, ColourMode mode) {
    double fullLoad = fullLoad(inkSet, xDpi, yDpi);
    double amountMax = Math.min(1.0, SOLID_LOAD / fullLoad);
    double limit = Math.min(inkSet.inks().size(), medium.receiving().poreCapacity() / fullLoad);
    return new Separation(inkSet, limit, amountMax, mode, null);
  }

  /**
   * Builds a colour-managed separation: document RGB goes through {@code rendering}'s profiles to
   * the printer's device CMYK at each table node, then each ink is linearised, scaled and
   * ink-limited as device CMYK input is. Monochrome modes stay unmanaged (black and neutral mixes
   * by luma).
   */
  public static Separation build(
      InkSet inkSet,
      Medium medium,
      double xDpi,
      double yDpi,
      ColourMode mode,
      Rendering rendering) {
    double fullLoad = fullLoad(inkSet, xDpi, yDpi);
    double amountMax = Math.min(1.0, SOLID_LOAD / fullLoad);
    double limit = Math.min(inkSet.inks().size(), medium.receiving().poreCapacity() / fullLoad);
    return new Separation(inkSet, limit, amountMax, mode, rendering);
  }

  private double[][] nodesThrough(Rendering r) {
    int[] rgb = new int[GRID * GRID * GRID];
    for (int i = 0; i < rgb.length; i++) {
      int ri = i / DR;
      int gi = i / DG % GRID;
      int bi = i % GRID;
      rgb[i] = channel(ri) << 16 | channel(gi) << 8 | channel(bi);
    }
    return r.toCmyk(rgb);
  }

  /** The 8-bit channel value of grid node {@code i}: i * 255 / 16, rounded. */
  private static int channel(int i) {
    return (int) Math.round(i * 255.0 / (GRID - 1));
  }

  /** Node amounts from device CMYK through the profile (the separateCmyk path in doubles). */
  private void managedNode(double[] cmyk, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int role = 0; role < 4; role++) {
      int i = cmykIndex[role][0];
      if (i >= 0) {
        out[i] = deviceAmount(cmyk[role]);
      }
    }
    limit(out);
  }

  /**
   * The amount (0..1 of a large drop at every pixel) device value {@code v} (0..1) of one ink puts
   * down: linearised and scaled to the solid load, before the ink limit. The ink limit is on the
   * sum of these.
   */
  public double deviceAmount(double v) {
    return amountMax * linearise(Math.max(0, Math.min(1, v)));
  }

  /** The rendering (profiles and intent) the table was built through, or null. */
  public Rendering rendering() {
    return rendering;
  }

  /** Ink volume per area (m³/m²) of one ink with a large drop at every pixel. */
  public static double fullLoad(InkSet inkSet, double xDpi, double yDpi) {
    double large = inkSet.dropSizes().stream().mapToDouble(DropSize::volume).max().orElse(0);
    if (large <= 0) {
      throw new IllegalArgumentException("ink set '" + inkSet.name() + "' has no drop sizes");
    }
    return large * (xDpi / INCH) * (yDpi / INCH);
  }

  private static int role(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return switch (n) {
      case "cyan", "c" -> 0;
      case "magenta", "m" -> 1;
      case "yellow", "y" -> 2;
      case "black", "k", "photo-black", "matte-black" -> 3;
      default -> -1;
    };
  }

  /** Tone (0..1) to ink amount (0..1) through the inverse of T(a) = a + 4 g a (1 - a). */
  static double linearise(double tone) {
    double g = MID_TONE_DOT_GAIN;
    double b = 1 + 4 * g;
    return (b - Math.sqrt(b * b - 16 * g * tone)) / (8 * g);
  }

  /** Final amounts (0..1 of a large drop everywhere) of one sRGB colour (0..1 each). */
  private void node(double r, double g, double b, double[] out) {
    java.util.Arrays.fill(out, 0);
    double c;
    double m;
    double y;
    double k;
    if (mode == ColourMode.COLOUR) {
      c = 1 - r;
      m = 1 - g;
      y = 1 - b;
      double grey = Math.min(c, Math.min(m, y));
      k = grey <= BLACK_START ? 0 : (grey - BLACK_START) / (1 - BLACK_START);
      k = k * k * (3 - 2 * k) * grey; // smooth onset, never more black than the grey component
      double removed = UCR * k;
      c -= removed;
      m -= removed;
      y -= removed;
    } else {
      double luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      k = 1 - luma;
      double neutral = mode == ColourMode.MONOCHROME_NEUTRAL ? 0.25 * k * (1 - 0.5 * k) : 0;
      c = neutral;
      m = neutral;
      y = neutral;
    }
    double[] tone = {c, m, y, k};
    for (int role = 0; role < 4; role++) {
      int i = cmykIndex[role][0];
      if (i >= 0) {
        out[i] = amountMax * linearise(Math.max(0, Math.min(1, tone[role])));
      }
    }
    limit(out);
  }

  /** Scales colour inks, then black, so that the sum stays within the ink limit. */
  private void limit(double[] a) {
    double sum = 0;
    for (double v : a) {
      sum += v;
    }
    if (sum <= inkLimit) {
      return;
    }
    int k = cmykIndex[3][0];
    double colour = sum - a[k];
    double room = inkLimit - a[k];
    if (room > 0 && colour > 0) {
      double s = room / colour;
      for (int i = 0; i < a.length; i++) {
        if (i != k) {
          a[i] *= s;
        }
      }
    } else {
      for (int i = 0; i < a.length; i++) {
        a[i] = i == k ? Math.min(a[k], inkLimit) : 0;
      }
    }
  }

  /** Number of inks (output channels). */
  public int inks() {
    return inks;
  }

  /** Names of the inks, in output order. */
  public List<String> inkNames() {
    return inkNames;
  }

  /** Total ink limit (1, sum of amounts, each a fraction of a large drop at every pixel). */
  public double inkLimit() {
    return inkLimit;
  }

  /** Largest amount of one ink (1): the solid load scaled to this resolution. */
  public double amountMax() {
    return amountMax;
  }

  /**
   * Separates sRGB pixels (0xRRGGBB, alpha ignored).
   *
   * @param rgb packed pixels
   * @param from first pixel
   * @param n pixel count
   * @param out per ink, amounts ({@link InkAmount#FULL} = a large drop everywhere)
   * @param outOffset index in each {@code out[i]} of the first pixel
   */
  public void separateRgb(int[] rgb, int from, int n, char[][] out, int outOffset) {
    if (groups == 1) {
      separate4(rgb, from, n, out, outOffset);
      return;
    }
    for (int p = 0; p < n; p++) {
      int px = rgb[from + p];
      for (int grp = 0; grp < groups; grp++) {
        long v = interpolate(px, grp);
        for (int l = 0; l < 4 && grp * 4 + l < inks; l++) {
          out[grp * 4 + l][outOffset + p] = (char) ((v >>> (16 * l)) & 0xffff);
        }
      }
    }
  }

  private void separate4(int[] rgb, int from, int n, char[][] out, int outOffset) {
    char[] o0 = out[0];
    char[] o1 = inks > 1 ? out[1] : new char[outOffset + n];
    char[] o2 = inks > 2 ? out[2] : new char[outOffset + n];
    char[] o3 = inks > 3 ? out[3] : new char[outOffset + n];
    for (int p = 0; p < n; p++) {
      long v = tetrahedral(rgb[from + p]);
      int o = outOffset + p;
      o0[o] = (char) v;
      o1[o] = (char) (v >>> 16);
      o2[o] = (char) (v >>> 32);
      o3[o] = (char) (v >>> 48);
    }
  }

  /**
   * The table's nodes for kernels that gather whole nodes: node (r, g, b) at index {@code r * GRID
   * * GRID + g * GRID + b}, ink i's 8-bit amount (0..255 of {@link InkAmount#FULL} / 256) in bits 8
   * i .. 8 i + 7. Interpolating as {@link #separatePacked} does, each lane's weighted sum equals
   * the packed result exactly. Only for at most four inks ({@link #packs()}); a copy.
   */
  public int[] nodeBytes() {
    if (groups != 1) {
      throw new IllegalStateException(inks + " inks do not fit one int node");
    }
    int[] nodes = new int[lut.length];
    for (int i = 0; i < lut.length; i++) {
      long v = lut[i];
      nodes[i] =
          (int) (v & 0xff)
              | (int) ((v >>> 16) & 0xff) << 8
              | (int) ((v >>> 32) & 0xff) << 16
              | (int) ((v >>> 48) & 0xff) << 24;
    }
    return nodes;
  }

  /**
   * Table column (0 .. GRID - 2) and fraction within it (0..256) of a channel value (0..255): the
   * value scaled by (GRID - 1) * 256 / 255, rounded down. Returned as {@code column << 16 |
   * fraction}; a kernel that computes this itself must agree with it for all 256 values.
   */
  public int gridPosition(int value) {
    return gridOffset[value] << 16 | gridFrac[value];
  }

  /**
   * True when the inks fit one {@code long} (at most four): {@link #separatePacked} can be used.
   */
  public boolean packs() {
    return groups == 1;
  }

  /**
   * Separates sRGB pixels (0xRRGGBB, alpha ignored) into packed amounts: ink i in bits 16 i .. 16 i
   * + 15 ({@link InkAmount#FULL} = a large drop everywhere), unused lanes 0. Only for at most four
   * inks ({@link #packs()}).
   *
   * @param rgb packed pixels
   * @param from first pixel
   * @param n pixel count
   * @param out packed amounts
   * @param outOffset index in {@code out} of the first pixel
   */
  public void separatePacked(int[] rgb, int from, int n, long[] out, int outOffset) {
    if (groups != 1) {
      throw new IllegalStateException(inks + " inks do not fit one long; use separateRgb");
    }
    long[] t = lut;
    int[] kr = keyR;
    int[] kg = keyG;
    int[] kb = keyB;
    for (int p = 0; p < n; p++) {
      int px = rgb[from + p];
      int a = kr[(px >>> 16) & 0xff];
      int b = kg[(px >>> 8) & 0xff];
      int c = kb[px & 0xff];
      int hi = Math.max(a, Math.max(b, c));
      int lo = Math.min(a, Math.min(b, c));
      int mi = a + b + c - hi - lo;
      int base = (a + b + c) & KEY_MASK;
      int max = hi >>> KEY_FRAC;
      int mid = mi >>> KEY_FRAC;
      int min = lo >>> KEY_FRAC;
      int i1 = base + ((hi >>> KEY_STEP) & STEP_MASK);
      int i2 = i1 + ((mi >>> KEY_STEP) & STEP_MASK);
      out[outOffset + p] =
          t[base] * (256 - max) + t[i1] * (max - mid) + t[i2] * (mid - min) + t[base + DIAG] * min;
    }
  }

  /**
   * Tetrahedral interpolation of one pixel, four inks in 16-bit lanes: the cell's vertices are
   * taken in the order of the sorted fractions (largest first).
   */
  private long tetrahedral(int px) {
    int a = keyR[(px >>> 16) & 0xff];
    int b = keyG[(px >>> 8) & 0xff];
    int c = keyB[px & 0xff];
    int hi = Math.max(a, Math.max(b, c));
    int lo = Math.min(a, Math.min(b, c));
    int mi = a + b + c - hi - lo;
    int base = (a + b + c) & KEY_MASK;
    int max = hi >>> KEY_FRAC;
    int mid = mi >>> KEY_FRAC;
    int min = lo >>> KEY_FRAC;
    int i1 = base + ((hi >>> KEY_STEP) & STEP_MASK);
    int i2 = i1 + ((mi >>> KEY_STEP) & STEP_MASK);
    return lut[base] * (256 - max)
        + lut[i1] * (max - mid)
        + lut[i2] * (mid - min)
        + lut[base + DIAG] * min;
  }

  private long interpolate(int px, int grp) {
    int r = (px >>> 16) & 0xff;
    int g = (px >>> 8) & 0xff;
    int b = px & 0xff;
    int fr = gridFrac[r];
    int fg = gridFrac[g];
    int fb = gridFrac[b];
    int base = gridOffset[r] * DR + gridOffset[g] * DG + gridOffset[b];
    int c = (fr >= fg ? 4 : 0) | (fg >= fb ? 2 : 0) | (fr >= fb ? 1 : 0);
    int max = Math.max(fr, Math.max(fg, fb));
    int min = Math.min(fr, Math.min(fg, fb));
    int mid = fr + fg + fb - max - min;
    return lut[base * groups + grp] * (256 - max)
        + lut[(base + O1[c]) * groups + grp] * (max - mid)
        + lut[(base + O2[c]) * groups + grp] * (mid - min)
        + lut[(base + DR + DG + DB) * groups + grp] * min;
  }

  /**
   * Separates device CMYK pixels (0xCCMMYYKK, 255 = full ink): each value is linearised, scaled and
   * the sum limited like the table's nodes.
   */
  public void separateCmyk(int[] cmyk, int from, int n, char[][] out, int outOffset) {
    double[] a = new double[inks];
    for (int p = 0; p < n; p++) {
      int px = cmyk[from + p];
      java.util.Arrays.fill(a, 0);
      for (int role = 0; role < 4; role++) {
        int i = cmykIndex[role][0];
        if (i >= 0) {
          int v = (px >>> (24 - 8 * role)) & 0xff;
          a[i] = amountMax * linear[v];
        }
      }
      if (mode != ColourMode.COLOUR) {
        double k = 0;
        for (int role = 0; role < 4; role++) {
          int i = cmykIndex[role][0];
          if (i >= 0) {
            k = Math.max(k, a[i]);
            a[i] = 0;
          }
        }
        a[cmykIndex[3][0]] = k;
      }
      limit(a);
      for (int i = 0; i < inks; i++) {
        out[i][outOffset + p] = (char) Math.round(a[i] * InkAmount.FULL);
      }
    }
  }

  /**
   * The amounts (0..1) the table's nodes are made from, evaluated exactly at one sRGB pixel
   * (0xRRGGBB): what the interpolation approximates.
   */
  public double[] exactAmounts(int rgb) {
    double[] a = new double[inks];
    if (managed != null) {
      managedNode(rendering.toCmyk(new int[] {rgb})[0], a);
      return a;
    }
    node(((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, a);
    return a;
  }

  /** The amounts (0..1) the table gives for one sRGB pixel, for tests and diagnostics. */
  public double[] amounts(int rgb) {
    char[][] out = new char[inks][1];
    separateRgb(new int[] {rgb}, 0, 1, out, 0);
    double[] a = new double[inks];
    for (int i = 0; i < inks; i++) {
      a[i] = out[i][0] / (double) InkAmount.FULL;
    }
    return a;
  }
}
