package dev.fusejet.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.media.Medium;
import dev.fusejet.twin.heat.HeatSolver;
import dev.fusejet.twin.heat.Surface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The twin as assembled from the preset records (its own stack, materials, contacts and rollers)
 * against answers computed here from the physics reference's data, so that a wrong property, a
 * wrong thickness or a wrong layer order fails; the production grid against a refined one; the
 * solver's convergence flag; the settings' ranges.
 */
class AssembledTwinTest {
  private static final Catalog CATALOG = Catalog.builtIn();

  /** Conductivities (W/(m·K)) from the physics reference 1.1, independent of {@link Materials}. */
  private static final double ALUMINIUM = 237;

  private static final double SILICONE_RESIN = 0.20;
  private static final double LDPE = 0.33;
  private static final double PP = 0.21;
  private static final double PAPER_AT_800 = 0.15;
  private static final double SILICONE_RUBBER = 0.22;
  private static final double SILICONE_SPONGE = 0.10;
  private static final double POLYIMIDE = 0.12;
  private static final double AIR = 0.026;
  private static final double DRY_POROUS_AT_HALF = 0.15;

  /** Two-phase Bruggeman (symmetric EMT) conductivity of solid k_s with air at porosity eps. */
  static double bruggeman(double ks, double eps) {
    double b = (3 * (1 - eps) - 1) * ks + (3 * eps - 1) * AIR;
    return (b + Math.sqrt(b * b + 8 * ks * AIR)) / 4;
  }

  /** The skeleton conductivity that gives {@link #DRY_POROUS_AT_HALF} at 50 % porosity. */
  static double skeleton() {
    double k = DRY_POROUS_AT_HALF;
    double a = -0.5 * (AIR - k) / (AIR + 2 * k) / 0.5;
    return k * (1 + 2 * a) / (1 - a);
  }

