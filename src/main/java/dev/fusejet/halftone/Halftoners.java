package dev.fusejet.halftone;

import java.util.Locale;

/**
 * Chooses the halftoner from the IPP job attributes {@code print-quality} (draft, normal, high) and
 * {@code print-content-optimize} (auto, photo, graphic, text, text-and-graphic).
 *
 * <ul>
 *   <li>draft: blue-noise threshold, always (fastest);
 *   <li>normal: blue-noise threshold, except photo content, which gets the variable-coefficient
 *       error diffusion;
 *   <li>high: variable-coefficient error diffusion, except graphic/text content, where the sharper
 *       edges of Floyd-Steinberg are kept.
 * </ul>
 */
public final class Halftoners {
  private Halftoners() {}

  /**
   * The halftoner for these attribute values (case-insensitive; null means the default: normal,
   * auto).
   *
   * @throws IllegalArgumentException for an unknown value, naming it and the accepted ones
   */
  public static Halftoner select(String printQuality, String contentOptimize) {
    String q = printQuality == null ? "normal" : printQuality.toLowerCase(Locale.ROOT);
    String c = contentOptimize == null ? "auto" : contentOptimize.toLowerCase(Locale.ROOT);
    switch (c) {
      case "auto", "photo", "graphic", "text", "text-and-graphic" -> {}
      default ->
          throw new IllegalArgumentException(
              "print-content-optimize '"
                  + contentOptimize
                  + "' is not one of auto, photo, graphic, text, text-and-graphic");
    }
    return switch (q) {
      case "draft" -> new BlueNoiseThreshold();
      case "normal" ->
          c.equals("photo")
              ? new ErrorDiffusion(ErrorDiffusion.Kernel.VARIABLE)
              : new BlueNoiseThreshold();
      case "high" ->
          c.startsWith("text") || c.equals("graphic")
              ? new ErrorDiffusion(ErrorDiffusion.Kernel.FLOYD_STEINBERG)
              : new ErrorDiffusion(ErrorDiffusion.Kernel.VARIABLE);
      default ->
          throw new IllegalArgumentException(
              "print-quality '" + printQuality + "' is not one of draft, normal, high");
    };
  }

  /** A halftoner by its short name: {@code fs}, {@code variable}, {@code blue-noise}. */
  public static Halftoner byName(String name) {
    return switch (name) {
      case "fs" -> new ErrorDiffusion(ErrorDiffusion.Kernel.FLOYD_STEINBERG);
      case "variable" -> new ErrorDiffusion(ErrorDiffusion.Kernel.VARIABLE);
      case "blue-noise" -> new BlueNoiseThreshold();
      default ->
          throw new IllegalArgumentException(
              "halftone '" + name + "' is not one of fs, variable, blue-noise");
    };
  }
}
