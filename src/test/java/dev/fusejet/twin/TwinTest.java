package dev.fusejet.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.twin.heat.HeatSolver;
import dev.fusejet.twin.heat.StepListener;
import dev.fusejet.twin.heat.Surface;
import dev.fusejet.twin.heat.TimeStepper;
import org.junit.jupiter.api.Test;

/** Whole passes: conservation, refinement, monotonic responses and the section-8 checks. */
class TwinTest {

  static final Twin TWIN = Twin.of(Fixtures.glossy(), Fixtures.rollerNip());

  @Test
  void energyIsConservedIncludingLatentHeatAndEvaporation() {
    // hot and slow so the resin layer melts; wet so water evaporates and the latent sink acts
    SheetReport r = TWIN.pass(new OperatingPoint(200, 0.03), new InkLoad(15e-6, 0.75));
    System.out.printf(
        "energy: residual %.2e of %.0f J/m2, melt %.3f, evaporated %s m3/m2%n",
        r.energyResidual(),
        r.energyFromRoller(),
        r.meltFraction(),
        java.util.Arrays.toString(r.waterEvaporated()));
    assertThat(r.meltFraction()).isGreaterThan(0.1);
    assertThat(r.waterEvaporated()[0] + r.waterEvaporated()[2]).isGreaterThan(0.1e-6);
    // round-off: measured 2e-12
    assertThat(Math.abs(r.energyResidual())).isLessThan(1e-10);
    SheetReport dry = TWIN.pass(new OperatingPoint(200, 0.03), InkLoad.DRY);
    assertThat(Math.abs(dry.energyResidual())).isLessThan(1e-10);
  }

  /**
   * A wet pass against one refined in space and time (4x finer first cell, growth 1.05, 4x the
   * steps). Measured: particle peak 0.041 K, resin peak 0.17 K, roller energy 0.14 %; the resin
   * error comes from the nip time step (AssembledTwinTest isolates the grid: below 0.02 K) and from
   * the wet front, which moves by whole cells (docs/twin.md).
   */
  @Test
  void productionResolutionIsConverged() {
    OperatingPoint p = new OperatingPoint(170, 0.1);
    InkLoad pInk = new InkLoad(10e-6, 0.75);
    SheetReport base = TWIN.pass(p, pInk);
    Twin fine =
        Twin.of(
            Fixtures.glossy(),
            Fixtures.rollerNip(),
            TwinSettings.defaults().withResolution(160, 0.125e-6, 1.05));
    SheetReport ref = fine.pass(p, pInk);
    System.out.printf(
        "refinement (%d -> %d cells, %d -> %d steps): particle peak %.3f vs %.3f, resin peak %.3f"
            + " vs %.3f °C, energy %.1f vs %.1f J/m2%n",
        base.cells(),
        ref.cells(),
        base.steps(),
        ref.steps(),
        base.particlePeak(),
        ref.particlePeak(),
        base.resinPeak(),
        ref.resinPeak(),
        base.energyFromRoller(),
        ref.energyFromRoller());
    assertThat(base.particlePeak()).isCloseTo(ref.particlePeak(), within(0.1));
    assertThat(base.resinPeak()).isCloseTo(ref.resinPeak(), within(0.3));
    assertThat(base.energyFromRoller())
        .isCloseTo(ref.energyFromRoller(), within(0.004 * ref.energyFromRoller()));
  }

  @Test
  void wholePassIsSecondOrderInTheNipTimeStep() {
    // energy taken from the roller depends only on the nip steps (the state at entry is the same)
    OperatingPoint p = new OperatingPoint(190, 0.05);
    InkLoad pInk = new InkLoad(10e-6, 0.75);
    double[] e = new double[4];
    int[] steps = {10, 20, 40, 640};
    for (int i = 0; i < steps.length; i++) {
      Twin t =
          Twin.of(
              Fixtures.glossy(),
              Fixtures.rollerNip(),
              TwinSettings.defaults()
                  .withRecordHistory(false)
                  .withResolution(steps[i], 0.5e-6, 1.2));
      e[i] = t.pass(p, pInk).energyFromRoller();
    }
    double e1 = Math.abs(e[0] - e[3]);
    double e2 = Math.abs(e[1] - e[3]);
    double e3 = Math.abs(e[2] - e[3]);
    double p1 = Math.log(e1 / e2) / Math.log(2);
    double p2 = Math.log(e2 / e3) / Math.log(2);
    System.out.printf(
        "pass time order: roller energy errors %.4g %.4g %.4g J/m2 (10/20/40 nip steps), orders %.2f"
            + " %.2f%n",
        e1, e2, e3, p1, p2);
    // measured 1.94, 1.89
    assertThat(p1).isCloseTo(2.0, within(0.15));
    assertThat(p2).isCloseTo(2.0, within(0.15));
  }

