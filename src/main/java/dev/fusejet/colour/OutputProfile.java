package dev.fusejet.colour;

import java.time.LocalDateTime;

/**
 * An output (printer) profile built from measurements: the forward model (device CMYK to colour) is
 * the cellular Yule-Nielsen Neugebauer model fitted to the chart; the inverse (colour to device)
 * solves that model under a black-generation rule and the total ink limit. Written as an ICC v2.4
 * profile with A2B and B2A tables for the perceptual and relative colorimetric intents.
 *
 * <p>Black generation (grey-component replacement): the inverse searches a three-dimensional
 * control space (c, m, y) in [0, 1]³; with g = min(c, m, y) the black is k = t^γ, t = max(0, (g -
 * g0) / (1 - g0)), and each colour ink is reduced by u k g (under-colour removal). Then, when the
 * inks' total amount exceeds the limit, the colour inks are scaled down together until it fits.
 * Relative colorimetric maps out-of-gamut colours to the nearest printable colour, weighing hue
 * errors four times (in ΔE² terms) so that the hue is kept, and near the grey axis (C* < 2)
 * weighing a* and b* up to nine times, so that greys beyond the black point stay neutral;
 * perceptual first maps L* linearly from the source's black (L* 0) to the printer's (black-point
 * compensation), then compresses chroma beyond 85 % of the printer's gamut boundary at that
 * lightness and hue so that the sRGB boundary lands on the printer's.
 */
public final class OutputProfile {

  /** ICC rendering intents this profile carries. */
  public enum Intent {
    /** Gamut compressed, black point compensated: photographs. */
    PERCEPTUAL,
    /** Colours inside the gamut exact (relative to the paper white), the rest clipped. */
    RELATIVE_COLORIMETRIC,
    /**
     * Relative colorimetric with black-point compensation (ISO 18619): the source's XYZ scaled
     * linearly, per component towards the paper white, so that the source's black lands on the
     * printer's darkest neutral; the profile's relative colorimetric tables do the rest. Shadow
     * detail darker than the printer's black is kept, at the cost of every colour being a little
     * lighter (at most the printer's black Y, 2 % of white at L* 16).
     */
    RELATIVE_COLORIMETRIC_BPC;

    /**
     * The intent of an IPP {@code print-rendering-intent} keyword (auto: perceptual), or fusejet's
     * own {@code relative-bpc}.
     */
    public static Intent ofKeyword(String k) {
      return switch (k) {
        case "auto", "perceptual" -> PERCEPTUAL;
        case "relative", "relative-colorimetric" -> RELATIVE_COLORIMETRIC;
        case "relative-bpc" -> RELATIVE_COLORIMETRIC_BPC;
        default ->
            throw new IllegalArgumentException(
                "print-rendering-intent '"
                    + k
                    + "' is not one of auto, perceptual, relative, relative-bpc");
      };
    }
  }

  /** How much ink device values put down, for the total ink limit. */
  public interface InkLimit {
    /** Total amount (1, sum over inks of the fraction of a full solid) of these device values. */
    double total(double[] device);

    /** The largest total amount the medium takes (1). */
    double limit();
  }

  /**
   * The black-generation rule.
   *
   * @param start grey level g0 (1, of min(c, m, y)) where black starts
   * @param exponent γ of the black curve (1)
   * @param ucr under-colour removal u (1): fraction of k g taken from each colour ink
   */
  public record BlackGeneration(double start, double exponent, double ucr) {
    /**
     * Black from 20 % grey, γ 1.3, up to 90 % under-colour removal: black from the mid-tones on
     * (the colour inks keep the quarter tones smooth), and in the shadows mostly black, so that the
     * darkest neutral stays neutral. With 60 % removal the printer's black was L* 11.9 but at b*
     * +1.9 (the colour inks under the ink limit go yellow), beyond the 1.5; at 90 % it is
     * L* 15.3 (720 dpi; 10.7 at 1440 x 720, where the ink limit leaves less colour under the black)
     * with |a*|, |b*| ≤ 1.0.
     */
    public static final BlackGeneration MEDIUM = new BlackGeneration(0.2, 1.3, 0.9);
  }

  /** Grid points per axis of the A2B tables. */
  public static final int A2B_GRID = 17;

  /** Grid points per axis of the B2A tables. */
  public static final int B2A_GRID = 33;

  private static final double HUE_WEIGHT = 2; // residual scale: ΔH² weighs 4x

