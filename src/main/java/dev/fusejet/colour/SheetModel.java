package dev.fusejet.colour;

import dev.fusejet.ink.DropSize;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkSet;
import dev.fusejet.ink.Overprint;
import dev.fusejet.ink.SolidColour;
import dev.fusejet.media.Medium;
import dev.fusejet.media.Optics;
import dev.fusejet.units.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed-sheet model, a simulated spectrophotometer: from the drops the head fired to the
 * colour of an area of the sheet under D50 (2° observer, 45/0, white backing).
 *
 * <ol>
 *   <li>Each drop of volume V makes a round dot of diameter D = s (6 V / π)^(1/3) centred on its
 *       pixel, s the medium's dot spread. Dots are rendered on a sub-pixel grid (pitch at most
 *       {@link #SUBPIXEL} µm); each sub-pixel knows which inks cover it.
 *   <li>The fraction f_p of the area covered by exactly the inks of each Neugebauer primary p
 *       (paper, each ink, each overprint) is counted: the real areas, overlaps included (no
 *       Demichel independence assumption).
 *   <li>Yule-Nielsen modified Neugebauer: X^(1/n) = Σ_p f_p X_p^(1/n) for X, Y and Z, n the
 *       medium's Yule-Nielsen n; X_p from the primaries' CIELAB (paper white from the medium,
 *       solids and overprints from the ink set; an overprint the set does not list is the product
 *       of its inks' ratios to paper in the Bradford cone space with a 0.4 % first-surface
 *       reflection).
 * </ol>
 */
public final class SheetModel {

  /** Largest sub-pixel pitch (m): 6 µm, a sixth of a 720 dpi pixel. */
  public static final double SUBPIXEL = 6e-6;

  /** First-surface (specular) reflectance of the unlisted-overprint product model (1). */
  static final double SURFACE = 0.004;

  private final int inks;
  private final double n;
  private final double[][] primaries; // per mask: X, Y, Z raised to 1/n
  private final Xyz paper;
  private final int subX;
  private final int subY;
  // per level: the dot's sub-pixels as rows {dy, dx0, dx1} of offsets from the pixel's sub-pixel 0
  // (a disc is convex, so each row is one run)
  private final int[][][] stamps;
  private final int reach; // pixels a dot reaches beyond its own

  /**
   * A model of this ink set on this medium at this resolution.
   *
   * @throws IllegalArgumentException when an ink has no solid colour or there are more than 8 inks
   */
  public SheetModel(InkSet set, Medium medium, double xDpi, double yDpi) {
    this.inks = set.inks().size();
    if (inks > 8) {
      throw new IllegalArgumentException(
          "the sheet model takes at most 8 inks, ink set '" + set.name() + "' has " + inks);
    }
    Optics o = medium.optics();
    this.n = o.yuleNielsenN();
    this.paper = new Lab(o.whiteLightness(), o.whiteA(), o.whiteB()).toXyz();
    Xyz[] p = primaries(set, paper);
    primaries = new double[p.length][];
    for (int m = 0; m < p.length; m++) {
      primaries[m] =
          new double[] {
            Math.pow(p[m].x(), 1 / n), Math.pow(p[m].y(), 1 / n), Math.pow(p[m].z(), 1 / n)
          };
    }
    double pitchX = Units.INCH / xDpi;
    double pitchY = Units.INCH / yDpi;
    subX = (int) Math.ceil(pitchX / SUBPIXEL);
    subY = (int) Math.ceil(pitchY / SUBPIXEL);
    double sx = pitchX / subX;
    double sy = pitchY / subY;
    List<DropSize> drops = set.dropSizes();
    stamps = new int[4][][];
    stamps[0] = new int[0][];
    double maxRadius = 0;
    for (int level = 1; level <= 3; level++) {
      DropSize d = drops.get(Math.min(level, drops.size()) - 1);
      double radius = dotDiameter(d.volume(), o.dotSpread()) / 2;
      maxRadius = Math.max(maxRadius, radius);
      List<int[]> cells = new ArrayList<>();
      int rx = (int) Math.ceil(radius / sx) + subX;
      int ry = (int) Math.ceil(radius / sy) + subY;
      // sub-pixel (i, j) of the pixel grid has its centre at ((i + 0.5) sx, (j + 0.5) sy); the
      // pixel's centre is at (subX / 2 sx, subY / 2 sy): offsets are taken from sub-pixel 0 of the
      // pixel
      for (int j = -ry; j <= ry; j++) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = -rx; i <= rx; i++) {
          double cx = (i + 0.5) * sx - pitchX / 2;
          double cy = (j + 0.5) * sy - pitchY / 2;
          if (cx * cx + cy * cy <= radius * radius) {
            first = Math.min(first, i);
            last = Math.max(last, i);
          }
        }
        if (first <= last) {
          cells.add(new int[] {j, first, last});
        }
      }
      stamps[level] = cells.toArray(new int[0][]);
    }
    reach = (int) Math.ceil(maxRadius / Math.min(pitchX, pitchY));
  }

  /** Diameter (m) of the dot a drop of {@code volume} (m³) makes at this spread (1). */
  public static double dotDiameter(double volume, double spread) {
    return spread * Math.cbrt(6 * volume / Math.PI);
  }

  /** The Neugebauer primaries' XYZ (D50), indexed by ink mask (bit i: ink i present). */
  static Xyz[] primaries(InkSet set, Xyz paper) {
    int k = set.inks().size();
    Xyz[] p = new Xyz[1 << k];
    p[0] = paper;
    for (int i = 0; i < k; i++) {
      Ink ink = set.inks().get(i);
      SolidColour s = ink.solid();
      if (s == null) {
        throw new IllegalArgumentException(
            "ink '" + ink.name() + "' of ink set '" + set.name() + "' has no solid colour");
      }
      p[1 << i] = new Lab(s.lightness(), s.a(), s.b()).toXyz();
    }
    for (Overprint o : set.overprints()) {
      int mask = 0;
      for (String c : o.channels()) {
        for (int i = 0; i < k; i++) {
          if (set.inks().get(i).name().equals(c)) {
            mask |= 1 << i;
          }
        }
      }
      SolidColour s = o.colour();
      p[mask] = new Lab(s.lightness(), s.a(), s.b()).toXyz();
    }
    double[] white = cone(Xyz.D50);
    double[] base = cone(paper);
    for (int m = 1; m < p.length; m++) {
      if (p[m] != null) {
        continue;
      }
      double[] c = base.clone();
      for (int ch = 0; ch < 3; ch++) {
        c[ch] -= SURFACE * white[ch];
      }
      for (int i = 0; i < k; i++) {
        if ((m >> i & 1) != 0) {
          double[] s = cone(p[1 << i]);
          for (int ch = 0; ch < 3; ch++) {
            double paperBody = base[ch] - SURFACE * white[ch];
            c[ch] *= Math.max(0, s[ch] - SURFACE * white[ch]) / paperBody;
          }
        }
      }
      for (int ch = 0; ch < 3; ch++) {
        c[ch] += SURFACE * white[ch];
      }
      p[m] = fromCone(c);
    }
    return p;
  }

  private static double[] cone(Xyz x) {
    return dev.fusejet.linear.Bradford.toCone(x.toArray());
  }

  private static Xyz fromCone(double[] c) {
    double[] x = dev.fusejet.linear.Bradford.fromCone(c);
    return new Xyz(Math.max(x[0], 1e-6), Math.max(x[1], 1e-6), Math.max(x[2], 1e-6));
  }

  /** Pixels beyond its own that the largest dot reaches. */
  public int reach() {
    return reach;
  }

  /** Number of inks. */
  public int inks() {
    return inks;
  }

  /** The paper white (D50, 1). */
  public Xyz paper() {
    return paper;
  }

  /**
   * The colour of the area of pixels {@code x0 .. x0 + w - 1}, {@code y0 .. y0 + h - 1}: dots of
   * pixels around it that reach into it count.
   */
  public Xyz measure(Levels levels, int x0, int y0, int w, int h) {
    double[] f = areaFractions(levels, x0, y0, w, h);
    double x = 0;
    double y = 0;
    double z = 0;
    for (int m = 0; m < f.length; m++) {
      if (f[m] > 0) {
        x += f[m] * primaries[m][0];
        y += f[m] * primaries[m][1];
        z += f[m] * primaries[m][2];
      }
    }
    return new Xyz(Math.pow(x, n), Math.pow(y, n), Math.pow(z, n));
  }

  /**
   * Fractions (1, summing to 1) of the area covered by exactly each combination of inks (index: ink
   * mask), as {@link #measure} counts them.
   */
  public double[] areaFractions(Levels levels, int x0, int y0, int w, int h) {
    int gw = w * subX;
    int gh = h * subY;
    byte[] mask = new byte[gw * gh];
    for (int py = y0 - reach; py < y0 + h + reach; py++) {
      for (int px = x0 - reach; px < x0 + w + reach; px++) {
        int ox = (px - x0) * subX;
        int oy = (py - y0) * subY;
        for (int ink = 0; ink < inks; ink++) {
          int level = levels.level(ink, px, py);
          if (level == 0) {
            continue;
          }
          byte bit = (byte) (1 << ink);
          for (int[] run : stamps[level]) {
            int gy = oy + run[0];
            if (gy < 0 || gy >= gh) {
              continue;
            }
            int from = Math.max(0, ox + run[1]);
            int to = Math.min(gw - 1, ox + run[2]);
            int row = gy * gw;
            for (int gx = from; gx <= to; gx++) {
              mask[row + gx] |= bit;
            }
          }
        }
      }
    }
    long[] count = new long[1 << inks];
    for (byte b : mask) {
      count[b & 0xff]++;
    }
    double[] f = new double[count.length];
    for (int m = 0; m < f.length; m++) {
      f[m] = count[m] / (double) mask.length;
    }
    return f;
  }
}