  @Test
  void hotterRollerSintersMoreAndGivesMoreGloss() {
    SheetReport cool = TWIN.pass(new OperatingPoint(150, 0.1), InkLoad.DRY);
    SheetReport hot = TWIN.pass(new OperatingPoint(190, 0.1), InkLoad.DRY);
    assertThat(hot.particlePeak()).isGreaterThan(cool.particlePeak());
    assertThat(hot.sinteringDegree()).isGreaterThan(cool.sinteringDegree());
    assertThat(hot.gloss20()).isGreaterThan(cool.gloss20());
    assertThat(hot.gloss60()).isGreaterThanOrEqualTo(hot.gloss20());
    assertThat(hot.claimedSintering()).isCloseTo((190 - 70) * 0.06, within(1e-9));
  }

  @Test
  void slowerSpeedMeansLongerDwellAndHotterResin() {
    SheetReport fast = TWIN.pass(new OperatingPoint(170, 0.2), InkLoad.DRY);
    SheetReport slow = TWIN.pass(new OperatingPoint(170, 0.05), InkLoad.DRY);
    assertThat(slow.dwell()).isCloseTo(4 * fast.dwell(), within(1e-12));
    assertThat(slow.resinPeak()).isGreaterThan(fast.resinPeak());
    assertThat(slow.energyFromRoller()).isGreaterThan(fast.energyFromRoller());
  }

  @Test
  void waterCoolsThePrintAndTrappedHotWaterUnderMeltingResinBlisters() {
    OperatingPoint wet = new OperatingPoint(200, 0.03);
    InkLoad wetInk = new InkLoad(20e-6, 0.75);
    SheetReport w = TWIN.pass(wet, wetInk);
    SheetReport d = TWIN.pass(new OperatingPoint(200, 0.03), InkLoad.DRY);
    assertThat(w.particlePeak()).isLessThan(d.particlePeak());
    assertThat(w.blister()).isTrue();
    assertThat(d.blister()).isFalse();
    SheetReport mild = TWIN.pass(new OperatingPoint(150, 0.15), new InkLoad(20e-6, 0.75));
    assertThat(mild.blister()).isFalse();
  }

  @Test
  void liquidBeyondPoreCapacityOverflows() {
    // 8.4: capacity ε L; 250 % at 8.9 mL/m² per 100 % = 22 mL/m²
    double capacity = Fixtures.glossy().receiving().poreCapacity();
    SheetReport r =
        TWIN.pass(
            new OperatingPoint(160, 0.1),
            InkLoad.ofCoverage(2.5, InkLoad.VOLUME_AT_FULL_COVERAGE, 0.75));
    assertThat(r.liquidOverflow()).isCloseTo(22.25e-6 - capacity, within(1e-9));
  }

  @Test
  void rollerKeepsItsOwnHistory() {
    SheetReport first = TWIN.pass(new OperatingPoint(170, 0.1), InkLoad.DRY);
    SheetReport second = TWIN.pass(new OperatingPoint(170, 0.1), InkLoad.DRY, first.rollerAfter());
    assertThat(second.particlePeak()).isLessThan(first.particlePeak());
    assertThat(second.energyFromRoller()).isLessThan(first.energyFromRoller());
  }

  @Test
  void aPassIsAPureFunctionOfItsInputs() {
    OperatingPoint p = new OperatingPoint(165, 0.08);
    InkLoad pInk = new InkLoad(12e-6, 0.7);
    assertThat(TWIN.pass(p, pInk).gloss60()).isEqualTo(TWIN.pass(p, pInk).gloss60());
  }

  @Test
  void beltNipGivesLongerDwellThanRollers() {
    Twin belt = Twin.of(Fixtures.glossy(), Fixtures.beltNip());
    SheetReport b = belt.pass(new OperatingPoint(150, 0.1), InkLoad.DRY);
    assertThat(b.dwell()).isCloseTo(0.12, within(1e-12));
    assertThat(b.particleTimeAboveTg())
        .isGreaterThan(TWIN.pass(new OperatingPoint(150, 0.1), InkLoad.DRY).particleTimeAboveTg());
  }

