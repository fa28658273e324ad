package dev.fusejet.device;

import dev.fusejet.halftone.Halftoner;
import dev.fusejet.halftone.Halftoners;
import java.util.Locale;

/**
 * What a print-quality means for the head: resolution, screen, shingling and direction.
 *
 * @param quality draft, normal or high
 * @param xDpi default horizontal resolution (dpi)
 * @param yDpi default vertical resolution (dpi)
 * @param shingle passes per row
 * @param bidirectional print both ways
 */
public record PrintMode(
    String quality, double xDpi, double yDpi, int shingle, boolean bidirectional) {

  /** The print-quality keywords. */
  public static final java.util.List<String> QUALITIES =
      java.util.List.of("draft", "normal", "high");

  /**
   * draft: 720 dpi, blue noise, 1 pass, both ways; normal: 720 dpi, 2 passes, both ways; high: 1440
   * x 720 dpi, error diffusion, 4 passes, one way.
   *
   * @throws IllegalArgumentException naming the value and the choices
   */
  public static PrintMode of(String quality) {
    return switch (quality.toLowerCase(Locale.ROOT)) {
      case "draft" -> new PrintMode("draft", 720, 720, 1, true);
      case "normal" -> new PrintMode("normal", 720, 720, 2, true);
      case "high" -> new PrintMode("high", 1440, 720, 4, false);
      default ->
          throw new IllegalArgumentException(
              "print-quality '" + quality + "' is not one of draft, normal, high");
    };
  }

  /**
   * Parses {@code 720} or {@code 1440x720} (optionally ending in {@code dpi}).
   *
   * @throws IllegalArgumentException naming the value and the form expected
   */
  public static Resolution resolution(String spec) {
    String s = spec.toLowerCase(Locale.ROOT).replace("dpi", "").trim();
    try {
      int x = s.indexOf('x');
      double a = Double.parseDouble(x < 0 ? s : s.substring(0, x));
      double b = x < 0 ? a : Double.parseDouble(s.substring(x + 1));
      return new Resolution(a, b);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "resolution '" + spec + "' is not N or NxM dots per inch, e.g. 720 or 1440x720", e);
    }
  }

  /**
   * A resolution as {@link #resolution(String)} reads it back: {@code 720 dpi}, {@code 1440x720
   * dpi}.
   */
  public static String text(Resolution r) {
    String x = dev.fusejet.units.Quantities.fmt(r.xDpi());
    return (r.xDpi() == r.yDpi() ? x : x + "x" + dev.fusejet.units.Quantities.fmt(r.yDpi()))
        + " dpi";
  }

  /** The screen for this quality and print-content-optimize {@code content}. */
  public Halftoner screen(String content) {
    return Halftoners.select(quality, content);
  }
}
