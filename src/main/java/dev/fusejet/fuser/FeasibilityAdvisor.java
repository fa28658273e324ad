package dev.fusejet.fuser;

import dev.fusejet.apparatus.OperatingLimits;
import dev.fusejet.fuser.Suggestion.Direction;
import dev.fusejet.fuser.Suggestion.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

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
      // No (T, t) at all satisfies the mode's conditions: no limit, tolerance or nip width can
      // help (each search would scan its extreme grid in vain), only the mode or the materials.
      out.add(new Suggestion(Parameter.MODE, Double.NaN, Direction.OTHER, Double.NaN, Double.NaN));
    } else {
      machine(out);
    }
    monotone(
        out,
        Parameter.GLASS_TRANSITION,
        c.glassTransition(),
        c.glassTransition() - 150,
        v -> p.withConditions(new ClaimedConditions(v, c.meltingTemperature(), c.mode())));
    monotone(
        out,
        Parameter.MELTING_TEMPERATURE,
        c.meltingTemperature(),
        c.meltingTemperature() + 150,
        v -> p.withConditions(new ClaimedConditions(c.glassTransition(), v, c.mode())));
    if (!c.isEmpty()) {
      nipWidth(out);
    }
    return out;
  }

  /** The apparatus' limits and temperature band, each alone. */
  private void machine(List<Suggestion> out) {
    monotone(
        out,
        Parameter.MAX_TEMPERATURE,
        l.maxTemperature(),
        Math.max(l.maxTemperature(), 300),
        v -> p.withLimits(limits(l.minTemperature(), v, l.minSpeed(), l.maxSpeed())));
    monotone(
        out,
        Parameter.MIN_TEMPERATURE,
        l.minTemperature(),
        Math.min(l.minTemperature(), 0),
        v -> p.withLimits(limits(v, l.maxTemperature(), l.minSpeed(), l.maxSpeed())));
    monotone(
        out,
        Parameter.MIN_SPEED,
        l.minSpeed(),
        l.minSpeed() / 20,
        v -> p.withLimits(limits(l.minTemperature(), l.maxTemperature(), v, l.maxSpeed())));
    monotone(
        out,
        Parameter.MAX_SPEED,
        l.maxSpeed(),
        l.maxSpeed() * 20,
        v -> p.withLimits(limits(l.minTemperature(), l.maxTemperature(), l.minSpeed(), v)));
    monotone(
        out, Parameter.TEMPERATURE_BAND, p.temperatureTolerance(), 0, p::withTemperatureTolerance);
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
   * the window feasible, with the threshold found by bisection: the returned bound is the last
   * value found infeasible, so any value strictly beyond it (towards the extreme, by more than the
   * bisection's resolution of |extreme - current| / 2^40) is feasible.
   */
  private void monotone(
      List<Suggestion> out,
      Parameter parameter,
      double current,
      double extreme,
      DoubleFunction<WindowProblem> with) {
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
    Direction d = extreme > current ? Direction.ABOVE : Direction.BELOW;
    out.add(new Suggestion(parameter, current, d, bad, Double.NaN));
  }

  /**
   * Scans nip widths from a fifth to five times the current one for the feasible range, then
   * bisects each end that lies inside the scan to the same resolution as the other parameters.
   */
  private void nipWidth(List<Suggestion> out) {
    int n = 200;
    double[] w = new double[n + 1];
    int first = -1;
    int last = -1;
    for (int i = 0; i <= n; i++) {
      w[i] = p.nipWidth() * 0.2 * Math.pow(25, (double) i / n);
      if (feasible(p.withNipWidth(w[i]))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    double lo = first == 0 ? w[0] : edge(w[first - 1], w[first]);
    double hi = last == n ? w[n] : edge(w[last + 1], w[last]);
    Suggestion s;
    if (last == n) {
      s = new Suggestion(Parameter.NIP_WIDTH, p.nipWidth(), Direction.ABOVE, lo, Double.NaN);
    } else if (first == 0) {
      s = new Suggestion(Parameter.NIP_WIDTH, p.nipWidth(), Direction.BELOW, hi, Double.NaN);
    } else {
      s = new Suggestion(Parameter.NIP_WIDTH, p.nipWidth(), Direction.BETWEEN, lo, hi);
    }
    out.add(s);
  }

  /** The last infeasible nip width (m) between an infeasible and a feasible one, by bisection. */
  private double edge(double bad, double good) {
    for (int i = 0; i < BISECTIONS; i++) {
      double mid = (bad + good) / 2;
      if (feasible(p.withNipWidth(mid))) {
        good = mid;
      } else {
        bad = mid;
      }
    }
    return bad;
  }
}
