package dev.fusejet.raster;

import dev.fusejet.units.Units;
import java.util.List;
import java.util.Locale;

/**
 * A sheet size as fed (width across the head's travel, height along the paper feed), in metres.
 *
 * @param name short name, e.g. {@code 4x6}
 * @param width width (m)
 * @param height height (m)
 */
public record MediaSize(String name, double width, double height) {

  private static final double IN = Units.INCH;

  /** Sizes known by name; {@code 6x4} is 4x6 in fed long edge first. */
  public static final List<MediaSize> KNOWN =
      List.of(
          new MediaSize("4x6", 4 * IN, 6 * IN),
          new MediaSize("6x4", 6 * IN, 4 * IN),
          new MediaSize("5x7", 5 * IN, 7 * IN),
          new MediaSize("8x10", 8 * IN, 10 * IN),
          new MediaSize("a6", 0.105, 0.148),
          new MediaSize("a5", 0.148, 0.210),
          new MediaSize("a4", 0.210, 0.297),
          new MediaSize("letter", 8.5 * IN, 11 * IN));

  /**
   * A size by name ({@code 4x6}, {@code a4}, ...) or as {@code WxHin} / {@code WxHmm}.
   *
   * @throws IllegalArgumentException naming the value and the accepted forms
   */
  public static MediaSize of(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (MediaSize s : KNOWN) {
      if (s.name.equals(n)) {
        return s;
      }
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([0-9.]+)x([0-9.]+)(in|mm)").matcher(n);
    if (m.matches()) {
      double f = m.group(3).equals("in") ? IN : 0.001;
      return new MediaSize(
          n, Double.parseDouble(m.group(1)) * f, Double.parseDouble(m.group(2)) * f);
    }
    throw new IllegalArgumentException(
        "media size '"
            + name
            + "' is not one of "
            + KNOWN.stream().map(MediaSize::name).toList()
            + " nor WxHin / WxHmm");
  }
}
