package dev.fusejet.fuser;

import static dev.fusejet.units.Quantities.celsius;
import static dev.fusejet.units.Quantities.fmt;
import static dev.fusejet.units.Quantities.length;
import static dev.fusejet.units.Quantities.speed;

import dev.fusejet.apparatus.OperatingLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out, in numbers, what would make an infeasible window feasible: each suggestion changes one
 * parameter with all others kept, solving the blocking robust inequality for it.
 *
 * <p>With t_lo(v) = w (1 - e_w) / (v (1 + e)) and t_hi(v) = w (1 + e_w) / (v (1 - e)), a set point
 * (T, v) is robust iff T > Tg + dT + G / t_lo(v) and T < T_M - dT + M / t_hi(v).
 */
final class FeasibilityAdvisor {
  private final WindowProblem p;
  private final OperatingLimits l;
  private final double tg;
  private final double tm;
  private final double g;
  private final double m;
  private final double dT;

  FeasibilityAdvisor(WindowProblem p) {
    this.p = p;
    this.l = p.limits();
    this.tg = p.conditions().glassTransition();
    this.tm = p.conditions().meltingTemperature();
    this.g = p.conditions().mode().heatThreshold();
    this.m = p.conditions().mode().meltLimit();
    this.dT = p.temperatureTolerance();
  }

  List<Suggestion> suggest(String blocking) {
    List<Suggestion> out = new ArrayList<>();
    if (p.conditions().isEmpty()) {
      out.add(
          new Suggestion(
              "mode",
              p.conditions().mode().label(),
              "standard, or a medium with Tg < T_M",
              "with Tg = "
                  + celsius(tg)
                  + " >= T_M = "
                  + celsius(tm)
                  + " this mode has no window at any temperature and dwell"));
    }
    if (blocking.equals("heat")) {
      heatBlocks(out);
    } else if (blocking.equals("melt")) {
      meltBlocks(out);
    } else {
      bothBlock(out);
    }
    return out;
  }

  /** Smallest robust T at speed v (exclusive, °C). */
  private double heatFloor(double v) {
    return tg + dT + g / p.shortestDwell(v);
  }

  /** Largest robust T at speed v (exclusive, °C). */
  private double meltCeiling(double v) {
    return tm - dT + m / p.longestDwell(v);
  }

  private void heatBlocks(List<Suggestion> out) {
    double vmin = l.minSpeed();
    double need = heatFloor(vmin);
    out.add(
        new Suggestion(
            "limits.max-temperature",
            celsius(l.maxTemperature()),
            "> " + celsius(need),
            "at the slowest speed "
                + speed(vmin)
                + " (1) needs T above "
                + celsius(need)
                + (need < meltCeiling(vmin)
                    ? ", still below the melt limit " + celsius(meltCeiling(vmin))
                    : ", but that breaks (2) (limit " + celsius(meltCeiling(vmin)) + ")")));
    double excess = l.maxTemperature() - dT - tg;
    if (excess > 0) {
      double widthFactor = 1 - p.nipWidthTolerance();
      double vNeed = p.nipWidth() * widthFactor * excess / ((1 + p.speedTolerance()) * g);
      out.add(
          new Suggestion(
              "limits.min-speed",
              speed(l.minSpeed()),
              "< " + speed(vNeed),
              "at "
                  + celsius(l.maxTemperature())
                  + " the dwell must exceed "
                  + fmt(g / excess * 1e3)
                  + " ms (worst case)"));
      double wNeed = g * vmin * (1 + p.speedTolerance()) / (widthFactor * excess);
      out.add(
          new Suggestion(
              "nip width (belt.nip-length or nip.measured-width)",
              length(p.nipWidth()),
              "> " + length(wNeed),
              "a longer nip (e.g. a belt nip) gives the dwell at "
                  + speed(vmin)
                  + " and "
                  + celsius(l.maxTemperature())));
    } else {
      out.add(
          new Suggestion(
              "limits.max-temperature",
              celsius(l.maxTemperature()),
              "> " + celsius(tg + dT),
              "no dwell helps while the worst-case surface temperature stays at or below Tg"));
    }
    out.add(
        new Suggestion(
            "medium: surface-layer.resin-particles.glass-transition",
            celsius(tg),
            "< " + celsius(l.maxTemperature() - dT - g / p.shortestDwell(vmin)),
            "particles with a lower Tg fuse within the available heat"));
  }

  private void meltBlocks(List<Suggestion> out) {
    double vmax = l.maxSpeed();
    double ceiling = meltCeiling(vmax);
    out.add(
        new Suggestion(
            "limits.min-temperature",
            celsius(l.minTemperature()),
            "< " + celsius(ceiling),
            "even the coolest set point overheats the resin layer at " + speed(vmax)));
    double excess = l.minTemperature() + dT - tm;
    if (excess > 0) {
      double vNeed =
          p.nipWidth() * (1 + p.nipWidthTolerance()) * excess / ((1 - p.speedTolerance()) * m);
      out.add(
          new Suggestion(
              "limits.max-speed",
              speed(vmax),
              "> " + speed(vNeed),
              "a shorter dwell keeps (T - T_M) t below " + fmt(m) + " °C·s"));
    }
    out.add(
        new Suggestion(
            "medium: support.face-resin.melting-temperature",
            celsius(tm),
            "> " + celsius(l.minTemperature() + dT - m / p.longestDwell(vmax)),
            "a resin layer melting higher (e.g. HDPE or PP) tolerates the nip"));
  }

  private void bothBlock(List<Suggestion> out) {
    double[] speeds = ProcessWindowPlanner.grid(l.minSpeed(), l.maxSpeed(), l.speedStep());
    double bestGap = Double.NEGATIVE_INFINITY;
    double bestV = speeds[0];
    for (double v : speeds) {
      double gap = meltCeiling(v) - heatFloor(v);
      if (gap > bestGap) {
        bestGap = gap;
        bestV = v;
      }
    }
    double allowed = dT + bestGap / 2;
    out.add(
        new Suggestion(
            "sensor.accuracy + limits.temperature-droop",
            fmt(dT) + " K",
            allowed > 0 ? "< " + fmt(allowed) + " K" : "impossible (window empty at every speed)",
            "at "
                + speed(bestV)
                + " the robust window is "
                + fmt(bestGap)
                + " K wide: the temperature band must fit inside the nominal window"));
    double spread = 2 * dT + g / p.shortestDwell(bestV) - m / p.longestDwell(bestV);
    out.add(
        new Suggestion(
            "medium: T_M - Tg",
            fmt(tm - tg) + " K",
            "> " + fmt(spread) + " K",
            "a wider gap between resin-layer melting and particle Tg opens the window at "
                + speed(bestV)));
  }
}
