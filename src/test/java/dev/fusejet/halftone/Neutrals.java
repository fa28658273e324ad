package dev.fusejet.halftone;

import dev.fusejet.colour.Levels;
import dev.fusejet.colour.SheetModel;
import dev.fusejet.config.Catalog;
import dev.fusejet.ink.DropSize;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.Separation;
import dev.fusejet.units.Units;
import java.util.List;

/**
 * Neutral grey patches as a user prints them: the built-in pigment CMYK set on glossy-ldpe-70 at
 * 720 dpi, a grey separated by the printing path's separation, screened with all four inks, and
 * looked at two ways: where the inks land relative to each other, and how the patch looks through
 * the printed-sheet model ({@link SheetModel}) after an eye-sized blur.
 */
final class Neutrals {
  private Neutrals() {}

  static final InkSet INKS = Catalog.builtIn().inkSet("pigment-cmyk");
  static final Medium MEDIUM = Catalog.builtIn().medium("glossy-ldpe-70");

  /** Resolution (dpi) of the patches. */
  static final double DPI = 720;

  /** Rows screened before a patch starts: error diffusion settles in a few rows. */
  static final int SETTLE = 64;

  static final ToneLevels LEVELS = levels(INKS);

  static final Separation SEPARATION = Separation.build(INKS, MEDIUM, DPI, DPI, ColourMode.COLOUR);

  private static ToneLevels levels(InkSet set) {
    List<DropSize> d = set.dropSizes();
    return ToneLevels.ofDropVolumes(d.get(0).volume(), d.get(1).volume(), d.get(2).volume());
  }

  /**
   * The packed amounts (ink i in bits 16 i ..) of a grey of {@code percent} % (sRGB value 255 (1 -
   * percent / 100) on all three channels).
   */
  static long grey(double percent) {
    int v = (int) Math.round(255 * (1 - percent / 100));
    long[] out = new long[1];
    SEPARATION.separatePacked(new int[] {v * 0x010101}, 0, 1, out, 0);
    return out[0];
  }

  /** Amount (FULL units) of ink i in a packed word. */
  static int amount(long packed, int ink) {
    return (int) (packed >>> (16 * ink)) & 0xffff;
  }

  /** A size x size patch of one packed amount, all inks: levels[ink][y * size + x]. */
  static byte[][] screen(Halftoner h, long packed, int size) {
    int inks = SEPARATION.inks();
    Halftoner.PageScreen s = h.page(size, inks, LEVELS);
    long[] row = new long[size];
    java.util.Arrays.fill(row, packed);
    int stride = Halftoner.stride(size);
    byte[][] out = new byte[inks][stride];
    byte[][] lv = new byte[inks][size * size];
    for (int y = 0; y < SETTLE + size; y++) {
      s.packedRow(y, row, 0, out, 0, 0, inks);
      if (y >= SETTLE) {
        for (int c = 0; c < inks; c++) {
          for (int x = 0; x < size; x++) {
            lv[c][(y - SETTLE) * size + x] = (byte) Halftoner.level(out[c], 0, x);
          }
        }
      }
    }
    return lv;
  }

  /**
   * Where the inks meet: for each ink the event "this pixel got the upper of the two levels around
   * the ink's amount" (for a light tint: a drop at all); returns {the fraction of pixels where two
   * or more inks had it, the fraction expected were the inks placed independently (from each ink's
   * own fraction: 1 - P(none) - P(exactly one))}.
   */
  static double[] overlap(byte[][] lv, long packed) {
    int inks = lv.length;
    int n = lv[0].length;
    int[] interval = new int[inks];
    double[] p = new double[inks];
    for (int c = 0; c < inks; c++) {
      int a = amount(packed, c);
      interval[c] = a >= LEVELS.tone(2) ? 2 : a >= LEVELS.tone(1) ? 1 : 0;
    }
    long two = 0;
    for (int i = 0; i < n; i++) {
      int k = 0;
      for (int c = 0; c < inks; c++) {
        if (lv[c][i] > interval[c]) {
          k++;
          p[c]++;
        }
      }
      if (k >= 2) {
        two++;
      }
    }
    double none = 1;
    for (int c = 0; c < inks; c++) {
      p[c] /= n;
      none *= 1 - p[c];
    }
    double one = 0;
    for (int c = 0; c < inks; c++) {
      double q = p[c];
      for (int d = 0; d < inks; d++) {
        if (d != c) {
          q *= 1 - p[d];
        }
      }
      one += q;
    }
    return new double[] {two / (double) n, 1 - none - one};
  }

  /**
   * Eye-sized blur: a Gaussian whose modulation transfer falls to 1/e at 1.38 cycles/mm, where the
   * high-frequency factor exp(-0.138 f) of Dooley and Shaw's visual transfer function (f in cycles
   * per degree; R. P. Dooley, R. Shaw, J. Appl. Photogr. Eng. 5 (1979) 190) does at 300 mm viewing
   * distance: sigma = 1 / (sqrt(2) pi 1.38 mm⁻¹) = 0.163 mm (m).
   */
  static final double EYE_SIGMA = 0.163e-3;

