package dev.fusejet.head;

/**
 * Ink volume deposited per area, on a grid of cells over the sheet (m³/m², numerically mL/m² *
 * 1e-6). Cells on the right and bottom edges may be narrower than the others; their value is per
 * their own area. Plain data: the thermal twin reads the sheet's liquid load from it.
 */
public final class InkVolumeMap {
  private final int columns;
  private final int rows;
  private final double cellWidth;
  private final double cellHeight;
  private final double[] volumePerArea;

  /**
   * A map.
   *
   * @param columns cells across
   * @param rows cells along the feed
   * @param cellWidth cell width (m)
   * @param cellHeight cell height (m)
   * @param volumePerArea row-major, columns * rows values (m³/m²), copied
   */
  public InkVolumeMap(
      int columns, int rows, double cellWidth, double cellHeight, double[] volumePerArea) {
    if (volumePerArea.length != columns * rows) {
      throw new IllegalArgumentException("map needs " + columns * rows + " values");
    }
    this.columns = columns;
    this.rows = rows;
    this.cellWidth = cellWidth;
    this.cellHeight = cellHeight;
    this.volumePerArea = volumePerArea.clone();
  }

  /** Cells across. */
  public int columns() {
    return columns;
  }

  /** Cells along the feed. */
  public int rows() {
    return rows;
  }

  /** Cell width (m). */
  public double cellWidth() {
    return cellWidth;
  }

  /** Cell height (m). */
  public double cellHeight() {
    return cellHeight;
  }

  /** Ink volume per area in cell (column, row) (m³/m²). */
  public double at(int column, int row) {
    return volumePerArea[row * columns + column];
  }

  /** Mean over all cells (m³/m²). */
  public double mean() {
    double s = 0;
    for (double v : volumePerArea) {
      s += v;
    }
    return s / volumePerArea.length;
  }

  /** Largest cell value (m³/m²). */
  public double max() {
    double m = 0;
    for (double v : volumePerArea) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** All values, row-major (a copy). */
  public double[] values() {
    return volumePerArea.clone();
  }
}
