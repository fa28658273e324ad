package dev.fusejet.device;

/**
 * A sheet as the fuser takes it: its size and its ink load as the head fired it.
 *
 * @param length length along the paper path (m)
 * @param width width across the path (m)
 * @param mean mean ink volume per area over the sheet (m³/m²)
 * @param max ink volume per area of the heaviest map cell (m³/m²)
 * @param waterFraction volume fraction of the ink's liquid that is water (1)
 */
public record SheetLoad(
    double length, double width, double mean, double max, double waterFraction) {

  /** Checks the size. */
  public SheetLoad {
    if (!(length > 0) || !(width > 0)) {
      throw new IllegalArgumentException(
          "sheet " + length + " m x " + width + " m: both sides must be positive");
    }
  }
}
