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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Faults injected into the plant during a job: each is caught by its guard within the guard's
 * stated time, the heater goes off and stays off, the fault survives until reset, and no sheet
 * after it is compliant. With the guard disabled the same scenario goes undetected.
 */
class GuardTest {
  static final Apparatus APPARATUS = Catalog.builtIn().apparatus("roller-nip");
  static final Medium MEDIUM = Catalog.builtIn().medium("glossy-ldpe-70");

  /** The fault is injected this long after the job starts, mid-job (s). */
  static final double AT = 150;

  static Job job() {
    return Job.planned(MEDIUM, APPARATUS, FusingMode.STANDARD, 400, Sheet.photo(2.0), 1.0);
  }

  @ParameterizedTest(name = "{0} -> {1} within {2} s")
  @CsvSource({
    // fault, guard, detection bound (s), reason
    "detached, hold-band-runaway, 10, fuser-under-temp-error",
    "heater-open, hold-band-runaway, 40, fuser-under-temp-error",
    "stuck, stale-or-stuck-sensor, 21, fusejet-fuser-sensor-error",
    "shorted, range-debounce, 1.5, fuser-over-temp-error",
    "silent, stale-or-stuck-sensor, 7.6, fusejet-fuser-sensor-error",
    "stall, output-watchdog, 3.6, fusejet-fuser-watchdog-error",
    "sag, hold-band-runaway, 240, fuser-under-temp-error",
  })
  void faultDetectedLatchedAndNoLaterSheetCompliant(
      String fault, String guard, double bound, String reason) {
    Fuser f = Fuser.create(APPARATUS, MEDIUM, Fuser.Options.defaults());
    Job job = job().withFaults(List.of(Job.ScheduledFault.parse(fault + "@" + AT)));
    double start = f.time();
    JobResult r = JobRunner.run(f, job, false);
    // the job may stop on the compliance rule first; the fuser keeps trying to hold
    while (f.fault().isEmpty() && f.time() - start < AT + 600) {
      f.advance(f.period());
    }
    assertThat(r.injected()).hasSize(1);
    double injected = start + r.injected().get(0).time();
    Fault got = f.fault().orElseThrow(() -> new AssertionError(fault + " went undetected"));
    double detection = got.time() - injected;
    System.out.printf(
        "fault %s: %s after %.1f s (%s) — %s; sheets before %d, compliant %d%n",
        fault,
        got.guard(),
        detection,
        got.reason(),
        got.message(),
        r.records().size(),
        r.compliant());
    assertThat(got.guard()).isEqualTo(guard);
    assertThat(got.reason()).isEqualTo(reason);
    assertThat(detection).isBetween(0.0, bound);
    // heater off, latched: it survives time and even the repair of the plant until reset
    f.advance(10);
    assertThat(f.duty()).isZero();
    assertThat(f.heaterPower()).isLessThan(1.0);
    f.repair();
    f.advance(60);
    assertThat(f.fault()).contains(got);
    assertThat(f.status().stateReason()).contains(reason);
    assertThat(f.beforeSheet(Sheet.photo(2.0), FusingMode.STANDARD, job.speed()).action())
        .isEqualTo(SheetDecision.Action.STOP);
    // no sheet that was in the nip at or after the trip is compliant
    for (SheetRecord s : r.records()) {
      double exit = s.entryTime() + Sheet.PHOTO_LENGTH / s.speed();
      if (exit >= got.time()) {
        assertThat(s.compliant()).as("sheet %d after the fault", s.index()).isFalse();
      }
    }
    f.reset();
    assertThat(f.fault()).isEmpty();
    assertThat(f.target()).isZero();
  }

