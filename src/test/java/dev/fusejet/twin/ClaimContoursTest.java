package dev.fusejet.twin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.fuser.ProcessWindowPlanner;
import dev.fusejet.fuser.WindowPlan;
import dev.fusejet.fuser.WindowProblem;
import dev.fusejet.media.Medium;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The twin against the design's claimed window, for each preset medium on each preset apparatus
 * (issue 15; docs/twin.md, "Calibration"): where its fused, high-gloss and melt-onset boundaries
 * lie relative to (T − Tg)t = 2, (T − Tg)t = 6 and (T − T_M)t = 3; that gloss rises with heat; what
 * melts or blisters inside the standard window at the nominal ink load; how the twin ranks the
 * planner's standard and high-gloss points.
 *
 * <p>The twin reproduces a boundary when every sample lies within ±20 % of the claim. Where it does
 * not, the test holds the measured offsets to the figures docs/twin.md reports (within 0.03), so
 * that a change to the physics that moves them shows up here and in the docs together.
 */
class ClaimContoursTest {
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final int SAMPLES = 7;

  /** The acceptance band of the issue (1). */
  private static final double ACCEPT = 0.20;

  /** How far a measured offset may move before the documented figure is stale (1). */
  private static final double DOCUMENTED = 0.03;

  /** Nominal ink load at the window test (m³/m²): 100 % coverage [physics 5.3]. */
  private static final double NOMINAL_LIQUID = InkLoad.VOLUME_AT_FULL_COVERAGE;

