package dev.fusejet.units;

import java.util.Locale;
import java.util.Map;

/**
 * A physical dimension that a configured value may have, with the units accepted for it and the
 * factor from each unit to the SI unit fusejet stores.
 */
@SuppressWarnings("ImmutableEnumChecker") // the factor maps are Map.of(...), unmodifiable
public enum Dimension {
  /** Length, stored in metres. */
  LENGTH(
      "m",
      Map.of(
          "m", 1.0,
          "mm", 1e-3,
          "um", 1e-6,
          "µm", 1e-6,
          "μm", 1e-6,
          "nm", 1e-9,
          "cm", 1e-2,
          "in", Units.INCH)),
  /** Temperature, stored in degrees Celsius; kelvin input is converted (T_C = T_K - 273.15). */
  TEMPERATURE("°C", Map.of("C", 1.0, "°C", 1.0, "degC", 1.0, "K", 1.0)),
  /** Temperature difference, stored in kelvin (equal to a difference in degrees Celsius). */
  TEMPERATURE_DIFFERENCE("K", Map.of("K", 1.0, "C", 1.0, "°C", 1.0, "degC", 1.0)),
  /** Pressure, stored in pascals. */
  PRESSURE(
      "Pa", Map.of("Pa", 1.0, "kPa", 1e3, "MPa", 1e6, "GPa", 1e9, "bar", 1e5, "psi", 6894.757)),
  /** Speed, stored in metres per second. */
  SPEED("m/s", Map.of("m/s", 1.0, "mm/s", 1e-3, "m/min", 1.0 / 60.0, "ips", Units.INCH)),
  /** Time, stored in seconds. */
  TIME("s", Map.of("s", 1.0, "ms", 1e-3, "us", 1e-6, "µs", 1e-6, "min", 60.0)),
  /** Density, stored in kilograms per cubic metre. */
  DENSITY("kg/m3", Map.of("kg/m3", 1.0, "kg/m^3", 1.0, "kg/m³", 1.0, "g/cm3", 1e3, "g/cm^3", 1e3)),
  /** Volume (drops), stored in cubic metres. */
  VOLUME("m3", Map.of("m3", 1.0, "pL", 1e-15, "pl", 1e-15, "nL", 1e-12, "uL", 1e-9, "mL", 1e-6)),
  /** Power, stored in watts. */
  POWER("W", Map.of("W", 1.0, "kW", 1e3)),
  /** Force per unit roller length (nip line load), stored in newtons per metre. */
  LINE_LOAD("N/m", Map.of("N/m", 1.0, "N/mm", 1e3, "kN/m", 1e3)),
  /** Force, stored in newtons. */
  FORCE("N", Map.of("N", 1.0, "kN", 1e3)),
  /** Dimensionless fraction, stored as a number (0.45); accepts "45 %". */
  FRACTION("", Map.of("", 1.0, "%", 0.01)),
  /** Shore A hardness, stored as the durometer number. */
  SHORE_A("Shore A", Map.of("", 1.0, "ShoreA", 1.0, "Shore A", 1.0)),
  /** Electric potential (supply voltage), stored in volts. */
  VOLTAGE("V", Map.of("V", 1.0, "kV", 1e3)),
  /** Heat capacity of a body, stored in joules per kelvin. */
  HEAT_CAPACITY("J/K", Map.of("J/K", 1.0, "kJ/K", 1e3)),
  /** Thermal conductance of a body to its surroundings, stored in watts per kelvin. */
  THERMAL_CONDUCTANCE("W/K", Map.of("W/K", 1.0, "mW/K", 1e-3)),
  /** Heat-transfer coefficient, stored in watts per square metre and kelvin. */
  HEAT_TRANSFER("W/(m2·K)", Map.of("W/m2K", 1.0, "W/(m2K)", 1.0, "W/(m2·K)", 1.0)),
  /** Rate of temperature change, stored in kelvin per second. */
  TEMPERATURE_RATE("K/s", Map.of("K/s", 1.0, "C/s", 1.0, "K/min", 1.0 / 60.0)),
  /** Temperature error integrated over time, stored in kelvin seconds. */
  TEMPERATURE_TIME("K·s", Map.of("K*s", 1.0, "K·s", 1.0, "Ks", 1.0, "C*s", 1.0)),
  /** Plane angle, stored in radians. */
  ANGLE("rad", Map.of("rad", 1.0, "deg", Math.PI / 180, "°", Math.PI / 180));

  private final String siSymbol;
  private final Map<String, Double> factors;

  Dimension(String siSymbol, Map<String, Double> factors) {
    this.siSymbol = siSymbol;
    this.factors = factors;
  }

  /** The symbol of the unit fusejet stores this dimension in, for messages. */
  public String siSymbol() {
    return siSymbol;
  }

  /**
   * The unit people write this dimension in on a command line, for the example of a message (°C for
   * a temperature, mm/s for a speed), or null when no one unit is usual (a length may be a
   * coating's micrometres or a sheet's millimetres): the stored SI unit is not offered as an
   * example, since "100 m/s" for a fuser speed is 1000 times what was meant.
   */
  public String usualUnit() {
    return switch (this) {
      case TEMPERATURE -> "°C";
      case TEMPERATURE_DIFFERENCE -> "K";
      case SPEED -> "mm/s";
      case FRACTION -> "%";
      default -> null;
    };
  }

  /** Whether a bare number (no unit) is accepted and taken as the stored unit. */
  public boolean acceptsBareNumber() {
    return factors.containsKey("");
  }

  /** The units accepted for this dimension, for messages. */
  public String acceptedUnits() {
    return String.join(", ", factors.keySet().stream().filter(u -> !u.isEmpty()).sorted().toList());
  }

  /**
   * Converts a value in {@code unit} to the stored unit.
   *
   * @return the value in the stored unit, or NaN if the unit is not one of this dimension's
   */
  double toStored(double value, String unit) {
    Double factor = factors.get(unit);
    if (factor == null) {
      return Double.NaN;
    }
    if (this == TEMPERATURE && unit.equals("K")) {
      return value - Units.ZERO_CELSIUS_IN_KELVIN;
    }
    return value * factor;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
