package dev.fusejet.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.validation.Finding;
import dev.fusejet.validation.Severity;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The design limits of the device (surface, roughness, pressure) from both sides. */
class ApparatusValidatorTest {

  private static Apparatus roller(SurfaceMaterial surface, double roughness, Belt belt) {
    return new Apparatus(
        "t",
        "",
        new HeatRoller(0.02, "aluminium", 0.0015, 3e-4, 40, surface, 30e-6, roughness, 0.33),
        new PressureRoller(0.015, "silicone", 0.005, 40),
        belt,
        new NipSetting(3900, OptionalDouble.of(0.006), 0.03),
        new Heater("halogen", 1000),
        new TemperatureSensor("NTC", 2, 2),
        new OperatingLimits(100, 200, 0.02, 0.3, 0.01, 5, 1e-3, 0.5));
  }

  private static java.util.List<String> outside(Apparatus a, double pressure) {
    return ApparatusValidator.validate(a, pressure).of(Severity.OUTSIDE_DESIGN_RANGE).stream()
        .map(Finding::field)
        .toList();
  }

  @Test
  void roughnessLimitIs80nmInclusive() {
    assertThat(outside(roller(SurfaceMaterial.SILICONE_RESIN, 80e-9, null), 0.65e6)).isEmpty();
    assertThat(outside(roller(SurfaceMaterial.SILICONE_RESIN, 80.001e-9, null), 0.65e6))
        .containsExactly("heat-roller.surface-roughness");
  }

  @Test
  void pressureLimitIs06MPaInclusive() {
    assertThat(outside(roller(SurfaceMaterial.SILICONE_RESIN, 50e-9, null), 0.6e6)).isEmpty();
    assertThat(outside(roller(SurfaceMaterial.SILICONE_RESIN, 50e-9, null), 0.5999e6))
        .containsExactly("nip.line-load");
  }

  @Test
  void surfaceMustBeSiliconeResin() {
    assertThat(outside(roller(SurfaceMaterial.PFA, 50e-9, null), 0.65e6))
        .containsExactly("heat-roller.surface");
  }

  @Test
  void beltSurfaceIsWhatTouchesTheImage() {
    Belt belt = new Belt("polyimide", 80e-6, SurfaceMaterial.SILICONE_RESIN, 40e-9, 0.012);
    assertThat(outside(roller(SurfaceMaterial.SILICONE_RUBBER, 400e-9, belt), 0.65e6)).isEmpty();
    Belt rough = new Belt("polyimide", 80e-6, SurfaceMaterial.SILICONE_RESIN, 100e-9, 0.012);
    assertThat(outside(roller(SurfaceMaterial.SILICONE_RESIN, 40e-9, rough), 0.65e6))
        .containsExactly("belt.surface-roughness");
  }

  @Test
  void impossibleLimitsAreErrors() {
    Apparatus a = roller(SurfaceMaterial.SILICONE_RESIN, 50e-9, null);
    Apparatus swapped =
        new Apparatus(
            a.name(),
            "",
            a.heatRoller(),
            a.pressureRoller(),
            null,
            a.nip(),
            a.heater(),
            a.sensor(),
            new OperatingLimits(200, 100, 0.3, 0.02, 0.01, 5, 1e-3, 0.5));
    assertThat(ApparatusValidator.validate(swapped, 0.65e6).of(Severity.ERROR))
        .extracting(Finding::field)
        .contains("limits.max-speed", "limits.max-temperature");
  }
}
