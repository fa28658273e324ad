package dev.fusejet.raster;

/** IPP {@code orientation-requested}, plus {@code auto} (turn to match the sheet's aspect). */
public enum Orientation {
  AUTO(-1),
  PORTRAIT(0),
  LANDSCAPE(3),
  REVERSE_LANDSCAPE(1),
  REVERSE_PORTRAIT(2);

  private final int quarterTurns;

  Orientation(int quarterTurns) {
    this.quarterTurns = quarterTurns;
  }

  /** Clockwise quarter turns applied to the content (-1 for auto). */
  public int quarterTurns() {
    return quarterTurns;
  }

  /** By IPP keyword or enum value 3..6 (portrait, landscape, reverse-landscape, -portrait). */
  public static Orientation ofKeyword(String k) {
    return switch (k) {
      case "auto", "none" -> AUTO;
      case "portrait", "3" -> PORTRAIT;
      case "landscape", "4" -> LANDSCAPE;
      case "reverse-landscape", "5" -> REVERSE_LANDSCAPE;
      case "reverse-portrait", "6" -> REVERSE_PORTRAIT;
      default ->
          throw new IllegalArgumentException(
              "orientation '"
                  + k
                  + "' is not one of auto, portrait, landscape, reverse-landscape,"
                  + " reverse-portrait");
    };
  }
}