  /**
   * Mottle of a patch: the standard deviation of L* (D50) over the patch after the eye-sized blur,
   * the colour of each pixel's area from the sheet model (dots of the neighbours included), blurred
   * in the model's Yule-Nielsen space (where averaging over an area is what the model does), the
   * rim of three sigmas dropped.
   */
  static double mottle(byte[][] lv, int size) {
    SheetModel model = new SheetModel(INKS, MEDIUM, DPI, DPI);
    double n = MEDIUM.optics().yuleNielsenN();
    Levels levels =
        (ink, x, y) -> x < 0 || y < 0 || x >= size || y >= size ? 0 : lv[ink][y * size + x];
    double[] yn = new double[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        yn[y * size + x] = Math.pow(model.measure(levels, x, y, 1, 1).y(), 1 / n);
      }
    }
    double sigma = EYE_SIGMA / (Units.INCH / DPI);
    int r = (int) Math.ceil(3 * sigma);
    double[] k = new double[2 * r + 1];
    double sum = 0;
    for (int i = -r; i <= r; i++) {
      k[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
      sum += k[i + r];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    int m = size - 2 * r;
    double[] rows = new double[size * m];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < m; x++) {
        double acc = 0;
        for (int i = 0; i < k.length; i++) {
          acc += k[i] * yn[y * size + x + i];
        }
        rows[y * m + x] = acc;
      }
    }
    double s = 0;
    double s2 = 0;
    for (int y = 0; y < m; y++) {
      for (int x = 0; x < m; x++) {
        double acc = 0;
        for (int i = 0; i < k.length; i++) {
          acc += k[i] * rows[(y + i) * m + x];
        }
        double l = lightness(Math.pow(acc, n));
        s += l;
        s2 += l * l;
      }
    }
    double count = (double) m * m;
    double mean = s / count;
    return Math.sqrt(Math.max(0, s2 / count - mean * mean));
  }

  /**
   * Mottle of a patch through a simple density print model, the one the measurements used:
   * each pixel's ink of each ink is the drop level's volume as a fraction of the solid's load
   * ({@link Separation#amountMax()} of a large drop at every pixel), spread by the dot gain (a
   * Gaussian of a quarter of the large dot's diameter, {@link SheetModel#dotDiameter});
   * Beer-Lambert subtractive mixing on the luminance factor, Y = Y_paper prod_i (Y_i /
   * Y_paper)^(d_i), Y_i the ink's solid; the eye-sized blur on Y; the standard deviation of L* with
   * the rim dropped. Unlike the sheet model, where a medium and a large dot that both fill their
   * pixel look the same, the amount of ink counts here, so patterns of medium and large drops (dark
   * tones) show.
   */
  static double densityMottle(byte[][] lv, int size) {
    double pitch = Units.INCH / DPI;
    double yPaper =
        new dev.fusejet.colour.Lab(
                MEDIUM.optics().whiteLightness(),
                MEDIUM.optics().whiteA(),
                MEDIUM.optics().whiteB())
            .toXyz()
            .y();
    double large = INKS.dropSizes().get(2).volume();
    double dotSigma = SheetModel.dotDiameter(large, MEDIUM.optics().dotSpread()) / 4 / pitch;
    double solid = SEPARATION.amountMax();
    double[] logY = new double[size * size];
    java.util.Arrays.fill(logY, Math.log(yPaper));
    for (int c = 0; c < lv.length; c++) {
      var s = INKS.inks().get(c).solid();
      double yInk = new dev.fusejet.colour.Lab(s.lightness(), s.a(), s.b()).toXyz().y();
      double[] d = new double[size * size];
      for (int i = 0; i < d.length; i++) {
        d[i] = LEVELS.fraction(lv[c][i]) / solid;
      }
      d = blur(d, size, dotSigma, false);
      double k = Math.log(yInk / yPaper);
      for (int i = 0; i < d.length; i++) {
        logY[i] += k * d[i];
      }
    }
    double[] y = new double[size * size];
    for (int i = 0; i < y.length; i++) {
      y[i] = Math.exp(logY[i]);
    }
    double sigma = EYE_SIGMA / pitch;
    double[] b = blur(y, size, sigma, true);
    int m = (int) Math.sqrt(b.length);
    double s = 0;
    double s2 = 0;
    for (double v : b) {
      double l = lightness(v);
      s += l;
      s2 += l * l;
    }
    double mean = s / b.length;
    return Math.sqrt(Math.max(0, s2 / b.length - mean * mean)) + 0 * m;
  }

  /**
   * Separable Gaussian blur of a size x size image; {@code crop}: only the (size - 2r)² interior
   * where the kernel (r = 3 sigma) fits, else the whole image with edges clamped.
   */
  static double[] blur(double[] img, int size, double sigma, boolean crop) {
    int r = Math.max(1, (int) Math.ceil(3 * sigma));
    double[] k = new double[2 * r + 1];
    double sum = 0;
    for (int i = -r; i <= r; i++) {
      k[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
      sum += k[i + r];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    int o = crop ? r : 0;
    int m = crop ? size - 2 * r : size;
    double[] rows = new double[size * m];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < m; x++) {
        double acc = 0;
        for (int i = 0; i < k.length; i++) {
          int xx = Math.max(0, Math.min(size - 1, x + o + i - r));
          acc += k[i] * img[y * size + xx];
        }
        rows[y * m + x] = acc;
      }
    }
    double[] out = new double[m * m];
    for (int y = 0; y < m; y++) {
      for (int x = 0; x < m; x++) {
        double acc = 0;
        for (int i = 0; i < k.length; i++) {
          int yy = Math.max(0, Math.min(size - 1, y + o + i - r));
          acc += k[i] * rows[yy * m + x];
        }
        out[y * m + x] = acc;
      }
    }
    return out;
  }

  /** CIE 1976 L* of a luminance factor Y (white 1), CIE 15:2004. */
  static double lightness(double y) {
    double e = 216.0 / 24389;
    double f = y > e ? Math.cbrt(y) : (24389.0 / 27 * y + 16) / 116;
    return 116 * f - 16;
  }
}
