package dev.fusejet.nip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.Belt;
import dev.fusejet.apparatus.HeatRoller;
import dev.fusejet.apparatus.Heater;
import dev.fusejet.apparatus.NipSetting;
import dev.fusejet.apparatus.OperatingLimits;
import dev.fusejet.apparatus.PressureRoller;
import dev.fusejet.apparatus.SurfaceMaterial;
import dev.fusejet.apparatus.TemperatureSensor;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Nip mechanics against the worked examples of physics reference 2.1-2.2 and force balance. */
class NipMechanicsTest {

  @Test
  void gentRelationGivesPublishedModuli() {
    // physics reference 2.2: Shore A 20 / 40 / 60 -> about 0.7 / 1.7 / 3.6 MPa
    assertThat(RubberModulus.fromShoreA(20)).isCloseTo(0.7e6, within(0.05e6));
    assertThat(RubberModulus.fromShoreA(40)).isCloseTo(1.7e6, within(0.05e6));
    assertThat(RubberModulus.fromShoreA(60)).isCloseTo(3.6e6, within(0.05e6));
    assertThatThrownBy(() -> RubberModulus.fromShoreA(120)).hasMessageContaining("120");
  }

  @Test
  void hertzExampleOfReference() {
    // R1 = 20 mm rigid, R2 = 15 mm, E* = 4 MPa, P = 3.6 N/mm -> 2a = 6.3 mm, p0 = 0.73 MPa
    double r = HertzLineContact.effectiveRadius(0.020, 0.015);
    double eStar = HertzLineContact.contactModulus(Double.POSITIVE_INFINITY, 0.5, 3e6, 0.5);
    assertThat(eStar).isCloseTo(4e6, within(1.0));
    double a = HertzLineContact.halfWidth(3600, r, eStar);
    assertThat(2 * a).isCloseTo(6.3e-3, within(0.05e-3));
    NipContact c = NipMechanics.fromWidth(2 * a, 3600, NipModel.HERTZ);
    assertThat(c.peakPressure()).isCloseTo(0.73e6, within(0.01e6));
    assertThat(c.meanPressure()).isCloseTo(0.57e6, within(0.01e6));
    // peak from Johnson's closed form sqrt(P E* / (pi R)) agrees with 2P/(pi a)
    assertThat(c.peakPressure()).isCloseTo(Math.sqrt(3600 * eStar / (Math.PI * r)), within(1.0));
  }

  @ParameterizedTest
  @CsvSource({
    "0.5e-3, 3.0e-3, 2.3e6",
    "1e-3, 4.5e-3, 1.5e6",
    "2e-3, 6.8e-3, 1.0e6",
    "4e-3, 10.35e-3, 0.65e6"
  })
  void thinIncompressibleLayerExampleOfReference(double h, double width, double peak) {
    // E = 3 MPa, G = 1 MPa, P = 3.6 N/mm, R = 8.57 mm (physics reference 2.2, no-slip form)
    double a = ThinLayerContact.incompressibleHalfWidth(3600, 8.57e-3, h * h * h / 1e6);
    assertThat(2 * a).isCloseTo(width, within(0.06e-3));
    NipContact c = NipMechanics.fromWidth(2 * a, 3600, NipModel.THIN_LAYER_INCOMPRESSIBLE);
    assertThat(c.peakPressure()).isCloseTo(peak, within(0.05e6));
    // the closed-form peak G a^4 / (2 R h^3) of the reference agrees
    assertThat(c.peakPressure())
        .isCloseTo(1e6 * Math.pow(a, 4) / (2 * 8.57e-3 * h * h * h), within(1e3));
  }

  @Test
  void winklerLayerPeakIsThreeQuartersOfLoadOverHalfWidth() {
    double k = ThinLayerContact.constrainedModulus(1e6, 0.3);
    // K = 2G(1-nu)/(1-2nu) = E(1-nu)/((1+nu)(1-2nu))
    assertThat(k).isCloseTo(1e6 * 0.7 / (1.3 * 0.4), within(1.0));
    double a = ThinLayerContact.compressibleHalfWidth(2000, 0.01, 1e-3 / k);
    NipContact c = NipMechanics.fromWidth(2 * a, 2000, NipModel.THIN_LAYER_COMPRESSIBLE);
    assertThat(c.peakPressure()).isCloseTo(0.75 * 2000 / a, within(1e-6));
    // the profile (K/(2Rh))(a^2 - x^2) at x = 0 is the same peak
    assertThat(k / (2 * 0.01 * 1e-3) * a * a).isCloseTo(c.peakPressure(), within(1e-3));
  }

