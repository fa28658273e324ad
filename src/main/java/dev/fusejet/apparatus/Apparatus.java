package dev.fusejet.apparatus;

import java.util.Optional;

/**
 * A heating and pressing device.
 *
 * @param name identifier used on the command line
 * @param description one line for people
 * @param heatRoller the heated roller
 * @param pressureRoller the pressure roller
 * @param belt the endless belt around the heat roller, or null for a two-roller nip
 * @param nip the nip setting
 * @param heater the heater
 * @param sensor the surface temperature sensor
 * @param limits the operating limits
 * @param heaterControl heater control, guards and plant parameters, or null for {@link
 *     HeaterControl#defaults}
 */
public record Apparatus(
    String name,
    String description,
    HeatRoller heatRoller,
    PressureRoller pressureRoller,
    Belt belt,
    NipSetting nip,
    Heater heater,
    TemperatureSensor sensor,
    OperatingLimits limits,
    HeaterControl heaterControl) {

  /** An apparatus without a heater-control section (it gets the defaults). */
  public Apparatus(
      String name,
      String description,
      HeatRoller heatRoller,
      PressureRoller pressureRoller,
      Belt belt,
      NipSetting nip,
      Heater heater,
      TemperatureSensor sensor,
      OperatingLimits limits) {
    this(name, description, heatRoller, pressureRoller, belt, nip, heater, sensor, limits, null);
  }

  /** The heater-control section, or its defaults when the file has none. */
  public HeaterControl control() {
    return heaterControl != null ? heaterControl : HeaterControl.defaults(this);
  }

  /** The same apparatus with another heater-control section. */
  public Apparatus withHeaterControl(HeaterControl control) {
    return new Apparatus(
        name, description, heatRoller, pressureRoller, belt, nip, heater, sensor, limits, control);
  }

  /** The belt, if the device has one. */
  public Optional<Belt> beltIfAny() {
    return Optional.ofNullable(belt);
  }

  /**
   * Surface material of the member touching the image side: the belt if fitted, else the roller.
   */
  public SurfaceMaterial imageSideSurface() {
    return belt != null ? belt.surface() : heatRoller.surface();
  }

  /** Roughness Ra of the member touching the image side (m). */
  public double imageSideRoughness() {
    return belt != null ? belt.surfaceRoughness() : heatRoller.surfaceRoughness();
  }

  /**
   * Temperature band the planner must stay robust over (K): sensor accuracy plus expected droop.
   */
  public double temperatureTolerance() {
    return sensor.accuracy() + limits.temperatureDroop();
  }
}
