package dev.fusejet.apparatus;

import dev.fusejet.units.Quantities;
import dev.fusejet.units.Units;
import dev.fusejet.validation.Findings;
import dev.fusejet.validation.Severity;
import dev.fusejet.validation.ValidationReport;

/**
 * Checks an {@link Apparatus} for impossible values and against the fusing design: a silicone resin
 * surface, roughness Ra at most 80 nm, and a nip pressure of at least 0.6 MPa.
 */
public final class ApparatusValidator {

  /** Highest surface roughness Ra of the image-side member the design allows (m). */
  public static final double MAX_ROUGHNESS = 80 * Units.NANOMETRE;

  /** Lowest mean nip pressure the design allows (Pa). */
  public static final double MIN_PRESSURE = 0.6 * Units.MEGAPASCAL;

  private ApparatusValidator() {}

  /**
   * Validates the hardware description; {@code meanPressure} is the nip's mean pressure (Pa) from
   * the nip model or measurement, or NaN when it is not known yet.
   */
  public static ValidationReport validate(Apparatus a, double meanPressure) {
    Findings f = new Findings();
    f.named("name", a.name());
    HeatRoller r = a.heatRoller();
    if (r == null) {
      f.add(Severity.ERROR, "heat-roller", "(missing)", "required", "add the heat-roller section");
    } else {
      f.positive("heat-roller.radius", r.radius(), Quantities::length);
      f.positive("heat-roller.length", r.length(), Quantities::length);
      f.positive("heat-roller.core-wall", r.coreWall(), Quantities::length);
      f.nonNegative("heat-roller.elastic-thickness", r.elasticThickness(), Quantities::length);
      f.nonNegative("heat-roller.surface-thickness", r.surfaceThickness(), Quantities::length);
      f.nonNegative("heat-roller.surface-roughness", r.surfaceRoughness(), Quantities::length);
      hardness(f, "heat-roller.elastic-hardness", r.elasticHardness());
      if (r.coreWall() >= r.radius()) {
        f.add(
            Severity.ERROR,
            "heat-roller.core-wall",
            Quantities.length(r.coreWall()),
            "< radius " + Quantities.length(r.radius()),
            "the core wall must be thinner than the radius");
      }
    }
    PressureRoller p = a.pressureRoller();
    if (p == null) {
      f.add(
          Severity.ERROR,
          "pressure-roller",
          "(missing)",
          "required",
          "add the pressure-roller section");
    } else {
      f.positive("pressure-roller.radius", p.radius(), Quantities::length);
      f.positive("pressure-roller.rubber-thickness", p.rubberThickness(), Quantities::length);
      hardness(f, "pressure-roller.rubber-hardness", p.rubberHardness());
      if (p.rubberThickness() >= p.radius()) {
        f.add(
            Severity.ERROR,
            "pressure-roller.rubber-thickness",
            Quantities.length(p.rubberThickness()),
            "< radius " + Quantities.length(p.radius()),
            "the rubber cover must be thinner than the radius");
      }
    }
    Belt b = a.belt();
    if (b != null) {
      f.positive("belt.thickness", b.thickness(), Quantities::length);
      f.positive("belt.nip-length", b.nipLength(), Quantities::length);
      f.nonNegative("belt.surface-roughness", b.surfaceRoughness(), Quantities::length);
    }
    checkNip(f, a.nip());
    if (a.heater() != null) {
      f.positive("heater.power", a.heater().power(), w -> Quantities.fmt(w) + " W");
    }
    if (a.sensor() != null) {
      f.nonNegative("sensor.accuracy", a.sensor().accuracy(), k -> Quantities.fmt(k) + " K");
      f.positive("sensor.time-constant", a.sensor().timeConstant(), s -> Quantities.fmt(s) + " s");
    }
    checkLimits(f, a.limits());
    if (a.heaterControl() != null) {
      HeaterControlValidator.check(f, a.heaterControl(), a.limits());
    }
    checkDesign(f, a, meanPressure);
    return new ValidationReport("apparatus " + a.name(), f.toList());
  }

