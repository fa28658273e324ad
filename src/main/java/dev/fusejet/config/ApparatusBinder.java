package dev.fusejet.config;

import static dev.fusejet.units.Dimension.ANGLE;
import static dev.fusejet.units.Dimension.FRACTION;
import static dev.fusejet.units.Dimension.HEAT_CAPACITY;
import static dev.fusejet.units.Dimension.HEAT_TRANSFER;
import static dev.fusejet.units.Dimension.LENGTH;
import static dev.fusejet.units.Dimension.LINE_LOAD;
import static dev.fusejet.units.Dimension.POWER;
import static dev.fusejet.units.Dimension.SHORE_A;
import static dev.fusejet.units.Dimension.SPEED;
import static dev.fusejet.units.Dimension.TEMPERATURE;
import static dev.fusejet.units.Dimension.TEMPERATURE_DIFFERENCE;
import static dev.fusejet.units.Dimension.TEMPERATURE_RATE;
import static dev.fusejet.units.Dimension.TEMPERATURE_TIME;
import static dev.fusejet.units.Dimension.THERMAL_CONDUCTANCE;
import static dev.fusejet.units.Dimension.TIME;
import static dev.fusejet.units.Dimension.VOLTAGE;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.Belt;
import dev.fusejet.apparatus.HeatRoller;
import dev.fusejet.apparatus.Heater;
import dev.fusejet.apparatus.HeaterControl;
import dev.fusejet.apparatus.MpcModel;
import dev.fusejet.apparatus.NipSetting;
import dev.fusejet.apparatus.OperatingLimits;
import dev.fusejet.apparatus.PidGains;
import dev.fusejet.apparatus.PressureRoller;
import dev.fusejet.apparatus.SafetyLimits;
import dev.fusejet.apparatus.SurfaceMaterial;
import dev.fusejet.apparatus.TemperatureSensor;
import dev.fusejet.units.Units;

/** Binds the apparatus file format (docs/media-format.md) to an {@link Apparatus}. */
final class ApparatusBinder {
  private ApparatusBinder() {}

  static Apparatus bind(Node n) {
    String name = n.text("name");
    String description = n.text("description", "");
    Node h = n.child("heat-roller");
    HeatRoller heat =
        new HeatRoller(
            h.quantity("radius", LENGTH),
            h.text("core-material"),
            h.quantity("core-wall", LENGTH),
            h.quantity("elastic-thickness", LENGTH, 0),
            h.quantity("elastic-hardness", SHORE_A, 0),
            h.enumValue("surface", SurfaceMaterial.class),
            h.quantity("surface-thickness", LENGTH),
            h.quantity("surface-roughness", LENGTH),
            h.quantity("length", LENGTH));
    h.finish();
    Node p = n.child("pressure-roller");
    PressureRoller pressure =
        new PressureRoller(
            p.quantity("radius", LENGTH),
            p.text("rubber-material"),
            p.quantity("rubber-thickness", LENGTH),
            p.quantity("rubber-hardness", SHORE_A));
    p.finish();
    Node b = n.optionalChild("belt");
    Belt belt = null;
    if (b != null) {
      belt =
          new Belt(
              b.text("base-material"),
              b.quantity("thickness", LENGTH),
              b.enumValue("surface", SurfaceMaterial.class),
              b.quantity("surface-roughness", LENGTH),
              b.quantity("nip-length", LENGTH));
      b.finish();
    }
    Node nip = n.child("nip");
    NipSetting setting =
        new NipSetting(
            nip.quantity("line-load", LINE_LOAD),
            nip.optionalQuantity("measured-width", LENGTH),
            nip.quantity("width-tolerance", FRACTION, 0));
    nip.finish();
    Node ht = n.child("heater");
    Heater heater = new Heater(ht.text("kind"), ht.quantity("power", POWER));
    ht.finish();
    Node s = n.child("sensor");
    TemperatureSensor sensor =
        new TemperatureSensor(
            s.text("kind"),
            s.quantity("accuracy", TEMPERATURE_DIFFERENCE),
            s.quantity("time-constant", TIME));
    s.finish();
    Node l = n.child("limits");
    OperatingLimits limits =
        new OperatingLimits(
            l.quantity("min-temperature", TEMPERATURE),
            l.quantity("max-temperature", TEMPERATURE),
            l.quantity("min-speed", SPEED),
            l.quantity("max-speed", SPEED),
            l.quantity("speed-tolerance", FRACTION),
            l.quantity("temperature-droop", TEMPERATURE_DIFFERENCE),
            l.quantity("speed-step", SPEED, 1 * Units.MILLIMETRE),
            l.quantity("temperature-step", TEMPERATURE_DIFFERENCE, 0.5));
    l.finish();
    Apparatus a =
        new Apparatus(name, description, heat, pressure, belt, setting, heater, sensor, limits);
    Node c = n.optionalChild("heater-control");
    if (c != null) {
      a = a.withHeaterControl(heaterControl(c, HeaterControl.defaults(a)));
    }
    n.finish();
    return a;
  }

