package dev.fusejet.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.media.Medium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 200-sheet jobs at the planner's fastest robust point, and one sheet's droop and recovery. */
class JobComplianceTest {

  /**
   * Largest distance of the true surface at any sheet's entry from the set point over a 200-sheet
   * job (K); measured 2.2 K on roller-nip and 3.6 K on belt-nip (the controller holds the mean of
   * what the sensor sees, and it sees each sheet's droop, so between sheets the surface sits above
   * the set point by about the droop times the share of time the sensor sees drooped skin). With
   * the sensor reading the skin at nip exit (the model before the sensor's position) the entry
   * surface drifted 14 K above the set point on roller-nip and 20 K on belt-nip.
   */
  static final double ENTRY_DRIFT = 4.0;

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({
    "roller-nip, glossy-ldpe-70",
    "roller-nip, high-tg-pp-120",
    "roller-nip, lustre-ldpe-85",
    "belt-nip, glossy-ldpe-70",
    "belt-nip, high-tg-pp-120",
    "belt-nip, lustre-ldpe-85",
  })
  void everySheetCompliantOrItsAdjustmentRecorded(String apparatus, String medium) {
    Apparatus a = Catalog.builtIn().apparatus(apparatus);
    Medium m = Catalog.builtIn().medium(medium);
    Job job = Job.planned(m, a, FusingMode.STANDARD, 200, Sheet.photo(2.0), 1.0);
    JobResult r = JobRunner.run(Fuser.create(a, m, Fuser.Options.defaults()), job, false);
    double lowEntry = Double.POSITIVE_INFINITY;
    double highEntry = Double.NEGATIVE_INFINITY;
    double hottest = Double.NEGATIVE_INFINITY;
    for (SheetRecord s : r.records()) {
      lowEntry = Math.min(lowEntry, s.entryTemperature());
      highEntry = Math.max(highEntry, s.entryTemperature());
      hottest = Math.max(hottest, s.maxTemperature());
    }
    System.out.printf(
        "job %s %s at %.1f °C %.0f mm/s: %d/%d compliant, %d delayed or slowed, droop mean %.2f max"
            + " %.2f K, entry %.2f..%.2f °C, hottest %.2f °C, worst margins heat %.3f melt %.3f"
            + " °C·s, %.0f s, %.0f kJ%n",
        apparatus,
        medium,
        job.target(),
        job.speed() * 1000,
        r.compliant(),
        r.records().size(),
        r.adjusted(),
        r.meanDroop(),
        r.maxDroop(),
        lowEntry,
        highEntry,
        hottest,
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
      assertThat(s.droop()).isBetween(0.0, a.limits().temperatureDroop());
      // the stream does not drift: the true surface the sheets meet stays at the set point
      assertThat(Math.abs(s.entryTemperature() - job.target()))
          .as("sheet %d entry %.2f °C", s.index(), s.entryTemperature())
          .isLessThanOrEqualTo(ENTRY_DRIFT);
      assertThat(s.maxTemperature())
          .isLessThanOrEqualTo(a.limits().maxTemperature() + a.sensor().accuracy());
    }
  }

  @Test
  void aStreamTheRollerCannotKeepUpWithIsDelayedOrSlowedWithItsReason() {
    // A4 sheets at 200 % coverage with no gap on belt-nip: each touches the belt for 2.4
    // revolutions and takes about four times a photo's heat, more than the heater restores
    Apparatus a = Catalog.builtIn().apparatus("belt-nip");
    Medium m = Catalog.builtIn().medium("glossy-ldpe-70");
    Sheet a4 = new Sheet(0.297, 0.210, Sheet.photo(2.0).liquid(), Sheet.photo(2.0).waterFraction());
    Job job = Job.planned(m, a, FusingMode.STANDARD, 100, a4, 0.0);
    JobResult r = JobRunner.run(Fuser.create(a, m, Fuser.Options.defaults()), job, false);
    System.out.printf(
        "A4 stream on belt-nip: %d/%d compliant, %d delayed or slowed, droop max %.2f K, stop '%s'%n",
        r.compliant(), r.records().size(), r.adjusted(), r.maxDroop(), r.stopReason());
    assertThat(r.adjusted()).isGreaterThan(0);
    for (SheetRecord s : r.records()) {
      if (!s.action().equals("fed")) {
        assertThat(s.reason()).isNotEmpty();
      }
      if (s.compliant()) {
        assertThat(s.heatMargin()).isPositive();
        assertThat(s.meltMargin()).isPositive();
      }
    }
    // measured: 99 of 100 delayed or slowed, all compliant
    assertThat(r.stopReason()).isEmpty();
    assertThat(r.compliant()).isEqualTo(r.records().size());
  }

  @Test
  void oneSheetDroopsWithinTheEnergyBalanceAndRecovers() {
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
    // energy balance of the sheet-path strip (one column, no axial conduction: along 100 mm of
    // aluminium that takes L²/α ≈ 100 s, far longer than a revolution): the strip loses the
    // twin's heat per area each revolution, so over a revolution it cannot droop more than that
    // heat over its heat capacity per area; the 1.5 mm aluminium wall equalises in ~0.02 s (d²/α,
    // α = 9.7e-5 m²/s, Incropera), so it droops nearly as a lump, less what the heater adds once
    // the sensor (180° on, then its 2 s lag) has seen the droop. Physics reference 7.2's 5-20 K is
    // for rubber-covered rollers, whose thin skin feeds the sheet.
    double touched = Sheet.PHOTO_LENGTH * Sheet.PHOTO_WIDTH;
    double perArea = rec.energy() / touched;
    double stripCapacity =
        f.wallCapacity() / (2 * Math.PI * a.heatRoller().radius() * a.heatRoller().length());
    double adiabatic = perArea / stripCapacity;
    System.out.printf(
        "sheet heat %.1f J (%.0f J/m²), wall %.0f J/(m²·K): strip's adiabatic droop %.2f K, droop"
            + " %.2f K%n",
        rec.energy(), perArea, stripCapacity, adiabatic, rec.droop());
    assertThat(rec.droop()).isBetween(0.5 * adiabatic, adiabatic);
    assertThat(min).isLessThan(rec.minTemperature());
    assertThat(recovered).isLessThanOrEqualTo(30);
    // the prediction against what happened: within the sensor's accuracy
    assertThat(Math.abs(d.predictedMin() - rec.minTemperature())).isLessThanOrEqualTo(2.0);
  }
}