  private static void checkNip(Findings f, NipSetting n) {
    if (n == null) {
      f.add(
          Severity.ERROR, "nip", "(missing)", "required", "add the nip section with its line load");
      return;
    }
    f.positive("nip.line-load", n.lineLoad(), l -> Quantities.fmt(l / 1e3) + " N/mm");
    n.measuredWidth().ifPresent(w -> f.positive("nip.measured-width", w, Quantities::length));
    f.within(
        Severity.ERROR,
        "nip.width-tolerance",
        n.widthTolerance(),
        0,
        0.5,
        Quantities::percent,
        "a relative width uncertainty between 0 and 50 %");
  }

  private static void checkLimits(Findings f, OperatingLimits l) {
    if (l == null) {
      f.add(Severity.ERROR, "limits", "(missing)", "required", "add the limits section");
      return;
    }
    f.positive("limits.min-speed", l.minSpeed(), Quantities::speed);
    f.positive("limits.max-speed", l.maxSpeed(), Quantities::speed);
    f.positive("limits.speed-step", l.speedStep(), Quantities::speed);
    f.positive("limits.temperature-step", l.temperatureStep(), k -> Quantities.fmt(k) + " K");
    f.nonNegative("limits.temperature-droop", l.temperatureDroop(), k -> Quantities.fmt(k) + " K");
    f.within(
        Severity.ERROR,
        "limits.speed-tolerance",
        l.speedTolerance(),
        0,
        0.5,
        Quantities::percent,
        "a relative speed error between 0 and 50 %");
    if (!(l.maxSpeed() >= l.minSpeed())) {
      f.add(
          Severity.ERROR,
          "limits.max-speed",
          Quantities.speed(l.maxSpeed()),
          ">= min-speed " + Quantities.speed(l.minSpeed()),
          "swap or correct the speed limits");
    }
    f.temperature(
        "limits.min-temperature",
        l.minTemperature(),
        "give the lowest surface temperature the heater holds, in °C");
    if (!(l.maxTemperature() >= l.minTemperature())) {
      f.add(
          Severity.ERROR,
          "limits.max-temperature",
          Quantities.celsius(l.maxTemperature()),
          ">= min-temperature " + Quantities.celsius(l.minTemperature()),
          "swap or correct the temperature limits");
    }
    f.within(
        Severity.ERROR,
        "limits.max-temperature",
        l.maxTemperature(),
        0,
        300,
        Quantities::celsius,
        "silicone and PFA release layers serve up to about 260 °C");
  }

  private static void checkDesign(Findings f, Apparatus a, double meanPressure) {
    String member = a.belt() != null ? "belt" : "heat-roller";
    if (a.imageSideSurface() != SurfaceMaterial.SILICONE_RESIN) {
      f.add(
          Severity.OUTSIDE_DESIGN_RANGE,
          member + ".surface",
          String.valueOf(a.imageSideSurface()),
          "SILICONE_RESIN",
          "the design asks for a silicone resin surface on the image side");
    }
    if (a.imageSideRoughness() > MAX_ROUGHNESS) {
      f.add(
          Severity.OUTSIDE_DESIGN_RANGE,
          member + ".surface-roughness",
          Quantities.length(a.imageSideRoughness()),
          "<= 80 nm",
          "a rougher surface prints its texture into the film; use a member with Ra <= 80 nm");
    }
    if (Double.isFinite(meanPressure) && meanPressure < MIN_PRESSURE) {
      f.add(
          Severity.OUTSIDE_DESIGN_RANGE,
          "nip.line-load",
          Quantities.pressure(meanPressure) + " mean",
          ">= 0.6 MPa",
          "raise the nip load or shorten the nip so the mean pressure reaches 0.6 MPa");
    }
  }

  private static void hardness(Findings f, String path, double shore) {
    f.within(
        Severity.ERROR,
        path,
        shore,
        0,
        100,
        s -> Quantities.fmt(s) + " Shore A",
        "Shore A runs from 0 to 100");
  }
}
