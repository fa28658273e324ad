package dev.fusejet.fuser;

import java.util.List;
import java.util.Optional;

/**
 * Picks the fusing set point: the fastest speed on the apparatus' speed grid at which some
 * temperature on its temperature grid keeps both claimed expressions strictly true over the whole
 * tolerance box (T ± dT, speed ± e, nip width ± its tolerance), and at that speed the temperature
 * that balances the two worst-case margins.
 *
 * <p>Why the fastest speed: the robust temperature interval at speed v is (Tg + dT + G / t_lo(v),
 * T_M - dT + M / t_hi(v)); its lower end rises and its upper end falls as v rises, so robust speeds
 * form one interval starting at the slowest speed, except where Tg >= T_M - 2 dT, when only short
 * dwells work. The planner therefore scans every grid speed from the fastest down, which handles
 * both shapes, and stops at the first robust one. Stateless and thread-safe.
 */
public final class ProcessWindowPlanner {

  private ProcessWindowPlanner() {}

  /** Solves the problem; never throws for a validated apparatus and medium. */
  public static WindowPlan plan(WindowProblem p) {
    double[] speeds = grid(p.limits().minSpeed(), p.limits().maxSpeed(), p.limits().speedStep());
    double[] temps =
        grid(
            p.limits().minTemperature(), p.limits().maxTemperature(), p.limits().temperatureStep());
    double[] found = search(p);
    if (found != null) {
      return feasible(p, found[1], found[0], temps);
    }
    return infeasible(p, speeds, temps);
  }

  /**
   * The robust set point {temperature °C, speed m/s} at the fastest grid speed, or null if there is
   * none.
   */
  static double[] search(WindowProblem p) {
    double[] speeds = grid(p.limits().minSpeed(), p.limits().maxSpeed(), p.limits().speedStep());
    double[] temps =
        grid(
            p.limits().minTemperature(), p.limits().maxTemperature(), p.limits().temperatureStep());
    for (int i = speeds.length - 1; i >= 0; i--) {
      double v = speeds[i];
      Candidate best = bestTemperature(p, v, temps);
      if (p.robust(best.temperature, v)) {
        return new double[] {best.temperature, v};
      }
    }
    return null;
  }

  private record Candidate(double temperature, double worstMargin) {}

  /**
   * The grid temperature with the largest smallest margin at speed v. The heat margin rises and the
   * melt margin falls with T, so their minimum peaks where they cross: binary search for the first
   * grid temperature whose heat margin reaches its melt margin, then compare it with its neighbour.
   */
  private static Candidate bestTemperature(WindowProblem p, double v, double[] temps) {
    int lo = 0;
    int hi = temps.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (p.heatMargin(temps[mid], v) >= p.meltMargin(temps[mid], v)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    Candidate best = null;
    for (int j = Math.max(0, lo - 1); j <= lo; j++) {
      double t = temps[j];
      double w = Math.min(p.heatMargin(t, v), p.meltMargin(t, v));
      if (best == null || w > best.worstMargin) {
        best = new Candidate(t, w);
      }
    }
    return best;
  }

  private static WindowPlan feasible(
      WindowProblem p, double v, double temperature, double[] temps) {
    double dwell = p.dwell(v);
    double low = Double.NaN;
    double high = Double.NaN;
    for (double t : temps) {
      if (p.robust(t, v)) {
        low = Double.isNaN(low) ? t : low;
        high = t;
      }
    }
    ClaimedConditions c = p.conditions();
    return new WindowPlan(
        p,
        Optional.of(new OperatingPoint(temperature, v)),
        c.heat(temperature, dwell),
        c.melt(temperature, dwell),
        p.heatMargin(temperature, v),
        p.meltMargin(temperature, v),
        low,
        high,
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  private static WindowPlan infeasible(WindowProblem p, double[] speeds, double[] temps) {
    double bestV = speeds[0];
    Candidate best = null;
    for (double v : speeds) {
      Candidate c = bestTemperature(p, v, temps);
      if (best == null || c.worstMargin > best.worstMargin) {
        best = c;
        bestV = v;
      }
    }
    double heat = p.heatMargin(best.temperature, bestV);
    double melt = p.meltMargin(best.temperature, bestV);
    List<Suggestion> suggestions = new FeasibilityAdvisor(p).suggest();
    return new WindowPlan(
        p,
        Optional.empty(),
        Double.NaN,
        Double.NaN,
        heat,
        melt,
        Double.NaN,
        Double.NaN,
        Optional.of(blocking(p, best.temperature, heat, melt)),
        Optional.of(new OperatingPoint(best.temperature, bestV)),
        suggestions);
  }

  /**
   * Which expression blocks: {@link Blocking#HEAT} when the best point is pinned at the maximum
   * temperature by (1), {@link Blocking#MELT} when pinned at the minimum temperature by (2),
   * otherwise {@link Blocking#BOTH} (the window is narrower than the tolerance band, or empty).
   */
  private static Blocking blocking(WindowProblem p, double temperature, double heat, double melt) {
    if (heat <= 0 && melt > 0 && temperature >= p.limits().maxTemperature()) {
      return Blocking.HEAT;
    }
    if (melt <= 0 && heat > 0 && temperature <= p.limits().minTemperature()) {
      return Blocking.MELT;
    }
    return Blocking.BOTH;
  }

  /**
   * The grid from lo to hi in steps: lo + i step, with the binary rounding noise of the sum (a few
   * ulps) snapped to the decimal six places finer than the step (the step 0.005 m/s gives
   * nanometres per second), so a grid value is the number a person would write (0.165, not
   * 0.16499999999999998) and a point that lies exactly on a boundary in decimal is evaluated there;
   * hi is always included, and a point within a millionth of a step of hi is taken as hi.
   */
  static double[] grid(double lo, double hi, double step) {
    int n = (int) Math.floor((hi - lo) / step + 1e-6);
    double scale = Math.pow(10, Math.ceil(-Math.log10(step)) + 6);
    boolean endsOnHi = Math.abs(lo + n * step - hi) <= 1e-6 * step;
    double[] g = new double[endsOnHi ? n + 1 : n + 2];
    for (int i = 0; i <= n; i++) {
      // Snap only the rounding noise of the sum (a few ulps), never a value the limits set.
      double v = lo + i * step;
      double decimal = Math.round(v * scale) / scale;
      g[i] = Math.min(hi, Math.abs(decimal - v) <= 8 * Math.ulp(v) ? decimal : v);
    }
    g[g.length - 1] = hi;
    return g;
  }
}
