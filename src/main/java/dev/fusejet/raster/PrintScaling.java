package dev.fusejet.raster;

/** IPP {@code print-scaling}. */
public enum PrintScaling {
  /** Fill when borderless, else fit. */
  AUTO,
  /** Fit when the page is larger than the printable area, else none. */
  AUTO_FIT,
  /** Scale to fit inside the printable area, keeping the aspect ratio. */
  FIT,
  /** Scale to cover the printable area, keeping the aspect ratio, cropping the overflow. */
  FILL,
  /** Print at the document's own size, centred, cropping the overflow. */
  NONE;

  /** By IPP keyword: auto, auto-fit, fit, fill, none. */
  public static PrintScaling ofKeyword(String k) {
    return switch (k) {
      case "auto" -> AUTO;
      case "auto-fit" -> AUTO_FIT;
      case "fit" -> FIT;
      case "fill" -> FILL;
      case "none" -> NONE;
      default ->
          throw new IllegalArgumentException(
              "print-scaling '" + k + "' is not one of auto, auto-fit, fit, fill, none");
    };
  }
}
