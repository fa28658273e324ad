package dev.fusejet.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats quantities written by people: a number followed by a unit, such as {@code "5
 * um"}, {@code "0.6MPa"} or {@code "100 mm/s"}.
 *
 * <p>Dimensional values must carry a unit: a bare {@code 5} for a thickness is rejected rather than
 * silently read as five metres.
 */
public final class Quantities {

  private static final Pattern QUANTITY =
      Pattern.compile("^\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*$");

  private Quantities() {}

  /**
   * Parses {@code text} as a quantity of {@code dimension}.
   *
   * @param text what the user wrote, e.g. {@code "35 um"}
   * @param dimension the dimension the value must have
   * @return the value in the stored SI unit of the dimension (see {@link Dimension})
   * @throws IllegalArgumentException naming the text, the dimension and the accepted units
   */
  public static double parse(String text, Dimension dimension) {
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "'%s' is not a %s: write a number and a unit (%s)",
              text,
              dimension,
              dimension.acceptedUnits()));
    }
    double number = Double.parseDouble(m.group(1));
    String unit = m.group(2);
    if (unit.isEmpty() && !dimension.acceptsBareNumber()) {
      String usual = dimension.usualUnit();
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "'%s' has no unit: a %s needs one of %s%s",
              text,
              dimension,
              dimension.acceptedUnits(),
              usual == null ? "" : " (e.g. '" + m.group(1) + " " + usual + "')"));
    }
    double value = dimension.toStored(number, unit);
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "'%s': unit '%s' is not a unit of %s (accepted: %s)",
              text,
              unit,
              dimension,
              dimension.acceptedUnits()));
    }
    return value;
  }

  /** Formats a length in metres in the most readable of nm, µm or mm. */
  public static String length(double metres) {
    double abs = Math.abs(metres);
    if (abs != 0 && abs < 1e-6) {
      return fmt(metres / Units.NANOMETRE) + " nm";
    }
    if (abs < 1e-3) {
      return fmt(metres / Units.MICROMETRE) + " µm";
    }
    return fmt(metres / Units.MILLIMETRE) + " mm";
  }

  /** Formats a temperature in degrees Celsius. */
  public static String celsius(double celsius) {
    return fmt(celsius) + " °C";
  }

  /** Formats a pressure in pascals as MPa. */
  public static String pressure(double pascals) {
    return fmt(pascals / Units.MEGAPASCAL) + " MPa";
  }

  /**
   * Absolute zero in degrees Celsius, written in full ({@code -273.15 °C}; {@link #celsius} rounds
   * to four significant digits, which would put the limit below absolute zero).
   */
  public static String absoluteZero() {
    return "-" + java.math.BigDecimal.valueOf(Units.ZERO_CELSIUS_IN_KELVIN).toPlainString() + " °C";
  }

  /** Formats a speed in m/s as mm/s. */
  public static String speed(double metresPerSecond) {
    return fmt(metresPerSecond / Units.MILLIMETRE) + " mm/s";
  }

  /** Formats a time in seconds as ms. */
  public static String millis(double seconds) {
    return fmt(seconds * 1e3) + " ms";
  }

  /** Formats a fraction as a percentage. */
  public static String percent(double fraction) {
    return fmt(fraction * 100) + " %";
  }

  /** Formats a drop volume in m³ as pL. */
  public static String picolitres(double cubicMetres) {
    return fmt(cubicMetres / Units.PICOLITRE) + " pL";
  }

  /** A number with up to four significant digits and no trailing zeros. */
  public static String fmt(double v) {
    if (v == 0) {
      return "0";
    }
    if (Math.abs(v) >= 1e4 && Math.abs(v) < 1e15) {
      // whole numbers as written (10000 mm/s, not 1.000e+04 mm/s)
      return String.format(Locale.ROOT, "%.0f", v);
    }
    String s = String.format(Locale.ROOT, "%.4g", v);
    if (s.contains("e")) {
      return s;
    }
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }
}
