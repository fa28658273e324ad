package dev.fusejet.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.validation.Finding;
import dev.fusejet.validation.Severity;
import dev.fusejet.validation.ValidationReport;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every design limit of the medium checked from both sides: a value on the limit is accepted
 * (limits are inclusive), a value just outside gives exactly one finding on that field.
 */
class MediumValidatorTest {
  private static final String SURFACE = "ink-receiving-layer.surface-layer";
  private static final String RESIN = SURFACE + ".resin-particles";

  static Stream<Arguments> designLimits() {
    double eps = 1e-9; // relative nudge across a limit
    return Stream.of(
        limit("surface thickness 3 µm", SURFACE + ".thickness", v -> surf(v, 1.0), 3e-6, -1, eps),
        limit("surface thickness 10 µm", SURFACE + ".thickness", v -> surf(v, 1.0), 10e-6, +1, eps),
        limit(
            "absorbing 25 µm",
            SURFACE.replace("surface-layer", "solvent-absorbing-layer") + ".thickness",
            v -> TestMedia.withAbsorbing(v, 0.58),
            25e-6,
            -1,
            eps),
        limit(
            "absorbing 40 µm",
            "ink-receiving-layer.solvent-absorbing-layer.thickness",
            v -> TestMedia.withAbsorbing(v, 0.58),
            40e-6,
            +1,
            eps),
        limit(
            "ratio 3/7", SURFACE + ".pigment-to-resin-ratio", v -> surf(5e-6, v), 3.0 / 7, -1, eps),
        limit(
            "ratio 7/3", SURFACE + ".pigment-to-resin-ratio", v -> surf(5e-6, v), 7.0 / 3, +1, eps),
        limit(
            "porosity 30 %",
            "ink-receiving-layer.porosity", TestMedia::withPorosity, 0.30, -1, eps),
        limit(
            "porosity 70 %",
            "ink-receiving-layer.porosity", TestMedia::withPorosity, 0.70, +1, eps),
        limit(
            "T_M 100 °C",
            "support.face-resin.melting-temperature",
            v -> TestMedia.withFace(new ResinLayer(PolymerFamily.LDPE, 25e-6, v)),
            100,
            -1,
            eps),
        limit(
            "T_M 180 °C",
            "support.face-resin.melting-temperature",
            v -> TestMedia.withFace(new ResinLayer(PolymerFamily.PP, 25e-6, v)),
            180,
            +1,
            eps),
        limit(
            "Tg 50 °C",
            RESIN + ".glass-transition",
            v ->
                TestMedia.withSurface(
                    TestMedia.surface(
                        r -> new ResinParticles(r.polymer(), v, r.meanDiameter()), 5e-6, 1.0)),
            50,
            -1,
            eps),
        limit(
            "Tg 180 °C",
            RESIN + ".glass-transition",
            v ->
                TestMedia.withSurface(
                    TestMedia.surface(
                        r -> new ResinParticles(r.polymer(), v, r.meanDiameter()), 5e-6, 1.0)),
            180,
            +1,
            eps),
        limit(
            "diameter 50 nm",
            RESIN + ".mean-diameter",
            v ->
                TestMedia.withSurface(
                    TestMedia.surface(
                        r -> new ResinParticles(r.polymer(), r.glassTransition(), v), 5e-6, 1.0)),
            50e-9,
            -1,
            eps),
        limit(
            "diameter 500 nm",
            RESIN + ".mean-diameter",
            v ->
                TestMedia.withSurface(
                    TestMedia.surface(
                        r -> new ResinParticles(r.polymer(), r.glassTransition(), v), 5e-6, 1.0)),
            500e-9,
            +1,
            eps));
  }

  private static Medium surf(double thickness, double ratio) {
    return TestMedia.withSurface(TestMedia.surface(r -> r, thickness, ratio));
  }

  interface MediumAt {
    Medium at(double value);
  }

  private static Arguments limit(
      String name, String field, MediumAt medium, double limit, int outside, double eps) {
    return Arguments.of(name, field, medium, limit, outside, eps);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designLimits")
  void designLimitFromBothSides(
      String name, String field, MediumAt medium, double limit, int outside, double eps) {
    ValidationReport on = MediumValidator.validate(medium.at(limit));
    assertThat(blocking(on)).as("on the limit").isEmpty();
    double inside = limit * (1 - outside * 0.01);
    assertThat(blocking(MediumValidator.validate(medium.at(inside)))).as("inside").isEmpty();
    double beyond = limit * (1 + outside * 1e-6);
    List<Finding> f = blocking(MediumValidator.validate(medium.at(beyond)));
    assertThat(f).as("just outside").hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.OUTSIDE_DESIGN_RANGE);
    assertThat(f.get(0).field()).isEqualTo(field);
    assertThat(f.get(0).limit()).isNotBlank();
    assertThat(f.get(0).advice()).isNotBlank();
  }

