package dev.fusejet.cli;

import dev.fusejet.colour.CellularNeugebauer;
import dev.fusejet.colour.Cgats;
import dev.fusejet.colour.Chart;
import dev.fusejet.colour.OutputProfile;
import dev.fusejet.colour.Patch;
import dev.fusejet.device.PrintMode;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.Separation;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Characterises the printer for one medium, ink set and quality: prints the standard chart through
 * the pipeline, measures it with the sheet model, fits the cellular model to the fit patches and
 * builds the output profile (the medium's ink limit at that resolution, medium GCR).
 */
final class ProfileMaker {
  private ProfileMaker() {}

  /**
   * Patch side of the chart the command prints (m): 3 mm. A strip reader needs about 6 mm for its
   * position tolerance; the simulated instrument has none, reads the central 1.8 mm (about 50 x 50
   * pixels at 720 dpi, far more than the screen's grain) and keeps the 1440 x 720 dpi chart at 22
   * Mpx.
   */
  static final double PATCH = 0.003;

  /** Patches per row of the chart. */
  static final int COLUMNS = 30;

  /** Verification patches. */
  static final int VERIFICATION = 150;

  /**
   * What a characterisation made.
   *
   * @param fit the fit patches, as measured
   * @param verify the verification patches, as measured
   * @param profile the profile
   * @param separation the separation of that quality's resolution (ink limit, linearisation)
   */
  record Result(List<Patch> fit, List<Patch> verify, OutputProfile profile, Separation separation) {

    /** The fit patches as a .ti3 with the ink limit keyword. */
    Cgats ti3(String descriptor) {
      return keywords(Cgats.ti3("CMYK", fit), descriptor);
    }

    /** The verification patches as a .ti3. */
    Cgats verifyTi3(String descriptor) {
      return keywords(Cgats.ti3("CMYK", verify), descriptor + " verification");
    }

    private Cgats keywords(Cgats t, String descriptor) {
      t.keyword("DESCRIPTOR", descriptor);
      t.keyword("ORIGINATOR", "fusejet profile (printed-sheet model)");
      t.keyword(
          "INSTRUMENTATION", "fusejet printed-sheet model: D50, 2 degree, 45/0, white backing");
      t.keyword(
          "TOTAL_INK_LIMIT",
          String.format(Locale.ROOT, "%.0f", 100 * inkLimitInDeviceTerms(separation)));
      return t;
    }
  }

  /** Name of the profile of a medium, ink set and quality. */
  static String name(String medium, String inks, String quality) {
    return medium + "." + inks + "." + quality;
  }

  static Result make(InkSet inks, Medium medium, String quality, double patch) {
    return make(inks, medium, quality, patch, null);
  }

  /** Characterises; when {@code sheet} is not null the chart's head data is written there. */
  static Result make(InkSet inks, Medium medium, String quality, double patch, Path sheet) {
    PrintMode setup = PrintMode.of(quality);
    ChartPrinter printer = new ChartPrinter(inks, medium, setup, patch);
    Chart chart = Chart.standard(COLUMNS, VERIFICATION);
    List<Patch> measured = printer.print(chart, sheet);
    List<Patch> fit = new ArrayList<>();
    List<Patch> verify = new ArrayList<>();
    for (int i = 0; i < measured.size(); i++) {
      (chart.entries().get(i).verification() ? verify : fit).add(measured.get(i));
    }
    Separation sep = Separation.build(inks, medium, setup.xDpi(), setup.yDpi(), ColourMode.COLOUR);
    CellularNeugebauer model = CellularNeugebauer.fit(Chart.levels(), fit);
    OutputProfile.InkLimit limit =
        new OutputProfile.InkLimit() {
          @Override
          public double total(double[] d) {
            double s = 0;
            for (double v : d) {
              s += sep.deviceAmount(v);
            }
            return s;
          }

          @Override
          public double limit() {
            return sep.inkLimit();
          }
        };
    String desc = "fusejet " + name(medium.name(), inks.name(), quality);
    OutputProfile profile =
        new OutputProfile(desc, model, limit, OutputProfile.BlackGeneration.MEDIUM);
    return new Result(fit, verify, profile, sep);
  }

  /**
   * The ink limit as ArgyllCMS states it (percent of device values summed), for the .ti3 keyword:
   * the device total whose amounts reach the limit on a neutral.
   */
  static double inkLimitInDeviceTerms(Separation sep) {
    double lo = 0;
    double hi = 1;
    for (int it = 0; it < 40; it++) {
      double v = (lo + hi) / 2;
      if (4 * sep.deviceAmount(v) > sep.inkLimit()) {
        hi = v;
      } else {
        lo = v;
      }
    }
    return Math.min(4, 4 * lo);
  }

  static byte[] icc(Result r, LocalDateTime created) {
    return r.profile().icc(created, 13, 25);
  }
}
