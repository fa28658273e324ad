package dev.fusejet.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.media.Medium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Step from a cold start (25 °C) to 180 °C on the plant, per controller: overshoot, settling time
 * and steady error of the true surface within the bounds docs/fuser.md states.
 */
class StepResponseTest {
  static final double TARGET = 180;

  /** Figures of one step response. */
  record Step(double overshoot, double settling, double steadyError, double peakToPeak) {}

  static Step step(Apparatus a, String controller, double band) {
    Medium m = Catalog.builtIn().medium("glossy-ldpe-70");
    Fuser f = Fuser.create(a, m, Fuser.Options.defaults().withController(controller));
    f.setTarget(TARGET);
    double max = Double.NEGATIVE_INFINITY;
    double lastOut = 0;
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int n = 0;
    while (f.time() < 600) {
      f.advance(f.period());
      double t = f.surface();
      max = Math.max(max, t);
      if (Math.abs(t - TARGET) > band) {
        lastOut = f.time();
      }
      if (f.time() > 480) {
        sum += t - TARGET;
        lo = Math.min(lo, t);
        hi = Math.max(hi, t);
        n++;
      }
    }
    assertThat(f.fault()).isEmpty();
    return new Step(max - TARGET, lastOut, sum / n, hi - lo);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    // apparatus, controller, settling band (K), max overshoot (K), max settling (s),
    // max |mean error| (K), max peak-to-peak over the last 120 s (K)
    "roller-nip, pid, 2, 6, 120, 0.5, 1",
    "roller-nip, mpc, 2, 3, 120, 0.5, 1",
    "roller-nip, onoff, 12, 15, 150, 5, 20",
    "belt-nip, pid, 2, 6, 90, 0.5, 1",
    "belt-nip, mpc, 2, 3, 90, 0.5, 1",
    "belt-nip, onoff, 12, 15, 150, 5, 20",
  })
  void stepWithinBounds(
      String apparatus,
      String controller,
      double band,
      double overshoot,
      double settling,
      double error,
      double peakToPeak) {
    Step s = step(Catalog.builtIn().apparatus(apparatus), controller, band);
    System.out.printf(
        "step %s %s: overshoot %.2f K, settling (±%.0f K) %.1f s, steady error %.2f K, p-p %.2f K%n",
        apparatus, controller, s.overshoot(), band, s.settling(), s.steadyError(), s.peakToPeak());
    assertThat(s.overshoot()).isLessThanOrEqualTo(overshoot);
    assertThat(s.settling()).isLessThanOrEqualTo(settling);
    assertThat(Math.abs(s.steadyError())).isLessThanOrEqualTo(error);
    assertThat(s.peakToPeak()).isLessThanOrEqualTo(peakToPeak);
  }

  @Test
  void autotunedGainsMeetTheBoundsAndTheModelMatchesTheWall() {
    Apparatus a = Catalog.builtIn().apparatus("roller-nip");
    Medium m = Catalog.builtIn().medium("glossy-ldpe-70");
    Autotune.Result r = Autotune.run(a, m, TARGET, 7);
    r.lines().forEach(System.out::println);
    Apparatus tuned = a.withHeaterControl(Autotune.tuned(a, r));
    Step pid = step(tuned, "pid", 2);
    Step mpc = step(tuned, "mpc", 2);
    assertThat(pid.overshoot()).isLessThanOrEqualTo(6);
    assertThat(pid.settling()).isLessThanOrEqualTo(120);
    assertThat(Math.abs(pid.steadyError())).isLessThanOrEqualTo(0.5);
    assertThat(mpc.overshoot()).isLessThanOrEqualTo(3);
    assertThat(mpc.settling()).isLessThanOrEqualTo(120);
    // the identified heat capacity against the wall's from its geometry and Incropera's properties
    Fuser f = Fuser.create(a, m, Fuser.Options.defaults());
    assertThat(r.mpc().heatCapacity()).isCloseTo(f.wallCapacity(), within(0.1 * f.wallCapacity()));
    // relay theory: for the relay's 0.5 half swing, Ku · a = 2/π
    assertThat(r.ultimateGain() * r.amplitude()).isCloseTo(2 / Math.PI, within(1e-9));
  }
}
