package dev.fusejet.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.media.Medium;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sensor reads the skin at its angular position (the skin recovered for the time a point takes
 * from the nip's exit to the sensor), so the controller holds the surface the sheets meet; and what
 * happens when the sensor reads low though the surface is too hot.
 */
class SensorPositionTest {

  /** A plant held near {@code target} (°C) for 300 s by a proportional law. */
  private static Plant settled(Apparatus a, Medium m, double target) {
    Plant p = new Plant(a, m);
    for (int i = 0; i < 1000; i++) {
      p.advance(0.3, (target - p.surface()) / 5);
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"roller-nip", "belt-nip"})
  void skinRecoveryAtTheSensorConvergesAndSeesTheRecoveredSkin(String apparatus) {
    Apparatus a = Catalog.builtIn().apparatus(apparatus);
    Medium m = Catalog.builtIn().medium("glossy-ldpe-70");
    Plant p = settled(a, m, 180);
    double speed = a.limits().maxSpeed();
    double before = p.surface();
    double core = p.core();
    Sheet sheet = Sheet.photo(2.0);
    p.contact(p.time(), speed, sheet.liquid(), sheet.waterFraction(), 1, 0.01);
    double exit = p.surface();
    double age = p.sensorAge(speed);
    double coarse = p.recovered(p.profile(), age);
    double fine = p.recovered(p.profile(), age, 256);
    System.out.printf(
        "%s: before %.2f, core %.2f, skin at nip exit %.2f, at the sensor (%.3f s later) %.3f (8"
            + " steps) / %.3f (256) °C%n",
        apparatus, before, core, exit, age, coarse, fine);
    // the age: 180° of a 20 mm roller at the top speed, from the geometry
    assertThat(age)
        .isCloseTo(
            Math.PI * a.heatRoller().radius() / speed, org.assertj.core.data.Offset.offset(1e-12));
    // a second method: the same recovery in 32 times finer steps
    assertThat(Math.abs(coarse - fine)).isLessThanOrEqualTo(0.01);
    // the nip-exit skin is far below; at the sensor the thin coat has recovered (d²/α of 30 µm
    // silicone ≈ 7 ms, of a 50 µm polyimide belt ≈ 30 ms, both well under the age) to within the
    // sheet's lumped droop of the surface before the contact
    assertThat(before - exit).isGreaterThan(20.0);
    assertThat(before - coarse).isBetween(-0.5, 4.0);
    // the sensor itself: the untouched surface until the first contacted points arrive, then them
    assertThat(p.sensed()).isEqualTo(before);
    p.advance(age + 0.01, 0);
    assertThat(p.sensed()).isCloseTo(coarse, org.assertj.core.data.Offset.offset(0.5));
  }

  @Test
  void aSensorReadingLowLetsTheSurfacePassTheLimitAndNoSheetIsRecordedCompliant() {
    Apparatus a = Catalog.builtIn().apparatus("roller-nip");
    Medium m = Catalog.builtIn().medium("glossy-ldpe-70");
    Job job =
        Job.planned(m, a, FusingMode.STANDARD, 200, Sheet.photo(2.0), 1.0)
            .withFaults(List.of(new Job.ScheduledFault(PlantFault.SENSOR_READS_LOW, 100)));
    Fuser f = Fuser.create(a, m, Fuser.Options.defaults());
    JobResult r = JobRunner.run(f, job, false);
    double ceiling = a.limits().maxTemperature() + a.sensor().accuracy();
    // no guard can see it: the reading sits at the set point, plausibly noisy
    assertThat(f.fault()).isEmpty();
    assertThat(Math.abs(f.reading() - job.target())).isLessThan(2.0);
    assertThat(f.surface()).isGreaterThan(ceiling);
    int hot = 0;
    int meltHolds = 0;
    for (SheetRecord s : r.records()) {
      if (s.maxTemperature() > ceiling) {
        hot++;
        assertThat(s.compliant())
            .as("sheet %d at %.1f °C", s.index(), s.maxTemperature())
            .isFalse();
        assertThat(s.reason()).contains("limits.max-temperature");
        if (s.meltMargin() > 0) {
          meltHolds++;
        }
      }
    }
    System.out.printf(
        "reads-low: %d of %d sheets above %.1f °C, %d of them inside the melt claim; compliant %d;"
            + " surface %.1f °C, reading %.1f °C%n",
        hot, r.records().size(), ceiling, meltHolds, r.compliant(), f.surface(), f.reading());
    assertThat(hot).isGreaterThan(100);
    // the ceiling, not the melt claim, is what catches them
    assertThat(meltHolds).isGreaterThan(0);
  }

  @Test
  void theOverTemperatureGuardActsOnTheReading() {
    // the loop stalls at full power during warm-up with the watchdog left out: only the absolute
    // limit can stop it, and it trips on the reading, which lags the surface
    Apparatus a = Catalog.builtIn().apparatus("roller-nip");
    Medium m = Catalog.builtIn().medium("glossy-ldpe-70");
    Fuser f =
        Fuser.create(a, m, Fuser.Options.defaults().withDisabledGuards(Set.of("output-watchdog")));
    f.setTarget(a.limits().maxTemperature());
    f.advance(3);
    assertThat(f.duty()).isEqualTo(1.0);
    f.inject(PlantFault.CONTROLLER_STALL);
    while (f.fault().isEmpty() && f.time() < 300) {
      f.advance(f.period());
    }
    Fault got = f.fault().orElseThrow();
    double cutOff = a.control().safety().maxTemperature();
    System.out.printf(
        "stalled at full power: %s at %.1f s (%s), reading %.1f °C, surface %.1f °C%n",
        got.guard(), got.time(), got.reason(), f.reading(), f.surface());
    assertThat(got.guard()).isEqualTo("absolute-limits");
    assertThat(got.reason()).isEqualTo("fuser-over-temp-error");
    assertThat(f.reading()).isBetween(cutOff, cutOff + 2);
    // the surface ran ahead by about the heating rate times the sensor's lag (≈ 5 K/s × 2 s)
    assertThat(f.surface()).isGreaterThan(f.reading());
  }
}
