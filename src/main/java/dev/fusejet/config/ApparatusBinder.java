package dev.fusejet.config;

import static dev.fusejet.units.Dimension.FRACTION;
import static dev.fusejet.units.Dimension.LENGTH;
import static dev.fusejet.units.Dimension.LINE_LOAD;
import static dev.fusejet.units.Dimension.POWER;
import static dev.fusejet.units.Dimension.SHORE_A;
import static dev.fusejet.units.Dimension.SPEED;
import static dev.fusejet.units.Dimension.TEMPERATURE;
import static dev.fusejet.units.Dimension.TEMPERATURE_DIFFERENCE;
import static dev.fusejet.units.Dimension.TIME;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.Belt;
import dev.fusejet.apparatus.HeatRoller;
import dev.fusejet.apparatus.Heater;
import dev.fusejet.apparatus.NipSetting;
import dev.fusejet.apparatus.OperatingLimits;
import dev.fusejet.apparatus.PressureRoller;
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
    n.finish();
    return new Apparatus(name, description, heat, pressure, belt, setting, heater, sensor, limits);
  }
}
