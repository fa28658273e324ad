package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.OperatingLimits;
import dev.fusejet.fuser.ClaimedConditions;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.WindowPlan;
import dev.fusejet.fuser.WindowProblem;
import dev.fusejet.media.Medium;
import dev.fusejet.plot.Chart;
import dev.fusejet.twin.Twin;
import dev.fusejet.twin.TwinContours;
import dev.fusejet.units.Quantities;
import java.awt.Color;

/**
 * Draws the (T, t) plane of a plan: the region where both claimed expressions hold, the robust set
 * points inside the apparatus limits, the two boundary hyperbolas t = G / (T - Tg) and t = M / (T -
 * T_M), the limits, and the chosen point. Temperatures in °C, dwell in ms.
 */
final class WindowPlot {
  private static final int COLUMNS = 240;
  private static final int ROWS = 200;

  private WindowPlot() {}

  static Chart draw(WindowPlan plan, Medium medium, Apparatus app) {
    return draw(plan, medium, app, null);
  }

  /**
   * The plot, with the thermal twin's own boundaries (fused or high gloss for the plan's mode, and
   * melt onset; dry sheet) drawn dashed beside the hyperbolas when {@code twin} is not null.
   */
  static Chart draw(WindowPlan plan, Medium medium, Apparatus app, Twin twin) {
    WindowProblem p = plan.problem();
    ClaimedConditions c = p.conditions();
    FusingMode mode = c.mode();
    OperatingLimits l = p.limits();
    double tLo = l.minTemperature() - 20;
    double tHi = l.maxTemperature() + 20;
    double dwellMax = p.dwell(l.minSpeed()) * 1.25;
    boolean[][] nominal = new boolean[ROWS][COLUMNS];
    boolean[][] robust = new boolean[ROWS][COLUMNS];
    for (int r = 0; r < ROWS; r++) {
      double dwell = dwellMax * r / (ROWS - 1);
      for (int k = 0; k < COLUMNS; k++) {
        double temp = tLo + (tHi - tLo) * k / (COLUMNS - 1);
        nominal[r][k] = dwell > 0 && c.holds(temp, dwell);
        double v = dwell > 0 ? p.nipWidth() / dwell : Double.POSITIVE_INFINITY;
        robust[r][k] =
            dwell > 0
                && temp >= l.minTemperature()
                && temp <= l.maxTemperature()
                && v >= l.minSpeed()
                && v <= l.maxSpeed()
                && p.robust(temp, v);
      }
    }
    Chart chart =
        new Chart(
                "Fusing window: " + medium.name() + " on " + app.name() + ", " + mode.label(),
                "surface temperature T (°C)",
                "dwell t (ms)")
            .xRange(tLo, tHi)
            .yRange(0, dwellMax * 1e3)
            .mask(
                "claimed conditions hold",
                nominal,
                tLo,
                tHi,
                0,
                dwellMax * 1e3,
                new Color(120, 200, 120, 110))
            .mask(
                "robust within limits",
                robust,
                tLo,
                tHi,
                0,
                dwellMax * 1e3,
                new Color(0, 120, 60, 170));
    int n = 400;
    double[] xs = new double[n];
    double[] heat = new double[n];
    double[] melt = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = tLo + (tHi - tLo) * i / (n - 1);
      heat[i] = xs[i] > c.glassTransition() ? 1e3 * c.minimumDwell(xs[i]) : Double.NaN;
      melt[i] = xs[i] > c.meltingTemperature() ? 1e3 * c.maximumDwell(xs[i]) : Double.NaN;
    }
    chart.line("(T - Tg) t = " + Quantities.fmt(mode.heatThreshold()) + " °C·s", xs, heat);
    chart.line("(T - T_M) t = " + Quantities.fmt(mode.meltLimit()) + " °C·s", xs, melt);
    if (twin != null) {
      TwinContours.Boundary heatBoundary =
          mode == FusingMode.HIGH_GLOSS
              ? TwinContours.Boundary.HIGH_GLOSS
              : TwinContours.Boundary.FUSED;
      double[][] h = WindowTwin.boundary(twin, heatBoundary);
      double[][] m = WindowTwin.boundary(twin, TwinContours.Boundary.MELT);
      chart.dashedLine(
          "twin: " + (mode == FusingMode.HIGH_GLOSS ? "high gloss" : "fused"), h[0], h[1]);
      chart.dashedLine("twin: melt onset", m[0], m[1]);
    }
    chart.verticalLine(l.minTemperature(), "T min");
    chart.verticalLine(l.maxTemperature(), "T max");
    chart.horizontalLine(p.dwell(l.maxSpeed()) * 1e3, "max speed");
    chart.horizontalLine(p.dwell(l.minSpeed()) * 1e3, "min speed");
    plan.point()
        .ifPresent(
            pt ->
                chart.point(
                    pt.temperature(),
                    p.dwell(pt.speed()) * 1e3,
                    Quantities.celsius(pt.temperature()) + ", " + Quantities.speed(pt.speed())));
    plan.bestPoint()
        .ifPresent(
            pt -> chart.point(pt.temperature(), p.dwell(pt.speed()) * 1e3, "best (not robust)"));
    return chart;
  }
}