  /**
   * Measured offsets (min, max) per medium, apparatus and boundary, as docs/twin.md reports them;
   * NaN where the claimed hyperbola misses the apparatus range.
   */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "glossy-ldpe-70",
            "roller-nip",
            new double[] {-0.284, 0.547, -0.498, 0.273, -0.080, 0.112}),
        Arguments.of(
            "lustre-ldpe-85",
            "roller-nip",
            new double[] {-0.242, 1.532, -0.402, 1.140, 0.269, 0.445}),
        Arguments.of(
            "high-tg-pp-120",
            "roller-nip",
            new double[] {0.189, 4.776, -0.125, 1.135, 0.966, 1.110}),
        Arguments.of(
            "glossy-ldpe-70", "belt-nip", new double[] {0.382, 1.802, -0.231, 1.069, 0.369, 0.972}),
        Arguments.of(
            "lustre-ldpe-85", "belt-nip", new double[] {0.466, 4.521, -0.081, 3.378, 0.733, 1.359}),
        Arguments.of(
            "high-tg-pp-120",
            "belt-nip",
            new double[] {0.846, 10.900, 0.505, 3.379, 2.157, 2.830}));
  }

  private static Twin twin(String medium, String apparatus) {
    return Twin.of(
        CATALOG.medium(medium),
        CATALOG.apparatus(apparatus),
        TwinSettings.defaults().withRecordHistory(false));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void boundariesAgainstTheClaimedHyperbolas(String medium, String apparatus, double[] documented) {
    TwinContours tc = new TwinContours(twin(medium, apparatus), 0, 0.75);
    List<String> reproduced = new ArrayList<>();
    SoftAssertions soft = new SoftAssertions();
    int j = 0;
    for (TwinContours.Boundary b : TwinContours.Boundary.values()) {
      TwinContours.Offsets o = tc.offsets(b, SAMPLES);
      System.out.printf(
          Locale.ROOT,
          "claims %-15s %-10s %-10s dwell %5.0f-%5.0f ms  offset %+6.1f %% .. %+6.1f %%"
              + "  (outside range %d of %d)%s%n",
          medium,
          apparatus,
          b,
          o.dwellLow() * 1e3,
          o.dwellHigh() * 1e3,
          100 * o.minOffset(),
          100 * o.maxOffset(),
          o.outside(),
          o.samples(),
          o.within(ACCEPT) ? "  reproduced" : "  NOT reproduced");
      if (o.within(ACCEPT)) {
        reproduced.add(b.name());
      }
      if (Double.isNaN(documented[j])) {
        soft.assertThat(o.samples()).as("%s: claim outside the apparatus range", b).isZero();
      } else {
        soft.assertThat(o.minOffset())
            .as("%s %s %s minimum offset (docs/twin.md)", medium, apparatus, b)
            .isCloseTo(documented[j], org.assertj.core.data.Offset.offset(DOCUMENTED));
        soft.assertThat(o.maxOffset())
            .as("%s %s %s maximum offset (docs/twin.md)", medium, apparatus, b)
            .isCloseTo(documented[j + 1], org.assertj.core.data.Offset.offset(DOCUMENTED));
        if (Math.abs(documented[j]) <= ACCEPT && Math.abs(documented[j + 1]) <= ACCEPT) {
          soft.assertThat(o.within(ACCEPT)).as("%s reproduced within ±20 %%", b).isTrue();
        }
      }
      j += 2;
    }
    System.out.println("claims " + medium + " " + apparatus + " reproduced: " + reproduced);
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void glossRisesWithHeatAtFixedSpeed(String medium, String apparatus, double[] ignored) {
    Twin twin = twin(medium, apparatus);
    var lim = twin.apparatus().limits();
    for (double v : new double[] {lim.minSpeed(), Math.sqrt(lim.minSpeed() * lim.maxSpeed())}) {
      double prev = -1;
      for (double t = lim.minTemperature(); t <= lim.maxTemperature(); t += 5) {
        double g = twin.pass(new OperatingPoint(t, v), InkLoad.DRY).gloss60();
        assertThat(g).as("60° gloss at %.0f °C, %.3f m/s", t, v).isGreaterThanOrEqualTo(prev);
        prev = g;
      }
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void standardWindowAtNominalInk(String medium, String apparatus, double[] ignored) {
    Medium m = CATALOG.medium(medium);
    Apparatus a = CATALOG.apparatus(apparatus);
    Twin twin = twin(medium, apparatus);
    WindowPlan std =
        ProcessWindowPlanner.plan(WindowProblem.of(m, a, twin.nip().width(), FusingMode.STANDARD));
    WindowPlan high =
        ProcessWindowPlanner.plan(
            WindowProblem.of(m, a, twin.nip().width(), FusingMode.HIGH_GLOSS));
    // melt and blister inside the claimed standard window, on a grid of the apparatus range
    var lim = a.limits();
    int inside = 0;
    int melted = 0;
    int blistered = 0;
    for (int i = 0; i <= 8; i++) {
      double t = lim.minTemperature() + i * (lim.maxTemperature() - lim.minTemperature()) / 8;
      for (int k = 0; k <= 8; k++) {
        double v = lim.minSpeed() * Math.pow(lim.maxSpeed() / lim.minSpeed(), k / 8.0);
        SheetReport r =
            twin.pass(
                new OperatingPoint(t, v),
                new InkLoad(NOMINAL_LIQUID, InkLoad.TYPICAL_WATER_FRACTION));
        if (r.claimedStandard()) {
          inside++;
          melted += r.melted() ? 1 : 0;
          blistered += r.blister() ? 1 : 0;
        }
      }
    }
    String ranking = "no plan";
    if (std.point().isPresent() && high.point().isPresent()) {
      var ps = std.point().orElseThrow();
      var ph = high.point().orElseThrow();
      SheetReport rs = twin.pass(ps, new InkLoad(NOMINAL_LIQUID, InkLoad.TYPICAL_WATER_FRACTION));
      SheetReport rh = twin.pass(ph, new InkLoad(NOMINAL_LIQUID, InkLoad.TYPICAL_WATER_FRACTION));
      ranking =
          String.format(
              Locale.ROOT,
              "standard %.1f °C %.0f mm/s -> %.1f GU, high gloss %.1f °C %.0f mm/s -> %.1f GU",
              ps.temperature(),
              ps.speed() * 1e3,
              rs.gloss60(),
              ph.temperature(),
              ph.speed() * 1e3,
              rh.gloss60());
      assertThat(rh.gloss60())
          .as("the twin ranks the high-gloss point at least as glossy as the standard one")
          .isGreaterThanOrEqualTo(rs.gloss60() - 0.05);
    }
    System.out.printf(
        Locale.ROOT,
        "window %-15s %-10s standard-window grid points %d: melted %d, blister %d; %s%n",
        medium,
        apparatus,
        inside,
        melted,
        blistered,
        ranking);
  }
}
