package dev.fusejet.apparatus;

import dev.fusejet.units.Quantities;
import dev.fusejet.validation.Findings;
import dev.fusejet.validation.Severity;
import java.util.function.DoubleFunction;

/** Checks the {@code heater-control} section: units, ranges and the guards' consistency. */
final class HeaterControlValidator {
  private HeaterControlValidator() {}

  private static final String P = "heater-control.";

  /**
   * Sensor angles accepted (°): past the nip's exit and short of its entry; the belt-nip wrap
   * covers 34° of the 20 mm roller (12 mm / 20 mm rad), the roller nip 17°.
   */
  static final double MIN_SENSOR_ANGLE_DEGREES = 10;

  static final double MAX_SENSOR_ANGLE_DEGREES = 330;

  static void check(Findings f, HeaterControl c, OperatingLimits limits) {
    DoubleFunction<String> volts = v -> Quantities.fmt(v) + " V";
    DoubleFunction<String> secs = v -> Quantities.fmt(v) + " s";
    DoubleFunction<String> kelvin = v -> Quantities.fmt(v) + " K";
    f.within(
        Severity.ERROR,
        P + "supply-voltage",
        c.supplyVoltage(),
        5,
        480,
        volts,
        "mains or a DC rail");
    f.within(
        Severity.ERROR,
        P + "supply",
        c.supply(),
        0,
        1.2 * c.supplyVoltage(),
        volts,
        "0 to 120 % of the nominal supply");
    f.within(Severity.ERROR, P + "heater-response", c.heaterResponse(), 0, 60, secs, "0 to 60 s");
    f.within(Severity.ERROR, P + "ambient", c.ambient(), -20, 60, Quantities::celsius, "room air");
    f.within(
        Severity.ERROR,
        P + "convection",
        c.convection(),
        0,
        200,
        v -> Quantities.fmt(v) + " W/(m²·K)",
        "still air 5-15, forced air up to about 100");
    f.within(Severity.ERROR, P + "emissivity", c.emissivity(), 0, 1, Quantities::fmt, "0 to 1");
    f.within(Severity.ERROR, P + "sensor-noise", c.sensorNoise(), 0, 10, kelvin, "0 to 10 K rms");
    f.within(Severity.ERROR, P + "adc-step", c.adcStep(), 0, 5, kelvin, "0 to 5 K");
    if (!(c.sensorHigh() > c.sensorLow())) {
      f.add(
          Severity.ERROR,
          P + "sensor-high",
          Quantities.celsius(c.sensorHigh()),
          "> sensor-low " + Quantities.celsius(c.sensorLow()),
          "the converter's rails must be ordered");
    }
    f.within(
        Severity.ERROR,
        P + "sensor-angle",
        c.sensorAngle(),
        Math.toRadians(MIN_SENSOR_ANGLE_DEGREES),
        Math.toRadians(MAX_SENSOR_ANGLE_DEGREES),
        v -> Quantities.fmt(Math.toDegrees(v)) + "°",
        "10-330° from the nip's exit in the direction of rotation: outside the nip and its wrap");
    f.within(Severity.ERROR, P + "control-period", c.controlPeriod(), 0.01, 2, secs, "0.01 to 2 s");
    if (!HeaterControl.CONTROLLERS.contains(c.controller())) {
      f.add(
          Severity.ERROR,
          P + "controller",
          c.controller(),
          String.join(", ", HeaterControl.CONTROLLERS),
          "name one of the controllers");
    }
    PidGains g = c.pid();
    f.positive(P + "pid.band", g.band(), kelvin);
    f.positive(P + "pid.integral-time", g.integralTime(), secs);
    f.nonNegative(P + "pid.derivative-time", g.derivativeTime(), secs);
    f.positive(P + "hysteresis", c.hysteresis(), kelvin);
    MpcModel m = c.mpc();
    f.positive(P + "mpc.heat-capacity", m.heatCapacity(), v -> Quantities.fmt(v) + " J/K");
    f.nonNegative(P + "mpc.ambient-transfer", m.ambientTransfer(), v -> Quantities.fmt(v) + " W/K");
    f.positive(P + "mpc.sensor-response", m.sensorResponse(), secs);
    f.positive(P + "mpc.horizon", m.horizon(), secs);
    f.within(
        Severity.ERROR,
        P + "mpc.smoothing",
        m.smoothing(),
        0,
        10,
        Quantities::fmt,
        "0 to 10 per s");
    SafetyLimits s = c.safety();
    if (limits != null && !(s.maxTemperature() > limits.maxTemperature())) {
      f.add(
          Severity.ERROR,
          P + "safety.max-temperature",
          Quantities.celsius(s.maxTemperature()),
          "> limits.max-temperature " + Quantities.celsius(limits.maxTemperature()),
          "the cut-off must lie above the highest set point (Marlin: 15 K above)");
    }
    if (!(s.minTemperature() > c.sensorLow() && s.maxTemperature() < c.sensorHigh())) {
      f.add(
          Severity.ERROR,
          P + "safety",
          Quantities.celsius(s.minTemperature()) + " .. " + Quantities.celsius(s.maxTemperature()),
          "inside the sensor's rails "
              + Quantities.celsius(c.sensorLow())
              + " .. "
              + Quantities.celsius(c.sensorHigh()),
          "the limits must be readings the sensor can express");
    }
    f.positive(P + "safety.watch-period", s.watchPeriod(), secs);
    f.within(
        Severity.ERROR,
        P + "safety.watch-increase",
        s.watchIncrease(),
        2,
        50,
        kelvin,
        "Marlin: WATCH_TEMP_INCREASE should not be set below 2 K (noise would pass a smaller gain)");
    f.positive(P + "safety.runaway-hysteresis", s.runawayHysteresis(), kelvin);
    f.positive(
        P + "safety.runaway-max-error", s.runawayMaxError(), v -> Quantities.fmt(v) + " K·s");
    f.positive(P + "safety.stale-time", s.staleTime(), secs);
    f.positive(P + "safety.stuck-period", s.stuckPeriod(), secs);
    f.within(
        Severity.ERROR,
        P + "safety.max-heat-time",
        s.maxHeatTime(),
        2 * c.controlPeriod(),
        30,
        secs,
        "at least two control periods (the controller must be able to refresh in time)");
    f.positive(P + "ready-band", c.readyBand(), kelvin);
    f.positive(P + "ready-rate", c.readyRate(), v -> Quantities.fmt(v) + " K/s");
    f.nonNegative(P + "max-feed-delay", c.maxFeedDelay(), secs);
  }
}