  @Test
  void section8ResinInterfaceFollowsTheErfcEstimate() {
    // 8.2: at 50 ms the top of the resin layer, 40 µm down, reaches erfc(x / (2 sqrt(α t))) of the
    // surface temperature rise; the receiving layer's α sets the estimate.
    SheetStack st = TWIN.stack;
    HeatSolver full = st.newSolver(5);
    int from = st.rollerCells;
    int to = st.sheetEnd;
    double[] dx = java.util.Arrays.copyOfRange(st.dx, from, to);
    HeatSolver s = new HeatSolver(dx);
    for (int i = 0; i < dx.length; i++) {
      s.setLinear(i, full.volumetricCapacity(from + i), full.conductivity(from + i));
    }
    s.fill(25);
    s.setTop(Surface.fixed(125));
    TimeStepper.graded(s, 0.05, 1e-5, 1.05, 1e-3, StepListener.none());
    int pe = st.first(SheetStack.Part.FACE_RESIN) - from;
    double depth = 0;
    for (int i = 0; i < pe; i++) {
      depth += dx[i];
    }
    int abs = st.first(SheetStack.Part.ABSORBING) - from;
    double alpha = full.conductivity(from + abs) / full.volumetricCapacity(from + abs);
    double estimate = erfc(depth / (2 * Math.sqrt(alpha * 0.05)));
    double got = (s.temperature(pe) - 25) / 100;
    System.out.printf(
        "8.2: resin-top rise fraction %.3f, erfc estimate %.3f (alpha %.3g m2/s, depth %.1f um)%n",
        got, estimate, alpha, depth * 1e6);
    // "~70 %" in the reference; the resin layer's higher effusivity below the receiving layer pulls
    // the interface under the homogeneous estimate (0.748): measured 0.616
    assertThat(got).isCloseTo(0.616, within(0.01)).isLessThan(estimate - 0.1);
  }

  @Test
  void section8RollerSideProductExceedsParticleSideThreshold() {
    // 8.1: the roller temperature at which the outermost particles reach x/a = 0.5 in a 50 ms
    // dwell gives a roller-side product (T - Tg) t above the particle-side ~1.75 °C·s
    double speed = 6e-3 / 0.05;
    double lo = 80;
    double hi = 300;
    for (int i = 0; i < 30; i++) {
      double mid = 0.5 * (lo + hi);
      SheetReport r = TWIN.pass(new OperatingPoint(mid, speed), InkLoad.DRY);
      if (r.neckSquared() < 0.25) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double product = (0.5 * (lo + hi) - 70) * 0.05;
    double particleSide = ModelsTest.thresholdExcess(0.05, 100e-9) * 0.05;
    System.out.printf(
        "8.1: roller %.1f °C gives x/a = 0.5; roller-side product %.2f vs particle-side %.2f °C s%n",
        0.5 * (lo + hi), product, particleSide);
    // measured: 157.3 °C, 4.37 vs 1.75 °C·s: the particles see about 60 % of the roller's excess
    // over Tg within the dwell (hard roller, computed contact conductance)
    assertThat(product).isCloseTo(4.37, within(0.05));
    assertThat(product / particleSide).isBetween(2.4, 2.6);
  }

  @Test
  void thinSkinOrBareRollerHeatsThePrintMoreThanAThickSiliconeSkin() {
    // physics 6.3: a silicone skin (e ≈ 640) thick compared with the penetration depth holds the
    // contact temperature near the effusivity mean; a bare metal roller does not
    var r = Fixtures.rollerNip();
    var h = r.heatRoller();
    var bare =
        new dev.fusejet.apparatus.Apparatus(
            r.name(),
            r.description(),
            new dev.fusejet.apparatus.HeatRoller(
                h.radius(),
                h.coreMaterial(),
                h.coreWall(),
                0,
                h.elasticHardness(),
                h.surface(),
                0,
                h.surfaceRoughness(),
                h.length()),
            r.pressureRoller(),
            null,
            r.nip(),
            r.heater(),
            r.sensor(),
            r.limits());
    double skinned = TWIN.pass(new OperatingPoint(150, 0.1), InkLoad.DRY).particlePeak();
    double metal =
        Twin.of(Fixtures.glossy(), bare)
            .pass(new OperatingPoint(150, 0.1), InkLoad.DRY)
            .particlePeak();
    assertThat(metal).isGreaterThan(skinned + 10);
  }

  @Test
  void mediumWithoutBackResinRuns() {
    var g = Fixtures.glossy();
    var m =
        new dev.fusejet.media.Medium(
            g.name(),
            g.description(),
            new dev.fusejet.media.Support(g.support().paper(), g.support().faceResin(), null),
            g.receiving());
    SheetReport r =
        Twin.of(m, Fixtures.rollerNip()).pass(new OperatingPoint(160, 0.1), InkLoad.DRY);
    assertThat(Math.abs(r.energyResidual())).isLessThan(1e-6);
    assertThat(r.resinPeak()).isGreaterThan(25);
  }

  static double erfc(double x) {
    // Abramowitz-Stegun 7.1.26 is not accurate enough here; integrate exp(-t²) numerically
    int n = 20000;
    double h = x / n;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double t = (i + 0.5) * h;
      s += Math.exp(-t * t) * h;
    }
    return 1 - 2 / Math.sqrt(Math.PI) * s;
  }
}
