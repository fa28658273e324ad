package dev.fusejet.cli;

import dev.fusejet.halftone.Halftoner;
import dev.fusejet.halftone.Halftoners;
import dev.fusejet.halftone.ToneLevels;
import dev.fusejet.head.HeadModel;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.colour.Separation;
import java.util.Locale;

/**
 * What a print-quality means for the pipeline and the head: resolution, screen, shingling and
 * direction.
 *
 * @param quality draft, normal or high
 * @param xDpi default horizontal resolution (dpi)
 * @param yDpi default vertical resolution (dpi)
 * @param shingle passes per row
 * @param bidirectional print both ways
 */
record RipSetup(String quality, double xDpi, double yDpi, int shingle, boolean bidirectional) {

  /**
   * draft: 720 dpi, blue noise, 1 pass, both ways; normal: 720 dpi, 2 passes, both ways; high: 1440
   * x 720 dpi, error diffusion, 4 passes, one way.
   */
  static RipSetup of(String quality) {
    return switch (quality.toLowerCase(Locale.ROOT)) {
      case "draft" -> new RipSetup("draft", 720, 720, 1, true);
      case "normal" -> new RipSetup("normal", 720, 720, 2, true);
      case "high" -> new RipSetup("high", 1440, 720, 4, false);
      default ->
          throw new IllegalArgumentException(
              "--quality '" + quality + "' is not one of draft, normal, high");
    };
  }

  /** Parses {@code 720} or {@code 1440x720} into {x, y} dpi. */
  static double[] resolution(String spec) {
    String s = spec.toLowerCase(Locale.ROOT).replace("dpi", "").trim();
    try {
      int x = s.indexOf('x');
      double a = Double.parseDouble(x < 0 ? s : s.substring(0, x));
      double b = x < 0 ? a : Double.parseDouble(s.substring(x + 1));
      return new double[] {a, b};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--resolution '" + spec + "' is not N or NxM dots per inch, e.g. 720 or 1440x720", e);
    }
  }

  /** A pipeline for this ink set, medium, screen and options. */
  static RasterPipeline pipeline(
      InkSet inks, Medium medium, Halftoner screen, RasterOptions options) {
    HeadModel head = HeadModel.of(inks);
    ToneLevels levels =
        ToneLevels.ofDropVolumes(head.smallDrop(), head.mediumDrop(), head.largeDrop());
    Separation sep =
        Separation.build(inks, medium, options.xDpi(), options.yDpi(), options.colourMode());
    return new RasterPipeline(sep, screen, levels, options);
  }

  /** The screen for this quality and content. */
  Halftoner screen(String content) {
    return Halftoners.select(quality, content);
  }
}