  /**
   * Largest chroma C*ab of a grey the profile still calls neutral when looking for its darkest
   * grey: 2.5. At 1.5 (the bound on a* and b*) this GCR's darkest grey is L* 22 and the
   * last four steps of a grey ramp would print alike; 2.5 keeps them apart (L* 13-20) at a b* of up
   * to +2.
   */
  static final double NEUTRAL_CHROMA = 2.5;

  private static final double NEUTRAL_WEIGHT = 3; // residual scale of a*, b* on the grey axis

  private final String description;
  private final CellularNeugebauer model;
  private final InkLimit inkLimit;
  private final BlackGeneration black;
  private final Xyz white;
  private final int controls;
  private final double[][] controlGrid;
  private final Lab[] controlLab;
  private final double blackL;
  private final GamutBoundary printer;
  private final GamutBoundary srgb;

  /**
   * A profile on this fitted model.
   *
   * @param description the profile's description tag
   * @param model the fitted model (four channels: C, M, Y, K)
   * @param inkLimit the total ink limit
   * @param black the black-generation rule
   */
  public OutputProfile(
      String description, CellularNeugebauer model, InkLimit inkLimit, BlackGeneration black) {
    if (model.channels() != 4) {
      throw new IllegalArgumentException(
          "output profiles are built for CMYK; the model has " + model.channels() + " channels");
    }
    this.description = description;
    this.model = model;
    this.inkLimit = inkLimit;
    this.black = black;
    this.white = model.predict(new double[4]);
    this.controls = 17;
    int nc = controls * controls * controls;
    controlGrid = new double[nc][];
    controlLab = new Lab[nc];
    GamutBoundary.Builder gb = new GamutBoundary.Builder();
    for (int i = 0; i < nc; i++) {
      int ci = i / (controls * controls);
      int mi = i / controls % controls;
      int yi = i % controls;
      double[] p = {ci / (controls - 1.0), mi / (controls - 1.0), yi / (controls - 1.0)};
      controlGrid[i] = p;
      controlLab[i] = relative(device(p));
      gb.add(controlLab[i]);
    }
    this.blackL = neutralBlack();
    this.printer = gb.build();
    GamutBoundary.Builder sb = new GamutBoundary.Builder();
    int s = 33;
    for (int r = 0; r < s; r++) {
      for (int g = 0; g < s; g++) {
        for (int b = 0; b < s; b++) {
          sb.add(Srgb.toXyz(r / (s - 1.0), g / (s - 1.0), b / (s - 1.0)).toLab());
        }
      }
    }
    this.srgb = sb.build();
  }

  /**
   * L* (media-relative) of the darkest neutral the printer makes: bisection on the L* of the grey
   * that the inverse still reaches within 0.5 L* and {@link #NEUTRAL_CHROMA}.
   */
  private double neutralBlack() {
    double lo = 0;
    double hi = 50;
    for (int it = 0; it < 12; it++) {
      double l = (lo + hi) / 2;
      Lab t = new Lab(l, 0, 0);
      Lab got = relative(device(solveWeighted(t, new double[] {1, 1, 1}, 1)));
      if (Math.abs(got.l() - l) < 0.5 && got.chroma() < NEUTRAL_CHROMA) {
        hi = l;
      } else {
        lo = l;
      }
    }
    return hi;
  }

  /** The media white (D50, 1): the unprinted paper. */
  public Xyz mediaWhite() {
    return white;
  }

  /** L* of the printer's black, relative to the paper. */
  public double blackLightness() {
    return blackL;
  }

  /** The fitted forward model. */
  public CellularNeugebauer model() {
    return model;
  }

  /** The measured-colour prediction (absolute, D50) of device values. */
  public Lab absolute(double[] device) {
    return model.predict(device).toLab();
  }

  /** Media-relative CIELAB (the paper is L* 100) of device values. */
  public Lab relative(double[] device) {
    return toRelative(model.predict(device));
  }

  /** Absolute XYZ to media-relative CIELAB (ICC v2: each of X, Y, Z scaled by D50 / white). */
  public Lab toRelative(Xyz abs) {
    return new Xyz(
            abs.x() * Xyz.D50.x() / white.x(),
            abs.y() * Xyz.D50.y() / white.y(),
            abs.z() * Xyz.D50.z() / white.z())
        .toLab();
  }

  /** Media-relative CIELAB to absolute XYZ. */
  public Xyz toAbsolute(Lab rel) {
    Xyz r = rel.toXyz();
    return new Xyz(
        r.x() * white.x() / Xyz.D50.x(),
        r.y() * white.y() / Xyz.D50.y(),
        r.z() * white.z() / Xyz.D50.z());
  }

