package dev.fusejet.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.media.Medium;
import dev.fusejet.twin.InkLoad;
import dev.fusejet.twin.SheetReport;
import dev.fusejet.twin.Twin;
import dev.fusejet.twin.TwinContours;
import dev.fusejet.twin.TwinSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The thermal twin beside the planner, for {@code window}: runs the twin at the planner's set point
 * at the nominal ink load, renders what it predicts next to the claimed products, says whether the
 * two agree, and traces the twin's own boundaries for the plot.
 */
final class WindowTwin {
  /** Nominal ink load at the planned point (m³/m²): 100 % coverage (physics 5.3). */
  static final double NOMINAL_LIQUID = InkLoad.VOLUME_AT_FULL_COVERAGE;

  /** Speeds sampled for the twin's boundaries on the plot (1). */
  static final int PLOT_SPEEDS = 16;

  private final Twin twin;
  private final FusingMode mode;
  private final SheetReport report;

  private WindowTwin(Twin twin, FusingMode mode, SheetReport report) {
    this.twin = twin;
    this.mode = mode;
    this.report = report;
  }

  /**
   * The twin at {@code point}.
   *
   * @throws IllegalArgumentException when the medium lacks what the twin needs
   */
  static WindowTwin at(Medium medium, Apparatus app, FusingMode mode, OperatingPoint point) {
    Twin twin = Twin.of(medium, app, TwinSettings.defaults().withRecordHistory(false));
    SheetReport r = twin.pass(point, new InkLoad(NOMINAL_LIQUID, InkLoad.TYPICAL_WATER_FRACTION));
    return new WindowTwin(twin, mode, r);
  }

  SheetReport report() {
    return report;
  }

  /** Whether the twin agrees with the claims of the mode at the point. */
  boolean agrees() {
    return report.agreesWith(mode) && report.converged();
  }

  /** The twin's verdict in words, e.g. "fused, not high gloss; nothing melts; no blister". */
  static String verdict(SheetReport r) {
    String surface = r.highGloss() ? "fused, high gloss" : r.fused() ? "fused" : "not fused";
    String resin =
        r.melted()
            ? String.format(Locale.ROOT, "the resin layer melts (%.1f %%)", 100 * r.meltFraction())
            : "nothing melts";
    return surface + "; " + resin + "; " + (r.blister() ? "blister risk" : "no blister");
  }

  /** Lines for the text report. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    SheetReport r = report;
    out.add(
        String.format(
            Locale.ROOT,
            "Twin at this point (100 %% coverage, %s): particle layer peak %.1f °C,"
                + " sintering %.0f %%, 60° gloss %.1f GU; resin layer peak %.1f °C, melted %.1f %%;"
                + " blister risk %.2f",
            TwinInputs.ml(r.liquidApplied()),
            r.particlePeak(),
            100 * r.sinteringDegree(),
            r.gloss60(),
            r.resinPeak(),
            100 * r.meltFraction(),
            r.blisterScore()));
    out.add("  the twin finds: " + verdict(r));
    if (!r.converged()) {
      out.add(
          "Warning: the twin's solver did not converge in "
              + r.unconvergedSteps()
              + " time steps; its numbers are not to be trusted");
    }
    if (!r.agreesWith(mode)) {
      out.add("Warning: " + disagreement());
    }
    return out;
  }

  /** Why the twin disagrees with the claims (one sentence). */
  String disagreement() {
    boolean claimed = report.claimed(mode);
    String want = mode == FusingMode.HIGH_GLOSS ? "high gloss" : "a fused surface";
    if (claimed) {
      return "the claims promise "
          + want
          + " here but the twin finds "
          + verdict(report)
          + " (docs/twin.md, \"Calibration\")";
    }
    return "the claims reject this point but the twin finds " + want + " with nothing melting";
  }

  /** The same as JSON fields on {@code n}. */
  void json(ObjectNode n) {
    SheetReport r = report;
    n.put("liquidM3PerM2", r.liquidApplied());
    n.put("particlePeakC", r.particlePeak());
    n.put("sinteringDegree", r.sinteringDegree());
    n.put("gloss60GU", r.gloss60());
    n.put("resinPeakC", r.resinPeak());
    n.put("meltFraction", r.meltFraction());
    n.put("blister", r.blister());
    n.put("blisterScore", r.blisterScore());
    n.put("fused", r.fused());
    n.put("highGloss", r.highGloss());
    n.put("melted", r.melted());
    n.put("contactConductanceWPerM2K", r.frontContact());
    n.put("converged", r.converged());
    n.put("agreesWithClaims", r.agreesWith(mode));
    if (!agrees()) {
      n.put("warning", r.converged() ? disagreement() : "the twin's solver did not converge");
    }
  }

  /**
   * The twin's boundary (dry sheet) as set temperature (°C) against dwell (ms) at {@link
   * #PLOT_SPEEDS} speeds over the apparatus range; NaN where it lies outside the temperature range.
   */
  static double[][] boundary(Twin twin, TwinContours.Boundary b) {
    var lim = twin.apparatus().limits();
    TwinContours tc = new TwinContours(twin, 0, InkLoad.TYPICAL_WATER_FRACTION);
    double[] t = new double[PLOT_SPEEDS];
    double[] dwellMs = new double[PLOT_SPEEDS];
    for (int i = 0; i < PLOT_SPEEDS; i++) {
      double v =
          lim.minSpeed() * Math.pow(lim.maxSpeed() / lim.minSpeed(), i / (PLOT_SPEEDS - 1.0));
      double c = tc.crossing(b, v, lim.minTemperature(), lim.maxTemperature());
      t[i] = Double.isFinite(c) ? c : Double.NaN;
      dwellMs[i] = twin.nip().dwell(v) * 1e3;
    }
    return new double[][] {t, dwellMs};
  }

  Twin twin() {
    return twin;
  }
}