  /** The heater-control section; every key is optional and falls back to {@code d}. */
  private static HeaterControl heaterControl(Node c, HeaterControl d) {
    PidGains pid = d.pid();
    Node p = c.optionalChild("pid");
    if (p != null) {
      pid =
          new PidGains(
              p.quantity("band", TEMPERATURE_DIFFERENCE, pid.band()),
              p.quantity("integral-time", TIME, pid.integralTime()),
              p.quantity("derivative-time", TIME, pid.derivativeTime()));
      p.finish();
    }
    MpcModel mpc = d.mpc();
    Node m = c.optionalChild("mpc");
    if (m != null) {
      mpc =
          new MpcModel(
              m.quantity("heat-capacity", HEAT_CAPACITY, mpc.heatCapacity()),
              m.quantity("ambient-transfer", THERMAL_CONDUCTANCE, mpc.ambientTransfer()),
              m.quantity("sensor-response", TIME, mpc.sensorResponse()),
              m.quantity("horizon", TIME, mpc.horizon()),
              m.quantity("smoothing", FRACTION, mpc.smoothing()));
      m.finish();
    }
    SafetyLimits g = d.safety();
    Node s = c.optionalChild("safety");
    if (s != null) {
      g =
          new SafetyLimits(
              s.quantity("min-temperature", TEMPERATURE, g.minTemperature()),
              s.quantity("max-temperature", TEMPERATURE, g.maxTemperature()),
              s.quantity("watch-period", TIME, g.watchPeriod()),
              s.quantity("watch-increase", TEMPERATURE_DIFFERENCE, g.watchIncrease()),
              s.quantity("runaway-hysteresis", TEMPERATURE_DIFFERENCE, g.runawayHysteresis()),
              s.quantity("runaway-max-error", TEMPERATURE_TIME, g.runawayMaxError()),
              s.quantity("stale-time", TIME, g.staleTime()),
              s.quantity("stuck-period", TIME, g.stuckPeriod()),
              s.quantity("max-heat-time", TIME, g.maxHeatTime()),
              count(s, "range-check-count", g.rangeCheckCount()));
      s.finish();
    }
    double nominal = c.quantity("supply-voltage", VOLTAGE, d.supplyVoltage());
    HeaterControl h =
        new HeaterControl(
            nominal,
            c.quantity("supply", VOLTAGE, nominal),
            c.quantity("heater-response", TIME, d.heaterResponse()),
            c.quantity("ambient", TEMPERATURE, d.ambient()),
            c.quantity("convection", HEAT_TRANSFER, d.convection()),
            c.quantity("emissivity", FRACTION, d.emissivity()),
            c.quantity("sensor-noise", TEMPERATURE_DIFFERENCE, d.sensorNoise()),
            c.quantity("adc-step", TEMPERATURE_DIFFERENCE, d.adcStep()),
            c.quantity("sensor-low", TEMPERATURE, d.sensorLow()),
            c.quantity("sensor-high", TEMPERATURE, d.sensorHigh()),
            c.quantity("sensor-angle", ANGLE, d.sensorAngle()),
            c.quantity("control-period", TIME, d.controlPeriod()),
            c.text("controller", d.controller()),
            pid,
            c.quantity("hysteresis", TEMPERATURE_DIFFERENCE, d.hysteresis()),
            mpc,
            g,
            c.quantity("ready-band", TEMPERATURE_DIFFERENCE, d.readyBand()),
            c.quantity("ready-rate", TEMPERATURE_RATE, d.readyRate()),
            c.quantity("max-feed-delay", TIME, d.maxFeedDelay()));
    c.finish();
    return h;
  }

  /** A whole count given as a bare number. */
  private static int count(Node s, String key, int fallback) {
    double v = s.quantity(key, FRACTION, fallback);
    if (!(v >= 1 && v <= 1000 && v == Math.rint(v))) {
      throw s.error(
          "heater-control.safety." + key, "'" + v + "' must be a whole number from 1 to 1000");
    }
    return (int) v;
  }
}
