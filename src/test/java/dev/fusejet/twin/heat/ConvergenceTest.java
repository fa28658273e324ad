package dev.fusejet.twin.heat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Observed order of accuracy in space and time (physics reference 6.7): errors against the erf
 * solution on uniform grids halved twice, and against a fine-step reference on a fixed grid for
 * halved time steps.
 */
class ConvergenceTest {

  static final double K = 0.15;
  static final double RC = 1e6;
  static final double END = 0.02;

  static double spaceError(int cells) {
    Grid g = Grid.uniform(1e-3, cells);
    HeatSolver s = AnalyticValidationTest.linear(g.widths(), RC, K, 25);
    s.setTop(Surface.fixed(150));
    TimeStepper.uniform(s, END, 8000, StepListener.none());
    return AnalyticValidationTest.maxError(
        s, g, x -> Analytic.stepSurface(25, 150, K / RC, x, END));
  }

  @Test
  void secondOrderInSpace() {
    double e1 = spaceError(50);
    double e2 = spaceError(100);
    double e3 = spaceError(200);
    double p1 = Math.log(e1 / e2) / Math.log(2);
    double p2 = Math.log(e2 / e3) / Math.log(2);
    System.out.printf(
        "space: max errors %.4g %.4g %.4g K (dx 20/10/5 um), orders %.3f %.3f%n",
        e1, e2, e3, p1, p2);
    assertThat(p1).isCloseTo(2.0, within(0.05));
    assertThat(p2).isCloseTo(2.0, within(0.05));
  }

  static double[] run(int steps, TimeStepper.Scheme scheme, boolean melting) {
    Grid g = Grid.uniform(0.6e-3, 120);
    HeatSolver s = new HeatSolver(g.widths());
    for (int i = 0; i < s.size(); i++) {
      if (melting) {
        // wide melting range keeps H(T) smooth enough for the order to show
        s.setMelting(i, RC, 1.2 * RC, 1e8, 60, 100, K, 0.8 * K);
      } else {
        s.setLinear(i, RC, K);
      }
    }
    s.fill(25);
    s.setTop(Surface.convective(5000, 150));
    TimeStepper.graded(s, END, END / steps, 1.0, END / steps, scheme, StepListener.none());
    double[] t = new double[s.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = s.temperature(i);
    }
    return t;
  }

  static double diff(double[] a, double[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }

  static double[] timeOrders(TimeStepper.Scheme scheme, boolean melting) {
    double[] ref = run(5120, scheme, melting);
    double e1 = diff(run(20, scheme, melting), ref);
    double e2 = diff(run(40, scheme, melting), ref);
    double e3 = diff(run(80, scheme, melting), ref);
    double p1 = Math.log(e1 / e2) / Math.log(2);
    double p2 = Math.log(e2 / e3) / Math.log(2);
    System.out.printf(
        "time %s melting=%b: errors %.4g %.4g %.4g K (dt 1/0.5/0.25 ms), orders %.3f %.3f%n",
        scheme, melting, e1, e2, e3, p1, p2);
    return new double[] {p1, p2};
  }

  @Test
  void secondOrderInTimeCrankNicolson() {
    double[] p = timeOrders(TimeStepper.Scheme.CRANK_NICOLSON, false);
    assertThat(p[0]).isCloseTo(2.0, within(0.05));
    assertThat(p[1]).isCloseTo(2.0, within(0.05));
  }

  @Test
  void secondOrderInTimeTrBdf2WithMelting() {
    double[] p = timeOrders(TimeStepper.Scheme.TR_BDF2, true);
    assertThat(p[1]).isCloseTo(2.0, within(0.05));
    double[] q = timeOrders(TimeStepper.Scheme.TR_BDF2, false);
    assertThat(q[0]).isCloseTo(2.0, within(0.05));
    assertThat(q[1]).isCloseTo(2.0, within(0.05));
  }

  @Test
  void secondOrderInTimeAdaptiveWithMelting() {
    double[] p = timeOrders(TimeStepper.Scheme.ADAPTIVE, true);
    assertThat(p[1]).isCloseTo(2.0, within(0.05));
  }

  @Test
  void backwardEulerIsFirstOrderSoTheTestCanTellTheDifference() {
    double[] p = timeOrders(TimeStepper.Scheme.BACKWARD_EULER, false);
    assertThat(p[1]).isCloseTo(1.0, within(0.05));
  }
}
