package dev.fusejet.fuser;

import static dev.fusejet.units.Quantities.celsius;
import static dev.fusejet.units.Quantities.fmt;
import static dev.fusejet.units.Quantities.length;
import static dev.fusejet.units.Quantities.speed;

import dev.fusejet.apparatus.OperatingLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Works out, in numbers, what single change would make an infeasible window feasible. Each
 * candidate parameter is varied alone, all others kept, and the planner itself decides feasibility,
 * so a suggestion is never one that the planner would then reject.
 *
 * <p>Every parameter but the nip width acts monotonically (raising the maximum temperature,
 * lowering the minimum speed, narrowing the tolerance band, lowering Tg, raising T_M only add
 * robust set points), so the threshold is found by bisection between the current value and a
 * physically sensible extreme. The nip width shifts both ends of the dwell range and is scanned.
 */
final class FeasibilityAdvisor {
  private static final int BISECTIONS = 40;

  private final WindowProblem p;
  private final OperatingLimits l;

  FeasibilityAdvisor(WindowProblem p) {
    this.p = p;
    this.l = p.limits();
  }

  List<Suggestion> suggest() {
    List<Suggestion> out = new ArrayList<>();
    ClaimedConditions c = p.conditions();
    if (c.isEmpty()) {
      out.add(
          new Suggestion(
              "mode",
              c.mode().label(),
              "standard, or a medium with Tg < T_M",
              "with Tg = "
                  + celsius(c.glassTransition())
                  + " >= T_M = "
                  + celsius(c.meltingTemperature())
                  + " this mode has no window at any temperature and dwell"));
    }
    monotone(
        out,
        "limits.max-temperature",
        l.maxTemperature(),
        Math.max(l.maxTemperature(), 300),
        v -> p.withLimits(limits(l.minTemperature(), v, l.minSpeed(), l.maxSpeed())),
        celsius(l.maxTemperature()),
        v -> "> " + celsius(v),
        "a hotter set point reaches the sintering threshold");
    monotone(
        out,
        "limits.min-temperature",
        l.minTemperature(),
        Math.min(l.minTemperature(), 0),
        v -> p.withLimits(limits(v, l.maxTemperature(), l.minSpeed(), l.maxSpeed())),
        celsius(l.minTemperature()),
        v -> "< " + celsius(v),
        "a cooler set point keeps the resin layer below its melt limit");
    monotone(
        out,
        "limits.min-speed",
        l.minSpeed(),
        l.minSpeed() / 20,
        v -> p.withLimits(limits(l.minTemperature(), l.maxTemperature(), v, l.maxSpeed())),
        speed(l.minSpeed()),
        v -> "< " + speed(v),
        "a slower speed gives a longer dwell");
    monotone(
        out,
        "limits.max-speed",
        l.maxSpeed(),
        l.maxSpeed() * 20,
        v -> p.withLimits(limits(l.minTemperature(), l.maxTemperature(), l.minSpeed(), v)),
        speed(l.maxSpeed()),
        v -> "> " + speed(v),
        "a faster speed gives a shorter dwell");
    monotone(
        out,
        "sensor.accuracy + limits.temperature-droop",
        p.temperatureTolerance(),
        0,
        p::withTemperatureTolerance,
        fmt(p.temperatureTolerance()) + " K",
        v -> "< " + fmt(v) + " K",
        "a tighter temperature band fits inside the window");
    monotone(
        out,
        "medium: surface-layer.resin-particles.glass-transition",
        c.glassTransition(),
        c.glassTransition() - 150,
        v -> p.withConditions(new ClaimedConditions(v, c.meltingTemperature(), c.mode())),
        celsius(c.glassTransition()),
        v -> "< " + celsius(v),
        "particles with a lower Tg sinter with less heat");
    monotone(
        out,
        "medium: support.face-resin.melting-temperature",
        c.meltingTemperature(),
        c.meltingTemperature() + 150,
        v -> p.withConditions(new ClaimedConditions(c.glassTransition(), v, c.mode())),
        celsius(c.meltingTemperature()),
        v -> "> " + celsius(v),
        "a resin layer melting higher (HDPE, PP) tolerates more heat");
    nipWidth(out);
    return out;
  }

  private OperatingLimits limits(double tMin, double tMax, double vMin, double vMax) {
    return new OperatingLimits(
        tMin,
        tMax,
        vMin,
        vMax,
        l.speedTolerance(),
        l.temperatureDroop(),
        Math.min(l.speedStep(), (vMax - vMin) / 4 + 1e-12),
        l.temperatureStep());
  }

  private static boolean feasible(WindowProblem q) {
    return ProcessWindowPlanner.search(q) != null;
  }

  /**
   * Adds a suggestion if moving the parameter from {@code current} towards {@code extreme} makes
   * the window feasible, with the threshold found by bisection.
   */
  private void monotone(
      List<Suggestion> out,
      String parameter,
      double current,
      double extreme,
      DoubleFunction<WindowProblem> with,
      String currentText,
      DoubleFunction<String> needed,
      String why) {
    if (current == extreme || !feasible(with.apply(extreme))) {
      return;
    }
    double bad = current;
    double good = extreme;
    for (int i = 0; i < BISECTIONS; i++) {
      double mid = (bad + good) / 2;
      if (feasible(with.apply(mid))) {
        good = mid;
      } else {
        bad = mid;
      }
    }
    out.add(new Suggestion(parameter, currentText, needed.apply(bad), why));
  }

  /** Scans nip widths from a fifth to five times the current one for the feasible range. */
  private void nipWidth(List<Suggestion> out) {
    UnaryOperator<Double> scale = f -> p.nipWidth() * f;
    double lo = Double.NaN;
    double hi = Double.NaN;
    int n = 200;
    for (int i = 0; i <= n; i++) {
      double w = scale.apply(0.2 * Math.pow(25, (double) i / n));
      if (feasible(p.withNipWidth(w))) {
        lo = Double.isNaN(lo) ? w : lo;
        hi = w;
      }
    }
    if (!Double.isNaN(lo)) {
      out.add(
          new Suggestion(
              "nip width (nip.measured-width or belt.nip-length)",
              length(p.nipWidth()),
              hi >= p.nipWidth() * 5 * (1 - 1e-9)
                  ? "> " + length(lo)
                  : lo <= p.nipWidth() * 0.2 * (1 + 1e-9)
                      ? "< " + length(hi)
                      : "between " + length(lo) + " and " + length(hi),
              "a different nip (e.g. a belt nip) moves the dwell range into the window"));
    }
  }
}
