package dev.fusejet.cli;

import dev.fusejet.plot.Chart;
import dev.fusejet.units.Dimension;
import dev.fusejet.units.Quantities;
import dev.fusejet.units.Units;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
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

  /**
   * Reads {@code text} with {@code parse}, whose message starts with the attribute's own name
   * ("print-quality 'best' is not one of ..."): the message names {@code option} instead, as the
   * user typed it ("--quality 'best' is not one of ...").
   */
  private static <T> T named(String option, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      int space = m.indexOf(' ');
      throw new TypeConversionException(option + (space < 0 ? ": " + m : m.substring(space)));
    }
  }

  /** A print-quality: draft, normal or high. */
  static final class Quality implements ITypeConverter<dev.fusejet.device.PrintMode> {
    @Override
    public dev.fusejet.device.PrintMode convert(String text) {
      return named("--quality", text, dev.fusejet.device.PrintMode::of);
    }
  }

  /** A print-content-optimize keyword, returned as written (its screen depends on the quality). */
  static final class Content implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      var unused = named("--content", text, c -> dev.fusejet.halftone.Halftoners.select(null, c));
      return text;
    }
  }

  /**
   * A head resolution {@code N} or {@code NxM} dpi (optionally ending in {@code dpi}), each
   * direction within the range {@link dev.fusejet.raster.RasterOptions#dpiInRange} accepts.
   */
  static final class HeadResolution implements ITypeConverter<dev.fusejet.device.Resolution> {
    @Override
    public dev.fusejet.device.Resolution convert(String text) {
      dev.fusejet.device.Resolution r =
          named("--resolution", text, dev.fusejet.device.PrintMode::resolution);
      if (!(dev.fusejet.raster.RasterOptions.dpiInRange(r.xDpi())
          && dev.fusejet.raster.RasterOptions.dpiInRange(r.yDpi()))) {
        throw new TypeConversionException(
            "--resolution "
                + text
                + " is outside "
                + (int) dev.fusejet.raster.RasterOptions.MIN_DPI
                + " to "
                + (int) dev.fusejet.raster.RasterOptions.MAX_DPI
                + " dpi (in each direction)");
      }
      return r;
    }
  }

  /** A sheet size by name or as {@code WxHin} / {@code WxHmm}, with an area. */
  static final class SheetSize implements ITypeConverter<dev.fusejet.raster.MediaSize> {
    @Override
    public dev.fusejet.raster.MediaSize convert(String text) {
      dev.fusejet.raster.MediaSize sheet;
      try {
        sheet = dev.fusejet.raster.MediaSize.of(text);
      } catch (IllegalArgumentException e) {
        // MediaSize says "media size 'X' is not one of ..."
        throw new TypeConversionException(
            e.getMessage().replaceFirst("^media size '[^']*'", "--size '" + text + "'"));
      }
      if (!(sheet.width() > 0 && sheet.height() > 0)) {
        throw new TypeConversionException(
            "--size " + text + " has no area: both sides must be > 0");
      }
      return sheet;
    }
  }

  /** A print-scaling keyword. */
  static final class Scaling implements ITypeConverter<dev.fusejet.raster.PrintScaling> {
    @Override
    public dev.fusejet.raster.PrintScaling convert(String text) {
      return named("--scaling", text, dev.fusejet.raster.PrintScaling::ofKeyword);
    }
  }

  /** An orientation-requested keyword. */
  static final class OrientationRequested
      implements ITypeConverter<dev.fusejet.raster.Orientation> {
    @Override
    public dev.fusejet.raster.Orientation convert(String text) {
      return named("--orientation", text, dev.fusejet.raster.Orientation::ofKeyword);
    }
  }

  /** A print-color-mode keyword. */
  static final class ColorMode implements ITypeConverter<dev.fusejet.raster.colour.ColourMode> {
    @Override
    public dev.fusejet.raster.colour.ColourMode convert(String text) {
      return named("--color-mode", text, dev.fusejet.raster.colour.ColourMode::ofKeyword);
    }
  }

  /** page-ranges such as {@code 1-3,5,8-}. */
  static final class Pages implements ITypeConverter<dev.fusejet.raster.PageRanges> {
    @Override
    public dev.fusejet.raster.PageRanges convert(String text) {
      try {
        return dev.fusejet.raster.PageRanges.parse(text);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("--pages: " + e.getMessage());
      }
    }
  }

  /** A print-rendering-intent keyword, or fusejet's own {@code relative-bpc}. */
  static final class Intent implements ITypeConverter<dev.fusejet.colour.OutputProfile.Intent> {
    @Override
    public dev.fusejet.colour.OutputProfile.Intent convert(String text) {
      return named("--intent", text, dev.fusejet.colour.OutputProfile.Intent::ofKeyword);
    }
  }
}