  /** Device CMYK (1) of a control point (c, m, y): black generation, then the ink limit. */
  public double[] device(double[] p) {
    double c = p[0];
    double m = p[1];
    double y = p[2];
    double g = Math.min(c, Math.min(m, y));
    double t = Math.max(0, (g - black.start()) / (1 - black.start()));
    double k = Math.pow(t, black.exponent());
    double u = black.ucr() * k * g;
    double[] d = {Math.max(0, c - u), Math.max(0, m - u), Math.max(0, y - u), k};
    if (inkLimit.total(d) > inkLimit.limit()) {
      double lo = 0;
      double hi = 1;
      double[] e = d.clone();
      for (int it = 0; it < 30; it++) {
        double s = (lo + hi) / 2;
        for (int i = 0; i < 3; i++) {
          e[i] = d[i] * s;
        }
        if (inkLimit.total(e) > inkLimit.limit()) {
          hi = s;
        } else {
          lo = s;
        }
      }
      for (int i = 0; i < 3; i++) {
        d[i] *= lo;
      }
    }
    return d;
  }

  /** Device CMYK (1) that prints the media-relative colour {@code target} under {@code intent}. */
  public double[] toDevice(Lab target, Intent intent) {
    return device(solve(map(target, intent), null));
  }

  /**
   * The colour the inverse aims at for a media-relative source colour: the perceptual mapping, or
   * for relative colorimetric the colour itself, except that greys darker than the printer's
   * neutral black aim at that black (the nearest colour would be a tinted one).
   */
  Lab map(Lab src, Intent intent) {
    if (intent == Intent.PERCEPTUAL) {
      return perceptual(src);
    }
    double c = src.chroma();
    if (src.l() < blackL && c < 2) {
      return new Lab(blackL, src.a(), src.b());
    }
    return src;
  }

  /** The perceptual intent's mapping of a media-relative colour to the printer's gamut. */
  Lab perceptual(Lab src) {
    double l = blackL + (100 - blackL) * Math.max(0, Math.min(100, src.l())) / 100;
    double c = src.chroma();
    double h = src.hue();
    double cMax = printer.chroma(l, h);
    double knee = 0.85 * cMax;
    if (c > knee) {
      double cSrc = Math.max(srgb.chroma(src.l(), h), cMax + 1);
      c = knee + (cMax - knee) * (c - knee) / Math.max(1e-6, cSrc - knee);
    }
    double rad = Math.toRadians(h);
    return new Lab(l, c * Math.cos(rad), c * Math.sin(rad));
  }

  /** Control point (c, m, y) whose colour is nearest the target (hue weighted), from a start. */
  double[] solve(Lab t, double[] start) {
    return solveWeighted(t, start, NEUTRAL_WEIGHT);
  }

  private double[] solveWeighted(Lab t, double[] start, double neutral) {
    double[] p = start;
    double best = start == null ? Double.MAX_VALUE : cost(t, neutral, relative(device(start)));
    for (int i = 0; i < controlLab.length && controlLab[i] != null; i++) {
      double e = cost(t, neutral, controlLab[i]);
      if (e < best) {
        best = e;
        p = controlGrid[i];
      }
    }
    p = p.clone();
    double lambda = 1e-3;
    double[] r = residual(t, neutral, relative(device(p)));
    double err = dot(r, r);
    for (int it = 0; it < 25 && err > 1e-8; it++) {
      double[][] j = new double[3][3]; // j[row residual][col control]
      for (int c = 0; c < 3; c++) {
        double step = p[c] > 0.5 ? -1e-4 : 1e-4;
        double[] q = p.clone();
        q[c] += step;
        double[] rq = residual(t, neutral, relative(device(q)));
        for (int row = 0; row < 3; row++) {
          j[row][c] = (rq[row] - r[row]) / step;
        }
      }
      boolean improved = false;
      for (int tries = 0; tries < 6 && !improved; tries++) {
        double[] delta = lmStep(j, r, lambda);
        double[] q = new double[3];
        for (int c = 0; c < 3; c++) {
          q[c] = Math.max(0, Math.min(1, p[c] - delta[c]));
        }
        double[] rq = residual(t, neutral, relative(device(q)));
        double eq = dot(rq, rq);
        if (eq < err) {
          p = q;
          r = rq;
          double gain = err - eq;
          err = eq;
          lambda = Math.max(1e-7, lambda / 3);
          improved = true;
          if (gain < 1e-10) {
            return p;
          }
        } else {
          lambda *= 10;
        }
      }
      if (!improved) {
        break;
      }
    }
    return p;
  }

