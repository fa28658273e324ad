package dev.fusejet.cli;

import dev.fusejet.plot.Chart;
import dev.fusejet.units.Dimension;
import dev.fusejet.units.Quantities;
import dev.fusejet.units.Units;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option converters every command shares, so that one rule holds for all: a value that cannot
 * be read, or that no physical machine could have, is a usage error (exit status 2) raised while
 * the command line is parsed, with a message that repeats the value as the user wrote it and says
 * what would be accepted. Values are returned in SI (temperatures in °C).
 */
final class Converters {
  private Converters() {}

  private static double quantity(String text, Dimension d) {
    try {
      return Quantities.parse(text, d);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** A temperature (°C) from {@code 160C}, {@code 160 °C} or {@code 433 K}; not below 0 K. */
  static final class Temperature implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      double t = quantity(text, Dimension.TEMPERATURE);
      if (!(t >= -Units.ZERO_CELSIUS_IN_KELVIN) || Double.isInfinite(t)) {
        throw new TypeConversionException(
            "'"
                + text
                + "' is below absolute zero ("
                + Quantities.absoluteZero()
                + "): no temperature can be that low");
      }
      return t;
    }
  }

  /** A speed (m/s) from {@code 100mm/s}, {@code 6 m/min}; positive and finite. */
  static final class Speed implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      double v = quantity(text, Dimension.SPEED);
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new TypeConversionException("'" + text + "' is not a positive speed");
      }
      return v;
    }
  }

  /**
   * An ink coverage (1) from a percentage such as {@code 250%}; the % sign is required, because a
   * bare {@code 250} could mean 250 % or 25,000 %. Not negative.
   */
  static final class Coverage implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      String t = text.trim();
      if (!t.endsWith("%")) {
        throw new TypeConversionException(
            "'" + text + "' has no % sign: write the coverage as a percentage, e.g. '250%'");
      }
      double c = quantity(t, Dimension.FRACTION);
      if (!(c >= 0) || Double.isInfinite(c)) {
        throw new TypeConversionException("'" + text + "' is not a coverage of 0 % or more");
      }
      return c;
    }
  }

  /**
   * A liquid volume per area (m³/m²) from {@code 15 mL/m2} (also {@code mL/m²}, {@code mL/m^2} or a
   * volume alone, read per square metre); not negative.
   */
  static final class LiquidPerArea implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      String t = text.trim().replaceAll("(?i)\\s*/\\s*m(\\^?2|²)$", "");
      double v;
      try {
        v = Quantities.parse(t, Dimension.VOLUME);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + text + "' is not a liquid volume per area: write e.g. '15 mL/m2'");
      }
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new TypeConversionException("'" + text + "' is negative: give 0 mL/m2 or more");
      }
      return v;
    }
  }

  /** A resolution in dots per inch: a positive, finite number, at most {@link #MAX_DPI}. */
  static final class Dpi implements ITypeConverter<Double> {
    /**
     * Highest addressability accepted (dpi): twice the finest inkjet heads made (4800 dpi), so that
     * no real setting is refused and a typo of extra digits is.
     */
    static final double MAX_DPI = 9600;

    @Override
    public Double convert(String text) {
      double d;
      try {
        d = Double.parseDouble(text.trim().toLowerCase(Locale.ROOT).replace("dpi", "").trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + text + "' is not a resolution: write dots per inch, e.g. 1200");
      }
      if (!(d > 0) || d > MAX_DPI) {
        throw new TypeConversionException(
            "'"
                + text
                + "' dpi is outside 0 < dpi <= "
                + Quantities.fmt(MAX_DPI)
                + ": give a positive resolution");
      }
      return d;
    }
  }

  /** A count of at least one (threads, copies). */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      int n;
      try {
        n = Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + text + "' is not a whole number");
      }
      if (n < 1) {
        throw new TypeConversionException("'" + text + "' must be 1 or more");
      }
      return n;
    }
  }

  /** A TCP port: 0 (any free port) to 65535. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String text) {
      int n;
      try {
        n = Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + text + "' is not a port number");
      }
      if (n < 0 || n > 65535) {
        throw new TypeConversionException(
            "'" + text + "' is outside the TCP ports 0 to 65535 (0: any free port)");
      }
      return n;
    }
  }

  /** A plot file: its name must end in .png or .svg. */
  static final class PlotFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String text) {
      Path p = Path.of(text);
      try {
        Chart.Format.of(p);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + text + "' is neither .png nor .svg: name the plot FILE.png or FILE.svg");
      }
      return p;
    }
  }
}
