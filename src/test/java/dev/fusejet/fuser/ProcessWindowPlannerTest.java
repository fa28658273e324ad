package dev.fusejet.fuser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.apparatus.OperatingLimits;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The planner against the claimed expressions evaluated directly (not through the planner's own
 * worst-case formulas): at exact equality, on hand-worked presets, and on thousands of random
 * problems whose answers are checked over the whole tolerance box and against brute force.
 */
class ProcessWindowPlannerTest {

  private static OperatingLimits limits(double tMin, double tMax, double vMin, double vMax) {
    return new OperatingLimits(tMin, tMax, vMin, vMax, 0, 0, 1e-3, 0.5);
  }

  private static WindowProblem exact(
      double tg, double tm, FusingMode mode, OperatingLimits l, double width) {
    return new WindowProblem(new ClaimedConditions(tg, tm, mode), width, 0, l, 0, 0);
  }

  // Dyadic numbers make (T - Tg) t exact in binary: v = 1/8 m/s, w = 1/256 m, t = 1/32 s.
  private static final double V = 0.125;
  private static final double W = 1.0 / 256;

  @Test
  void heatExpressionAtExactEqualityIsRejected() {
    // (T - Tg) t = (134 - 70) / 32 = 2 exactly: the strict inequality fails.
    WindowPlan at =
        ProcessWindowPlanner.plan(exact(70, 110, FusingMode.STANDARD, limits(134, 134, V, V), W));
    assertThat(at.feasible()).isFalse();
    assertThat(at.heatMargin()).isEqualTo(0.0);
    WindowPlan above =
        ProcessWindowPlanner.plan(
            exact(70, 110, FusingMode.STANDARD, limits(134.5, 134.5, V, V), W));
    assertThat(above.feasible()).isTrue();
    assertThat(above.heatValue()).isEqualTo(64.5 / 32);
  }

  @Test
  void meltExpressionAtExactEqualityIsRejected() {
    // (T - T_M) t = (206 - 110) / 32 = 3 exactly.
    WindowPlan at =
        ProcessWindowPlanner.plan(exact(70, 110, FusingMode.STANDARD, limits(206, 206, V, V), W));
    assertThat(at.feasible()).isFalse();
    assertThat(at.meltMargin()).isEqualTo(0.0);
    WindowPlan below =
        ProcessWindowPlanner.plan(
            exact(70, 110, FusingMode.STANDARD, limits(205.5, 205.5, V, V), W));
    assertThat(below.feasible()).isTrue();
  }

  @Test
  void highGlossThresholdAtExactEquality() {
    // (T - Tg) t = 6 needs T - Tg = 192 at t = 1/32.
    assertThat(
            ProcessWindowPlanner.plan(
                    exact(0, 200, FusingMode.HIGH_GLOSS, limits(192, 192, V, V), W))
                .feasible())
        .isFalse();
    assertThat(
            ProcessWindowPlanner.plan(
                    exact(0, 200, FusingMode.HIGH_GLOSS, limits(192.5, 192.5, V, V), W))
                .feasible())
        .isTrue();
  }

  @Test
  void rollerPresetStandardWorkedByHand() {
    // glossy-ldpe-70 on roller-nip: Tg 70, T_M 112, w 6 mm ± 3 %, dT = 2 + 5 K, speed ± 1 %.
    OperatingLimits l = new OperatingLimits(100, 200, 0.020, 0.300, 0.01, 5, 1e-3, 0.5);
    WindowProblem p =
        new WindowProblem(
            new ClaimedConditions(70, 112, FusingMode.STANDARD), 0.006, 0.03, l, 7, 0.01);
    WindowPlan plan = ProcessWindowPlanner.plan(p);
    // At 300 mm/s: t_lo = 0.006 * 0.97 / (0.3 * 1.01) = 19.208 ms; the robust floor is
    // 70 + 7 + 2 / 0.019208 = 181.1 °C, the ceiling 112 - 7 + 3 / t_hi(20.594 ms) = 250.7 °C,
    // so the fastest speed works and the balanced temperature is capped at 200 °C.
    assertThat(plan.point()).isPresent();
    assertThat(plan.point().get().speed()).isEqualTo(0.300);
    assertThat(plan.point().get().temperature()).isEqualTo(200.0);
    assertThat(plan.heatMargin())
        .isCloseTo((200 - 7 - 70) * 0.006 * 0.97 / (0.3 * 1.01) - 2, within(1e-12));
    assertThat(plan.meltMargin())
        .isCloseTo(3 - (200 + 7 - 112) * 0.006 * 1.03 / (0.3 * 0.99), within(1e-12));
    assertThat(plan.robustTemperatureLow()).isEqualTo(181.5);
    assertThat(plan.robustTemperatureHigh()).isEqualTo(200.0);
  }