  private static double[] lmStep(double[][] j, double[] r, double lambda) {
    double[][] a = new double[3][3];
    double[] g = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        double s = 0;
        for (int row = 0; row < 3; row++) {
          s += j[row][i] * j[row][k];
        }
        a[i][k] = s;
      }
      a[i][i] += lambda * (a[i][i] + 1e-6);
      double s = 0;
      for (int row = 0; row < 3; row++) {
        s += j[row][i] * r[row];
      }
      g[i] = s;
    }
    double[][] inv = dev.fusejet.linear.Matrix3.invert(a);
    return new double[] {
      inv[0][0] * g[0] + inv[0][1] * g[1] + inv[0][2] * g[2],
      inv[1][0] * g[0] + inv[1][1] * g[1] + inv[1][2] * g[2],
      inv[2][0] * g[0] + inv[2][1] * g[1] + inv[2][2] * g[2]
    };
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  /** Residual of a colour against the target: ΔL, Δ along the target's hue, 2 Δ across it. */
  static double[] residual(Lab target, double neutral, Lab got) {
    double dl = got.l() - target.l();
    double da = got.a() - target.a();
    double db = got.b() - target.b();
    double c = target.chroma();
    if (c < 2) {
      // near the neutral axis a*, b* weigh up to 3x: dark greys stay grey rather than dark
      double w = neutral - (neutral - 1) * c / 2;
      return new double[] {dl, w * da, w * db};
    }
    double ua = target.a() / c;
    double ub = target.b() / c;
    return new double[] {dl, da * ua + db * ub, HUE_WEIGHT * (-da * ub + db * ua)};
  }

  private static double cost(Lab t, double neutral, Lab got) {
    double[] r = residual(t, neutral, got);
    return dot(r, r);
  }

  /** The ICC profile (version 2.4) with the default table sizes. */
  public byte[] icc(LocalDateTime created) {
    return icc(created, A2B_GRID, B2A_GRID);
  }

  /** The ICC profile with these grid sizes (A2B: per device axis; B2A: per Lab axis). */
  public byte[] icc(LocalDateTime created, int a2bGrid, int b2aGrid) {
    IccWriter.Lut a2b = a2b(a2bGrid);
    IccWriter.Lut rel = b2a(b2aGrid, Intent.RELATIVE_COLORIMETRIC);
    IccWriter.Lut per = b2a(b2aGrid, Intent.PERCEPTUAL);
    return IccWriter.write(
        description, "Made by fusejet profile", "CMYK", white, a2b, a2b, per, rel, created);
  }

  private IccWriter.Lut a2b(int grid) {
    int nodes = grid * grid * grid * grid;
    char[] clut = new char[nodes * 3];
    double[] d = new double[4];
    for (int i = 0; i < nodes; i++) {
      int r = i;
      for (int ch = 3; ch >= 0; ch--) {
        d[ch] = (r % grid) / (grid - 1.0);
        r /= grid;
      }
      Lab lab = relative(d);
      clut[3 * i] = IccWriter.encodeL(lab.l());
      clut[3 * i + 1] = IccWriter.encodeAb(lab.a());
      clut[3 * i + 2] = IccWriter.encodeAb(lab.b());
    }
    return new IccWriter.Lut(4, 3, grid, clut);
  }

  private IccWriter.Lut b2a(int grid, Intent intent) {
    int nodes = grid * grid * grid;
    char[] clut = new char[nodes * 4];
    double[] previous = null;
    for (int i = 0; i < nodes; i++) {
      int li = i / (grid * grid);
      int ai = i / grid % grid;
      int bi = i % grid;
      Lab lab =
          new Lab(
              IccWriter.decodeL(li * 65535 / (grid - 1)),
              IccWriter.decodeAb(ai * 65535 / (grid - 1)),
              IccWriter.decodeAb(bi * 65535 / (grid - 1)));
      double[] p = solve(map(lab, intent), bi == 0 ? null : previous);
      previous = p;
      double[] d = device(p);
      for (int ch = 0; ch < 4; ch++) {
        clut[4 * i + ch] = (char) Math.round(Math.max(0, Math.min(1, d[ch])) * 65535);
      }
    }
    return new IccWriter.Lut(3, 4, grid, clut);
  }
}
