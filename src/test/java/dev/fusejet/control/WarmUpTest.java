package dev.fusejet.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cold start against the energy balance: the wall cannot reach the set point sooner than its heat
 * capacity times the rise over the rated power (no losses), and the readiness rule adds its 10 s
 * window and the controller's settling.
 */
class WarmUpTest {

  @ParameterizedTest(name = "{0} to {1} °C")
  @CsvSource({"roller-nip, 200", "belt-nip, 175"})
  void coldStartTakesTheEnergyBalancePlusTheReadinessRule(String apparatus, double target) {
    Apparatus a = Catalog.builtIn().apparatus(apparatus);
    Fuser f = Fuser.create(a, Catalog.builtIn().medium("glossy-ldpe-70"), Fuser.Options.defaults());
    double rise = target - a.control().ambient();
    // the fastest possible: all of the rated power into the wall, nothing lost
    double lossless = f.wallCapacity() * rise / f.ratedPower();
    f.setTarget(target);
    double reached = Double.NaN;
    while (!f.status().ready() && f.time() < 600) {
      f.advance(f.period());
      if (Double.isNaN(reached) && f.surface() >= target - 1) {
        reached = f.time();
      }
    }
    double ready = f.time();
    System.out.printf(
        "%s cold start to %.0f °C: wall %.0f J/K, %.0f W: lossless %.1f s; surface within 1 K at"
            + " %.1f s, ready at %.1f s, energy %.1f kJ (wall %.1f kJ)%n",
        apparatus,
        target,
        f.wallCapacity(),
        f.ratedPower(),
        lossless,
        reached,
        ready,
        f.heaterEnergy() / 1000,
        f.wallCapacity() * rise / 1000);
    assertThat(f.status().ready()).isTrue();
    assertThat(reached).isGreaterThanOrEqualTo(0.95 * lossless);
    // losses (air, pressure roller) at most double it on the way up
    assertThat(reached).isLessThanOrEqualTo(2 * lossless + 10);
    // the readiness rule: a 10 s window inside 1 K, after the controller settles (StepResponseTest)
    assertThat(ready - reached).isBetween(Readiness.WINDOW, 60.0);
    // the heater delivered at least the wall's heat
    assertThat(f.heaterEnergy()).isGreaterThanOrEqualTo(f.wallCapacity() * rise * 0.95);
  }
}