  @ParameterizedTest
  @EnumSource(NipModel.class)
  void pressureProfileCarriesTheLineLoad(NipModel model) {
    NipContact c = NipMechanics.fromWidth(6e-3, 3600, model);
    int n = 200_000;
    double h = c.width() / n;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += c.pressureAt(-c.width() / 2 + (i + 0.5) * h) * h;
    }
    assertThat(sum).isCloseTo(3600, within(0.5)); // N/m
    assertThat(c.pressureAt(3.1e-3)).isZero();
  }

  @Test
  void measuredWidthOverridesEveryModel() {
    Apparatus a = apparatus(OptionalDouble.of(7e-3), null);
    NipContact c = NipMechanics.contact(a);
    assertThat(c.model()).isEqualTo(NipModel.MEASURED);
    assertThat(c.width()).isEqualTo(7e-3);
    assertThat(c.meanPressure()).isCloseTo(4200 / 7e-3, within(1e-6));
    assertThat(c.dwell(0.1)).isCloseTo(0.07, within(1e-12));
  }

  @Test
  void beltNipUsesTheWrapLength() {
    Belt belt = new Belt("polyimide", 80e-6, SurfaceMaterial.SILICONE_RESIN, 50e-9, 12e-3);
    NipContact c = NipMechanics.contact(apparatus(OptionalDouble.empty(), belt));
    assertThat(c.model()).isEqualTo(NipModel.BELT);
    assertThat(c.width()).isEqualTo(12e-3);
    assertThat(c.peakPressure()).isEqualTo(c.meanPressure());
  }

  @Test
  void rollerNipTakesTheSmallerOfHertzAndThinLayer() {
    NipContact thin = NipMechanics.contact(apparatus(OptionalDouble.empty(), null));
    // 0.5 mm silicone on the heat roller, 3 mm solid rubber on the pressure roller: layers are
    // thin compared with the Hertz width, so the thin-layer form applies and is narrower.
    assertThat(thin.model()).isEqualTo(NipModel.THIN_LAYER_INCOMPRESSIBLE);
    double r = HertzLineContact.effectiveRadius(0.02, 0.015);
    double e1 = RubberModulus.fromShoreA(50);
    double e2 = RubberModulus.fromShoreA(40);
    double aHertz =
        HertzLineContact.halfWidth(4200, r, HertzLineContact.contactModulus(e1, 0.49, e2, 0.49));
    assertThat(thin.width()).isLessThan(2 * aHertz);
    assertThat(thin.width()).isBetween(2e-3, 12e-3);
  }

  @Test
  void rejectsNonPositiveLoadNamingTheField() {
    Apparatus a = apparatus(OptionalDouble.empty(), null);
    Apparatus bad =
        new Apparatus(
            a.name(),
            a.description(),
            a.heatRoller(),
            a.pressureRoller(),
            null,
            new NipSetting(0, OptionalDouble.empty(), 0.05),
            a.heater(),
            a.sensor(),
            a.limits());
    assertThatThrownBy(() -> NipMechanics.contact(bad)).hasMessageContaining("nip.line-load");
  }

  static Apparatus apparatus(OptionalDouble measured, Belt belt) {
    return new Apparatus(
        "test",
        "test rig",
        new HeatRoller(
            0.02, "aluminium", 1.5e-3, 0.5e-3, 50, SurfaceMaterial.PFA, 30e-6, 50e-9, 0.33),
        new PressureRoller(0.015, "silicone", 3e-3, 40),
        belt,
        new NipSetting(4200, measured, 0.05),
        new Heater("halogen lamp", 1000),
        new TemperatureSensor("NTC", 2, 2),
        new OperatingLimits(100, 200, 0.02, 0.3, 0.02, 5, 1e-3, 1));
  }
}