  /**
   * Steady conduction through the whole assembled stack, core face held at 150 °C and the
   * pressure-roller bottom at 25 °C, both contacts closed: a composite wall with two contact
   * resistances (physics 6.4), whose cell-centre temperatures are exact for a finite-volume solver.
   */
  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "glossy-ldpe-70, roller-nip",
    "lustre-ldpe-85, roller-nip",
    "high-tg-pp-120, roller-nip",
    "glossy-ldpe-70, belt-nip",
    "high-tg-pp-120, belt-nip"
  })
  void steadyCompositeWallThroughThePresetStack(String medium, String apparatus) {
    Medium m = CATALOG.medium(medium);
    Apparatus a = CATALOG.apparatus(apparatus);
    double hFront = 20_000;
    double hBack = 5_000;
    Twin twin =
        Twin.of(m, a, TwinSettings.defaults().withRecordHistory(false).withContacts(hFront, hBack));
    SheetStack st = twin.stack;
    // the expected wall, top to bottom, from the records and the reference's conductivities
    var rec = m.receiving();
    double surfEps =
        (rec.porosity() * rec.thickness()
                - rec.absorbing().porosity() * rec.absorbing().thickness())
            / rec.surface().thickness();
    double ks = skeleton();
    double resinK = m.support().faceResin().polymer().name().equals("PP") ? PP : LDPE;
    double paperK = PAPER_AT_800 * m.support().paper().density() / 800;
    double rubberK =
        a.pressureRoller().rubberMaterial().contains("sponge") ? SILICONE_SPONGE : SILICONE_RUBBER;
    java.util.List<double[]> wall = new java.util.ArrayList<>(); // {thickness, k}
    wall.add(new double[] {a.heatRoller().coreWall(), ALUMINIUM});
    if (a.belt() != null) {
      // release coat 20 µm, at most a third of the belt (docs/twin.md, stack table)
      double release = Math.min(20e-6, a.belt().thickness() / 3);
      wall.add(new double[] {a.belt().thickness() - release, POLYIMIDE});
      wall.add(new double[] {release, SILICONE_RESIN});
    } else {
      wall.add(new double[] {a.heatRoller().surfaceThickness(), SILICONE_RESIN});
    }
    int contactAfter = wall.size();
    wall.add(new double[] {rec.surface().thickness(), bruggeman(ks, surfEps)});
    wall.add(new double[] {rec.absorbing().thickness(), bruggeman(ks, rec.absorbing().porosity())});
    wall.add(new double[] {m.support().faceResin().thickness(), resinK});
    wall.add(new double[] {m.support().paper().thickness(), paperK});
    wall.add(new double[] {m.support().backResin().thickness(), resinK});
    int backAfter = wall.size();
    wall.add(new double[] {a.pressureRoller().rubberThickness(), rubberK});
    assertThat(st.layers).hasSize(wall.size());

    HeatSolver s = st.newSolver(5);
    s.fill(80);
    s.setTop(Surface.fixed(150));
    s.setBottom(Surface.fixed(25));
    s.setAir(new Surface(0, 25, 0));
    s.setContactResistance(st.rollerCells - 1, 1 / hFront);
    s.setContactResistance(st.sheetEnd - 1, 1 / hBack);
    for (int i = 0; i < 40; i++) {
      s.step(1e4, 1.0);
    }
    // exact piecewise-linear profile
    double total = 1 / hFront + 1 / hBack;
    for (double[] l : wall) {
      total += l[0] / l[1];
    }
    double q = (150 - 25) / total;
    double r = 0;
    double worst = 0;
    int cell = 0;
    for (int j = 0; j < wall.size(); j++) {
      if (j == contactAfter) {
        r += 1 / hFront;
      }
      if (j == backAfter) {
        r += 1 / hBack;
      }
      double k = wall.get(j)[1];
      double layerEnd = cell + (st.start[j + 1] - st.start[j]);
      for (; cell < layerEnd; cell++) {
        r += st.dx[cell] / (2 * k);
        double expected = 150 - q * r;
        worst = Math.max(worst, Math.abs(s.temperature(cell) - expected));
        r += st.dx[cell] / (2 * k);
      }
    }
    System.out.printf(
        "assembled composite wall %s on %s: %d cells, heat flux %.1f W/m2, worst cell %.2e K%n",
        medium, apparatus, st.dx.length, q, worst);
    assertThat(worst).isLessThan(1e-6);
  }

  /**
   * A preset pass on the production grid against the same pass on a grid four times finer at the
   * contacts and growing by 1.025 (same time steps): the grid's own error.
   */
  @ParameterizedTest(name = "{0} on {1} at {2} °C, {3} m/s")
  @CsvSource({
    "glossy-ldpe-70, roller-nip, 130, 0.1",
    "glossy-ldpe-70, roller-nip, 190, 0.03",
    "high-tg-pp-120, roller-nip, 190, 0.05",
    "lustre-ldpe-85, belt-nip, 150, 0.1",
    "high-tg-pp-120, belt-nip, 180, 0.1"
  })
  void productionGridIsWithinFiveHundredthsOfAKelvinOfARefinedGrid(
      String medium, String apparatus, double temperature, double speed) {
    Medium m = CATALOG.medium(medium);
    Apparatus a = CATALOG.apparatus(apparatus);
    TwinSettings base = TwinSettings.defaults().withRecordHistory(false);
    OperatingPoint p = new OperatingPoint(temperature, speed);
    InkLoad pInk = InkLoad.DRY;
    SheetReport prod = Twin.of(m, a, base).pass(p, pInk);
    SheetReport fine = Twin.of(m, a, base.withResolution(40, 0.125e-6, 1.025)).pass(p, pInk);
    double dp = Math.abs(prod.particlePeak() - fine.particlePeak());
    double dr = Math.abs(prod.resinPeak() - fine.resinPeak());
    double de = Math.abs(prod.energyFromRoller() / fine.energyFromRoller() - 1);
    System.out.printf(
        "grid %s %s %.0f °C %.2f m/s: %d vs %d cells, particle peak %.4f K, resin peak %.4f K,"
            + " roller energy %.4f %%, melt %.4f vs %.4f%n",
        medium,
        apparatus,
        temperature,
        speed,
        prod.cells(),
        fine.cells(),
        dp,
        dr,
        100 * de,
        prod.meltFraction(),
        fine.meltFraction());
    assertThat(dp).isLessThan(0.05);
    assertThat(dr).isLessThan(0.05);
    assertThat(de).isLessThan(0.002);
  }

  @Test
  void aPassThatDoesNotConvergeSaysSo() {
    Twin capped =
        Twin.of(
            CATALOG.medium("glossy-ldpe-70"),
            CATALOG.apparatus("roller-nip"),
            TwinSettings.defaults()
                .withRecordHistory(false)
                .with(TwinParameter.SOLVER_ITERATIONS, 1));
    // hot and slow: the resin layer melts, which needs the enthalpy iteration
    OperatingPoint melting = new OperatingPoint(200, 0.02);
    InkLoad meltingInk = InkLoad.DRY;
    SheetReport r = capped.pass(melting, meltingInk);
    assertThat(r.meltFraction()).isGreaterThan(0.05);
    assertThat(r.unconvergedSteps()).isPositive();
    assertThat(r.converged()).isFalse();
    SheetReport ok =
        Twin.of(CATALOG.medium("glossy-ldpe-70"), CATALOG.apparatus("roller-nip"))
            .pass(melting, meltingInk);
    assertThat(ok.converged()).isTrue();
    assertThat(ok.unconvergedSteps()).isZero();
  }

  @Test
  void settingsOutsideTheirPhysicalRangeAreRefusedWithRangeAndSource() {
    assertThatThrownBy(() -> TwinSettings.defaults().with(TwinParameter.WLF_C1, 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wlf-c1 = 60.0 1")
        .hasMessageContaining("11.0..35.0")
        .hasMessageContaining("Ferry");
    assertThatThrownBy(() -> TwinSettings.defaults().with(TwinParameter.FIRST_CELL, 5e-6))
        .hasMessageContaining("first-cell")
        .hasMessageContaining("physics 1.4");
    assertThatThrownBy(() -> TwinSettings.defaults().with(TwinParameter.NIP_STEPS, 10.5))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> TwinSettings.defaults().with(TwinParameter.AIR_H, Double.NaN))
        .hasMessageContaining("air-h");
    // NaN is admissible where it means "computed"
    assertThat(TwinSettings.defaults().with(TwinParameter.FRONT_CONTACT, Double.NaN).frontContact())
        .isNaN();
    assertThat(TwinParameter.ofKey("viscosity-at-tg")).isEqualTo(TwinParameter.VISCOSITY_AT_TG);
    for (TwinParameter p : TwinParameter.values()) {
      double d = p.defaultValue();
      assertThat(Double.isNaN(d) ? p.computedWhenNaN() : d >= p.min() && d <= p.max())
          .as("default of %s inside its range", p.key())
          .isTrue();
    }
  }

  @Test
  void computedContactConductanceFollowsPressureAndRoughness() {
    Medium glossy = CATALOG.medium("glossy-ldpe-70");
    Medium lustre = CATALOG.medium("lustre-ldpe-85");
    Apparatus roller = CATALOG.apparatus("roller-nip");
    double hGlossy = Twin.of(glossy, roller).frontContact(150);
    double hLustre = Twin.of(lustre, roller).frontContact(150);
    System.out.printf(
        "contact conductance at 150 °C: glossy %.0f, lustre %.0f W/(m2 K)%n", hGlossy, hLustre);
    // larger particles (400 vs 200 nm) leave a rougher unfused surface and a wider gap
    assertThat(hLustre).isLessThan(hGlossy);
    assertThat(hGlossy).isCloseTo(85_900, within(500.0));
    assertThat(hLustre).isCloseTo(56_100, within(500.0));
    // an explicit setting wins
    assertThat(
            Twin.of(glossy, roller, TwinSettings.defaults().withContacts(5000, 5000))
                .frontContact(150))
        .isEqualTo(5000);
  }
}
