package dev.fusejet.head;

import static dev.fusejet.units.Units.INCH;

import java.util.List;

/**
 * What the simulated head printed on one sheet.
 *
 * @param inks ink names
 * @param width sheet width (px)
 * @param height sheet height (px)
 * @param xDpi horizontal resolution (dpi)
 * @param yDpi vertical resolution (dpi)
 * @param passes passes fired
 * @param drops per ink, drops of level 1, 2, 3 (small, medium, large)
 * @param inkVolume per ink, volume fired (m³)
 * @param map total ink volume per area (m³/m²)
 * @param printTime carriage time of the passes at full firing rate (s)
 */
public record PageReport(
    List<String> inks,
    int width,
    int height,
    double xDpi,
    double yDpi,
    int passes,
    List<long[]> drops,
    List<Double> inkVolume,
    InkVolumeMap map,
    double printTime) {

  /** Total ink volume fired (m³). */
  public double totalVolume() {
    double s = 0;
    for (double v : inkVolume) {
      s += v;
    }
    return s;
  }

  /** Sheet area (m²). */
  public double area() {
    return width / xDpi * INCH * (height / yDpi * INCH);
  }

  /**
   * Coverage of one ink (1): the volume fired over a large drop at every pixel of the sheet.
   *
   * @param large large drop volume (m³)
   */
  public double coverage(int ink, double large) {
    return inkVolume.get(ink) / (large * (double) width * height);
  }
}