  @Test
  void heaterOpenDuringWarmUpIsCaughtByTheProgressWatchAndOnlyByIt() {
    Fuser on = Fuser.create(APPARATUS, MEDIUM, Fuser.Options.defaults());
    on.inject(PlantFault.HEATER_OPEN);
    on.setTarget(180);
    on.advance(60);
    Fault got = on.fault().orElseThrow();
    System.out.printf("warm-up, heater open: %s after %.1f s%n", got.guard(), got.time());
    assertThat(got.guard()).isEqualTo("heating-progress");
    assertThat(got.time()).isLessThanOrEqualTo(20 + 2 * on.period());

    Fuser off =
        Fuser.create(
            APPARATUS,
            MEDIUM,
            Fuser.Options.defaults().withDisabledGuards(Set.of("heating-progress")));
    off.inject(PlantFault.HEATER_OPEN);
    off.setTarget(180);
    off.advance(600);
    assertThat(off.fault()).as("undetected without the progress watch").isEmpty();
    assertThat(off.status().warmingUp()).isTrue();
  }

  @Test
  void shortedSensorGoesUndetectedWithoutTheRangeDebounce() {
    Fuser off =
        Fuser.create(
            APPARATUS,
            MEDIUM,
            Fuser.Options.defaults().withDisabledGuards(Set.of("range-debounce")));
    off.setTarget(180);
    off.advance(200);
    off.inject(PlantFault.SENSOR_SHORTED);
    off.advance(300);
    assertThat(off.fault()).isEmpty();
    // the heater is off (the reading says 300 °C) while the true surface cools, unreported
    assertThat(off.surface()).isLessThan(150);
  }

  /**
   * Marlin's MINTEMP in a cold room: a printer unpacked or left in an unheated room at −5 °C reads
   * a plausible temperature below the absolute minimum, and the guard trips at once (heater off,
   * latched until reset; the condition is the room, so it trips again until the room warms).
   */
  @Test
  void aReadingBelowTheAbsoluteMinimumTripsAtOnceAndLatches() {
    dev.fusejet.apparatus.HeaterControl hc = APPARATUS.control();
    double cold = -5;
    assertThat(cold).isLessThan(hc.safety().minTemperature());
    dev.fusejet.apparatus.HeaterControl chilly =
        new dev.fusejet.apparatus.HeaterControl(
            hc.supplyVoltage(),
            hc.supply(),
            hc.heaterResponse(),
            cold,
            hc.convection(),
            hc.emissivity(),
            hc.sensorNoise(),
            hc.adcStep(),
            hc.sensorLow(),
            hc.sensorHigh(),
            hc.sensorAngle(),
            hc.controlPeriod(),
            hc.controller(),
            hc.pid(),
            hc.hysteresis(),
            hc.mpc(),
            hc.safety(),
            hc.readyBand(),
            hc.readyRate(),
            hc.maxFeedDelay());
    Apparatus coldRoom = APPARATUS.withHeaterControl(chilly);
    Fuser f = Fuser.create(coldRoom, MEDIUM, Fuser.Options.defaults());
    f.setTarget(180);
    f.advance(5 * f.period());
    Fault got = f.fault().orElseThrow(() -> new AssertionError("a -5 °C reading went unnoticed"));
    assertThat(got.guard()).isEqualTo(AbsoluteLimits.NAME);
    assertThat(got.reason()).isEqualTo(Fault.UNDER_TEMP);
    assertThat(got.time()).isLessThanOrEqualTo(2 * f.period());
    assertThat(got.reading()).isLessThan(hc.safety().minTemperature());
    f.advance(60);
    assertThat(f.duty()).isZero();
    assertThat(f.fault()).contains(got);

    Fuser off =
        Fuser.create(
            coldRoom,
            MEDIUM,
            Fuser.Options.defaults().withDisabledGuards(Set.of(AbsoluteLimits.NAME)));
    off.setTarget(180);
    off.advance(5 * off.period());
    assertThat(off.fault()).as("undetected without the absolute limits").isEmpty();
  }

  @Test
  void oneStraySampleAtTheRailDoesNotTrip() {
    Fuser f = Fuser.create(APPARATUS, MEDIUM, Fuser.Options.defaults());
    f.setTarget(180);
    f.advance(200);
    f.inject(PlantFault.SENSOR_SHORTED);
    f.advance(3 * f.period());
    f.repair();
    f.advance(30);
    assertThat(f.fault()).isEmpty();
  }
}
