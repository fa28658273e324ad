package dev.fusejet.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.media.Medium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 200-sheet jobs at the planner's fastest robust point, and one sheet's droop and recovery. */
class JobComplianceTest {

  @ParameterizedTest
  @ValueSource(strings = {"glossy-ldpe-70", "high-tg-pp-120", "lustre-ldpe-85"})
  void everySheetCompliantOrItsAdjustmentRecorded(String medium) {
    Apparatus a = Catalog.builtIn().apparatus("roller-nip");
    Medium m = Catalog.builtIn().medium(medium);
    Job job = Job.planned(m, a, FusingMode.STANDARD, 200, Sheet.photo(2.0), 1.0);
    JobResult r = JobRunner.run(Fuser.create(a, m, Fuser.Options.defaults()), job, false);
    System.out.printf(
        "job %s at %.1f °C %.0f mm/s: %d/%d compliant, %d delayed or slowed, droop mean %.2f max"
            + " %.2f K, worst margins heat %.3f melt %.3f °C·s, %.0f s, %.0f kJ%n",
        medium,
        job.target(),
        job.speed() * 1000,
        r.compliant(),
        r.records().size(),
        r.adjusted(),
        r.meanDroop(),
        r.maxDroop(),
        r.worstHeatMargin(),
        r.worstMeltMargin(),
        r.duration(),
        r.heaterEnergy() / 1000);
    assertThat(r.stopReason()).isEmpty();
    assertThat(r.records()).hasSize(200);
    for (SheetRecord s : r.records()) {
      // the claims recomputed from the record's temperatures and dwell
      assertThat(s.sinteringProduct())
          .isEqualTo((s.minTemperature() - m.glassTransition()) * s.dwell());
      assertThat(s.compliant()).as("sheet %d: %s", s.index(), s).isTrue();
      if (!s.action().equals("fed")) {
        assertThat(s.reason()).isNotEmpty();
      }
      assertThat(s.droop()).isBetween(0.0, 20.0);
    }
  }

  @Test
  void oneSheetDroopsAndRecoversWithinTheFuserPracticeRange() {
    Apparatus a = Catalog.builtIn().apparatus("roller-nip");
    Medium m = Catalog.builtIn().medium("glossy-ldpe-70");
    Sheet sheet = Sheet.photo(2.0);
    Job job = Job.planned(m, a, FusingMode.STANDARD, 1, sheet, 1.0);
    Fuser f = Fuser.create(a, m, Fuser.Options.defaults());
    f.setTarget(job.target());
    f.advance(300);
    double before = f.surface();
    SheetDecision d = f.beforeSheet(sheet, FusingMode.STANDARD, job.speed());
    assertThat(d.action()).isEqualTo(SheetDecision.Action.FEED);
    double feedTime = f.time();
    f.feed(sheet, FusingMode.STANDARD, d);
    double min = f.surface();
    double recovered = Double.NaN;
    while (f.time() - feedTime < 60) {
      f.advance(f.period());
      min = Math.min(min, f.surface());
      if (Double.isNaN(recovered) && !f.sheetInNip() && Math.abs(f.surface() - before) < 1) {
        recovered = f.time() - feedTime;
      }
    }
    SheetRecord rec = f.drainRecords().get(0);
    System.out.printf(
        "one sheet at the planned point: entry %.2f, min at entry points %.2f, skin at nip exit %.2f °C;"
            + " back within 1 K after %.1f s; predicted %.2f / %.2f°C%n",
        rec.entryTemperature(),
        rec.minTemperature(),
        min,
        recovered,
        d.predictedEntry(),
        d.predictedMin());
    // physics reference 7.2: droop 5-20 K, recovery 5-30 s for a roller fuser [E]
    assertThat(rec.droop()).isBetween(2.0, 20.0);
    assertThat(min).isLessThan(rec.minTemperature());
    assertThat(recovered).isLessThanOrEqualTo(30);
    // the prediction against what happened: within the sensor's accuracy
    assertThat(Math.abs(d.predictedMin() - rec.minTemperature())).isLessThanOrEqualTo(2.0);
  }
}