  @Test
  void highGlossIsNeverFeasibleWhenTgReachesTm() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 300; i++) {
      double tm = 100 + 80 * rnd.nextDouble();
      double tg = tm + 60 * rnd.nextDouble();
      WindowProblem p =
          exact(
              tg,
              tm,
              FusingMode.HIGH_GLOSS,
              new OperatingLimits(0, 300, 0.001, 2, 0, 0, 1e-3, 0.5),
              0.03);
      assertThat(p.conditions().isEmpty()).isTrue();
      WindowPlan plan = ProcessWindowPlanner.plan(p);
      assertThat(plan.feasible()).isFalse();
      assertThat(plan.suggestions())
          .extracting(Suggestion::parameter)
          .contains(Suggestion.Parameter.MODE);
    }
  }

  @Test
  void standardWithTgAboveTmNeedsTAbove3TgMinus2Tm() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int i = 0; i < 300; i++) {
      double tm = 100 + 50 * rnd.nextDouble();
      double tg = tm + 20 * rnd.nextDouble();
      ClaimedConditions c = new ClaimedConditions(tg, tm, FusingMode.STANDARD);
      double floor = 3 * tg - 2 * tm;
      assertThat(c.lowestTemperature()).isCloseTo(floor, within(1e-9));
      // Just above the floor a dwell exists; just below none does.
      double above = floor + 0.01;
      assertThat(c.minimumDwell(above)).isLessThan(c.maximumDwell(above));
      double mid = (c.minimumDwell(above) + c.maximumDwell(above)) / 2;
      assertThat(c.holds(above, mid)).isTrue();
      double below = floor - 0.01;
      assertThat(c.minimumDwell(below)).isGreaterThan(c.maximumDwell(below));
      // And the planner's chosen point (no tolerances) respects it.
      WindowPlan plan =
          ProcessWindowPlanner.plan(
              exact(
                  tg,
                  tm,
                  FusingMode.STANDARD,
                  new OperatingLimits(0, 400, 0.005, 3, 0, 0, 1e-3, 0.5),
                  0.006));
      plan.point().ifPresent(pt -> assertThat(pt.temperature()).isGreaterThan(floor));
    }
  }

  @Test
  void highGlossUpperTemperatureIsTwoTmMinusTg() {
    ClaimedConditions c = new ClaimedConditions(70, 112, FusingMode.HIGH_GLOSS);
    assertThat(c.highestTemperature()).isCloseTo(154, within(1e-12));
    assertThat(c.minimumDwell(153.99)).isLessThan(c.maximumDwell(153.99));
    assertThat(c.minimumDwell(154.01)).isGreaterThan(c.maximumDwell(154.01));
  }

  /**
   * Property: for random media, apparatus limits and tolerances, a chosen point keeps both strict
   * inequalities at every corner and at random interior points of its tolerance box, no faster grid
   * speed has any robust grid temperature, and when no point is chosen brute force over the whole
   * grid finds none either.
   */
  @Test
  void randomProblemsAreRobustOptimalAndComplete() {
    SplittableRandom rnd = new SplittableRandom(20261130);
    int feasible = 0;
    for (int n = 0; n < 500; n++) {
      FusingMode mode = rnd.nextBoolean() ? FusingMode.STANDARD : FusingMode.HIGH_GLOSS;
      double tg = 50 + 130 * rnd.nextDouble();
      double tm = 100 + 80 * rnd.nextDouble();
      double tMin = 60 + 80 * rnd.nextDouble();
      double tMax = tMin + 150 * rnd.nextDouble();
      double vMin = 0.01 + 0.1 * rnd.nextDouble();
      double vMax = vMin + 0.4 * rnd.nextDouble();
      double width = 0.003 + 0.02 * rnd.nextDouble();
      double dT = 10 * rnd.nextDouble();
      double e = 0.03 * rnd.nextDouble();
      double ew = 0.05 * rnd.nextDouble();
      OperatingLimits l = new OperatingLimits(tMin, tMax, vMin, vMax, e, 0, 0.002, 0.5);
      WindowProblem p = new WindowProblem(new ClaimedConditions(tg, tm, mode), width, ew, l, dT, e);
      WindowPlan plan = ProcessWindowPlanner.plan(p);
      double[] speeds = ProcessWindowPlanner.grid(vMin, vMax, 0.002);
      double[] temps = ProcessWindowPlanner.grid(tMin, tMax, 0.5);
      if (plan.feasible()) {
        feasible++;
        OperatingPoint pt = plan.point().get();
        assertThat(pt.temperature()).isBetween(tMin, tMax);
        assertThat(pt.speed()).isBetween(vMin, vMax);
        assertThat(robustByCorners(p, pt.temperature(), pt.speed(), rnd)).isTrue();
        assertThat(plan.heatMargin()).isPositive();
        assertThat(plan.meltMargin()).isPositive();
        for (double v : speeds) {
          if (v > pt.speed() + 1e-12) {
            for (double t : temps) {
              assertThat(robustByCorners(p, t, v, null)).as("faster robust point exists").isFalse();
            }
          }
        }
      } else {
        for (double v : speeds) {
          for (double t : temps) {
            assertThat(robustByCorners(p, t, v, null)).as("missed robust point").isFalse();
          }
        }
      }
    }
    // The generator must exercise both outcomes.
    assertThat(feasible).isBetween(50, 450);
  }

  /** Evaluates the claimed expressions directly on the tolerance box. */
  private static boolean robustByCorners(
      WindowProblem p, double t, double v, SplittableRandom rnd) {
    ClaimedConditions c = p.conditions();
    double dT = p.temperatureTolerance();
    double e = p.speedTolerance();
    double ew = p.nipWidthTolerance();
    for (int a = -1; a <= 1; a += 2) {
      for (int b = -1; b <= 1; b += 2) {
        for (int d = -1; d <= 1; d += 2) {
          double dwell = p.nipWidth() * (1 + d * ew) / (v * (1 + b * e));
          if (!c.holds(t + a * dT, dwell)) {
            return false;
          }
        }
      }
    }
    if (rnd != null) {
      for (int i = 0; i < 20; i++) {
        double tt = t + dT * (2 * rnd.nextDouble() - 1);
        double dwell =
            p.nipWidth()
                * (1 + ew * (2 * rnd.nextDouble() - 1))
                / (v * (1 + e * (2 * rnd.nextDouble() - 1)));
        if (!c.holds(tt, dwell)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The problem with one parameter set to {@code v} (its unit), built here from the parameter's
   * meaning, not by the advisor's own code.
   */
  private static WindowProblem with(WindowProblem p, Suggestion.Parameter param, double v) {
    OperatingLimits l = p.limits();
    ClaimedConditions c = p.conditions();
    double tMin = l.minTemperature();
    double tMax = l.maxTemperature();
    double vMin = l.minSpeed();
    double vMax = l.maxSpeed();
    switch (param) {
      case MAX_TEMPERATURE -> tMax = v;
      case MIN_TEMPERATURE -> tMin = v;
      case MIN_SPEED -> vMin = v;
      case MAX_SPEED -> vMax = v;
      case TEMPERATURE_BAND -> {
        return p.withTemperatureTolerance(v);
      }
      case GLASS_TRANSITION -> {
        return p.withConditions(new ClaimedConditions(v, c.meltingTemperature(), c.mode()));
      }
      case MELTING_TEMPERATURE -> {
        return p.withConditions(new ClaimedConditions(c.glassTransition(), v, c.mode()));
      }
      case NIP_WIDTH -> {
        return p.withNipWidth(v);
      }
      case MODE -> throw new AssertionError("no number");
    }
    // A range narrower than the speed step keeps a grid of at least a few speeds.
    double step = Math.min(l.speedStep(), (vMax - vMin) / 4 + 1e-12);
    return p.withLimits(
        new OperatingLimits(
            tMin,
            tMax,
            vMin,
            vMax,
            l.speedTolerance(),
            l.temperatureDroop(),
            step,
            l.temperatureStep()));
  }

  /**
   * Every suggestion, not only one: moved 0.1 % of its threshold beyond it, the parameter alone
   * makes the window feasible; moved 0.1 % short of it (still beyond the current value), it does
   * not. For a range, its middle works and just outside it does not.
   */
  @Test
  void infeasibleSuggestionsEachMakeItFeasible() {
    // lustre-ldpe-85 in high gloss on the roller nip: narrower than the 7 K band.
    OperatingLimits l = new OperatingLimits(100, 200, 0.020, 0.300, 0.01, 5, 1e-3, 0.5);
    WindowProblem p =
        new WindowProblem(
            new ClaimedConditions(85, 110, FusingMode.HIGH_GLOSS), 0.006, 0.03, l, 7, 0.01);
    WindowPlan plan = ProcessWindowPlanner.plan(p);
    assertThat(plan.feasible()).isFalse();
    assertThat(plan.blocking()).contains(Blocking.BOTH);
    assertThat(plan.suggestions())
        .extracting(Suggestion::parameter)
        .contains(
            Suggestion.Parameter.TEMPERATURE_BAND,
            Suggestion.Parameter.GLASS_TRANSITION,
            Suggestion.Parameter.MELTING_TEMPERATURE);
    for (Suggestion s : plan.suggestions()) {
      String what = s.toString();
      double n = s.needed();
      double d = 1e-3 * Math.max(Math.abs(n), 1e-3);
      switch (s.direction()) {
        case ABOVE -> {
          assertThat(ProcessWindowPlanner.plan(with(p, s.parameter(), n + d)).feasible())
              .as(what)
              .isTrue();
          if (n - d > s.current()) {
            assertThat(ProcessWindowPlanner.plan(with(p, s.parameter(), n - d)).feasible())
                .as(what)
                .isFalse();
          }
        }
        case BELOW -> {
          assertThat(ProcessWindowPlanner.plan(with(p, s.parameter(), n - d)).feasible())
              .as(what)
              .isTrue();
          if (n + d < s.current()) {
            assertThat(ProcessWindowPlanner.plan(with(p, s.parameter(), n + d)).feasible())
                .as(what)
                .isFalse();
          }
        }
        case BETWEEN -> {
          double mid = (n + s.neededHigh()) / 2;
          assertThat(ProcessWindowPlanner.plan(with(p, s.parameter(), mid)).feasible())
              .as(what)
              .isTrue();
          assertThat(ProcessWindowPlanner.plan(with(p, s.parameter(), n * 0.9)).feasible())
              .as(what)
              .isFalse();
          assertThat(
                  ProcessWindowPlanner.plan(with(p, s.parameter(), s.neededHigh() * 1.1))
                      .feasible())
              .as(what)
              .isFalse();
        }
        case OTHER -> throw new AssertionError("no mode suggestion expected: " + what);
      }
    }
  }

  /**
   * The exact boundary: Tg 70, T_M 110, standard, 100-180 °C, 20-300 mm/s in 5 mm/s steps,
   * a 3 mm nip, no tolerances. At 165 mm/s and 180 °C, (180 - 70) 0.003 / 0.165 = 2 exactly in
   * decimal; the planner must reject it (docs/process-window.md) and choose the next slower grid
   * speed, 160 mm/s, where (110)(0.003 / 0.160) = 2.0625.
   */
  @Test
  void decimalBoundaryPointIsRejected() {
    OperatingLimits l = new OperatingLimits(100, 180, 0.020, 0.300, 0, 0, 0.005, 1);
    WindowPlan plan = ProcessWindowPlanner.plan(exact(70, 110, FusingMode.STANDARD, l, 0.003));
    assertThat(plan.feasible()).isTrue();
    assertThat(plan.point().orElseThrow().speed()).isEqualTo(0.160);
    assertThat(plan.heatValue()).isCloseTo(2.0625, within(1e-12));
    double[] grid = ProcessWindowPlanner.grid(0.020, 0.300, 0.005);
    assertThat(grid[29]).isEqualTo(0.165);
    assertThat(grid).hasSize(57).endsWith(0.300);
  }
}
