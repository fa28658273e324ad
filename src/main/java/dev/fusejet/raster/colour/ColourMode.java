package dev.fusejet.raster.colour;

/** IPP {@code print-color-mode}. */
public enum ColourMode {
  /** All inks. */
  COLOUR,
  /** Black ink only. */
  MONOCHROME,
  /** Black plus a little of each colour ink, for a neutral, denser grey. */
  MONOCHROME_NEUTRAL;

  /** The mode for an IPP keyword: color, monochrome, process-monochrome (neutral). */
  public static ColourMode ofKeyword(String keyword) {
    return switch (keyword) {
      case "color", "colour", "auto" -> COLOUR;
      case "monochrome" -> MONOCHROME;
      case "process-monochrome", "monochrome-neutral" -> MONOCHROME_NEUTRAL;
      default ->
          throw new IllegalArgumentException(
              "print-color-mode '"
                  + keyword
                  + "' is not one of color, monochrome,"
                  + " process-monochrome");
    };
  }
}