  private static List<Finding> blocking(ValidationReport r) {
    return r.findings().stream().filter(x -> x.severity() != Severity.NOTE).toList();
  }

  @Test
  void baseMediumIsClean() {
    assertThat(MediumValidator.validate(TestMedia.base()).findings()).isEmpty();
  }

  @Test
  void nonPolyolefinResinIsOutsideTheDesign() {
    var f =
        MediumValidator.validate(TestMedia.withFace(new ResinLayer(PolymerFamily.PET, 25e-6, 150)))
            .findings();
    assertThat(f)
        .extracting(Finding::field, Finding::severity)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "support.face-resin.polymer", Severity.OUTSIDE_DESIGN_RANGE));
  }

  @Test
  void impossibleValuesAreErrors() {
    assertThat(MediumValidator.validate(TestMedia.withPorosity(1.0)).hasErrors()).isTrue();
    assertThat(MediumValidator.validate(TestMedia.withPorosity(-0.1)).hasErrors()).isTrue();
    assertThat(MediumValidator.validate(TestMedia.withAbsorbing(-1e-6, 0.5)).hasErrors()).isTrue();
    assertThat(MediumValidator.validate(surf(5e-6, -1)).hasErrors()).isTrue();
    Medium noResin = TestMedia.withSurface(TestMedia.surface(r -> null, 5e-6, 1.0));
    ValidationReport r = MediumValidator.validate(noResin);
    assertThat(r.of(Severity.ERROR)).extracting(Finding::field).containsExactly(RESIN);
  }

  @Test
  void particlesLargerThanTheLayerAreAnError() {
    // 200 µm particles (the source's literal unit) cannot fit a 5 µm layer.
    Medium m =
        TestMedia.withSurface(
            TestMedia.surface(r -> new ResinParticles(r.polymer(), 70, 200e-6), 5e-6, 1.0));
    assertThat(MediumValidator.validate(m).of(Severity.ERROR))
        .extracting(Finding::field)
        .containsExactly(RESIN + ".mean-diameter");
  }

  @Test
  void tgAtOrAboveMeltingIsNoted() {
    Medium m =
        TestMedia.withSurface(
            TestMedia.surface(r -> new ResinParticles(r.polymer(), 112, 200e-9), 5e-6, 1.0));
    assertThat(MediumValidator.validate(m).of(Severity.NOTE)).hasSize(1);
  }

  @Test
  void findingsNameValueWithUnit() {
    Finding f = MediumValidator.validate(surf(12e-6, 1.0)).findings().get(0);
    assertThat(f.value()).isEqualTo("12 µm");
    assertThat(f.limit()).isEqualTo("3 µm to 10 µm");
  }

  /**
   * A Tg or T_M below absolute zero is impossible, so an error that no design override accepts, not
   * merely outside the design range; -273 °C is possible (if useless) and stays a design finding.
   */
  @Test
  void temperaturesBelowAbsoluteZeroAreErrors() {
    Medium coldTg =
        TestMedia.withSurface(
            TestMedia.surface(r -> new ResinParticles(r.polymer(), -300, 200e-9), 5e-6, 1.0));
    assertThat(MediumValidator.validate(coldTg).of(Severity.ERROR))
        .extracting(Finding::field)
        .containsExactly(RESIN + ".glass-transition");
    Medium coldTm = TestMedia.withFace(new ResinLayer(PolymerFamily.LDPE, 25e-6, -274));
    assertThat(MediumValidator.validate(coldTm).of(Severity.ERROR))
        .extracting(Finding::field)
        .containsExactly("support.face-resin.melting-temperature");
    Medium barely =
        TestMedia.withSurface(
            TestMedia.surface(r -> new ResinParticles(r.polymer(), -273, 200e-9), 5e-6, 1.0));
    assertThat(MediumValidator.validate(barely).hasErrors()).isFalse();
    assertThat(MediumValidator.validate(barely).outsideDesignRange()).isTrue();
  }
}
