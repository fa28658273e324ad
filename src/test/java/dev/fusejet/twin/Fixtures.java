package dev.fusejet.twin;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.Belt;
import dev.fusejet.apparatus.HeatRoller;
import dev.fusejet.apparatus.Heater;
import dev.fusejet.apparatus.NipSetting;
import dev.fusejet.apparatus.OperatingLimits;
import dev.fusejet.apparatus.PressureRoller;
import dev.fusejet.apparatus.SurfaceMaterial;
import dev.fusejet.apparatus.TemperatureSensor;
import dev.fusejet.media.InkReceivingLayer;
import dev.fusejet.media.InorganicParticleKind;
import dev.fusejet.media.Medium;
import dev.fusejet.media.PaperBase;
import dev.fusejet.media.PolymerFamily;
import dev.fusejet.media.ResinLayer;
import dev.fusejet.media.ResinParticles;
import dev.fusejet.media.SolventAbsorbingLayer;
import dev.fusejet.media.Support;
import dev.fusejet.media.SurfaceLayer;
import java.util.OptionalDouble;

/** Media and apparatus close to the physics reference's default stack (section 1.4). */
final class Fixtures {
  private Fixtures() {}

  /** Glossy LDPE photo base, Tg 70 °C, T_M 112 °C, 5 µm surface over 35 µm absorbing layer. */
  static Medium glossy() {
    return medium("glossy", 70, 200e-9, PolymerFamily.LDPE, 112);
  }

  static Medium medium(String name, double tg, double diameter, PolymerFamily poly, double tm) {
    return new Medium(
        name,
        "test medium",
        new Support(
            new PaperBase(180e-6, 800),
            new ResinLayer(poly, 25e-6, tm),
            new ResinLayer(poly, 25e-6, tm)),
        new InkReceivingLayer(
            new SolventAbsorbingLayer(
                InorganicParticleKind.FUMED_SILICA, 150e-9, "PVA", 35e-6, 0.6),
            new SurfaceLayer(
                new ResinParticles("styrene-acrylic", tg, diameter),
                InorganicParticleKind.COLLOIDAL_SILICA,
                50e-9,
                "PVA",
                1.0,
                5e-6),
            0.55));
  }

  /** Two-roller nip, 6 mm measured width, PFA over 0.3 mm silicone on aluminium. */
  static Apparatus rollerNip() {
    return new Apparatus(
        "roller",
        "test roller nip",
        new HeatRoller(
            0.02,
            "aluminium",
            1.5e-3,
            0.3e-3,
            50,
            SurfaceMaterial.SILICONE_RESIN,
            30e-6,
            50e-9,
            0.33),
        new PressureRoller(0.015, "silicone", 5e-3, 40),
        null,
        new NipSetting(3600, OptionalDouble.of(6e-3), 0.05),
        new Heater("halogen lamp", 1000),
        new TemperatureSensor("NTC", 2, 2),
        new OperatingLimits(100, 200, 0.02, 0.3, 0.02, 5, 1e-3, 1));
  }

  /** Belt nip, 12 mm wrap. */
  static Apparatus beltNip() {
    Apparatus r = rollerNip();
    return new Apparatus(
        "belt",
        "test belt nip",
        r.heatRoller(),
        r.pressureRoller(),
        new Belt("polyimide", 80e-6, SurfaceMaterial.SILICONE_RESIN, 50e-9, 12e-3),
        new NipSetting(7200, OptionalDouble.empty(), 0.05),
        r.heater(),
        r.sensor(),
        r.limits());
  }
}
