package dev.fusejet.twin.heat;

import java.util.ArrayList;
import java.util.List;

/**
 * Non-uniform cell widths for a stack of layers: cells start at {@code firstCell} (m) on the fine
 * side and grow geometrically by {@code growth} per cell up to {@code maxCell} (m); each layer gets
 * a whole number of cells (at least {@code minPerLayer}), scaled to fill it exactly, so no cell
 * straddles a material boundary.
 */
public final class Grid {
  private final double[] widths;
  private final int[] layerStart;

  private Grid(double[] widths, int[] layerStart) {
    this.widths = widths;
    this.layerStart = layerStart;
  }

  /**
   * Cells for layers of {@code thicknesses} (m) listed top to bottom, fine at the top if {@code
   * fineAtTop}, else fine at the bottom.
   */
  public static Grid graded(
      double[] thicknesses,
      double firstCell,
      double growth,
      double maxCell,
      int minPerLayer,
      boolean fineAtTop) {
    int m = thicknesses.length;
    List<double[]> perLayer = new ArrayList<>();
    double size = firstCell;
    for (int j = 0; j < m; j++) {
      double thick = thicknesses[fineAtTop ? j : m - 1 - j];
      if (!(thick > 0)) {
        throw new IllegalArgumentException("layer " + j + " thickness " + thick + " m must be > 0");
      }
      List<Double> cells = new ArrayList<>();
      double sum = 0;
      double s = size;
      while (sum < thick * (1 - 1e-9) || cells.size() < minPerLayer) {
        cells.add(s);
        sum += s;
        s = Math.min(s * growth, maxCell);
      }
      double scale = thick / sum;
      double[] arr = new double[cells.size()];
      for (int i = 0; i < arr.length; i++) {
        arr[i] = cells.get(i) * scale;
      }
      size = Math.min(arr[arr.length - 1] * growth, maxCell);
      perLayer.add(arr);
    }
    if (!fineAtTop) {
      List<double[]> rev = new ArrayList<>();
      for (int j = m - 1; j >= 0; j--) {
        double[] a = perLayer.get(j);
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
          r[i] = a[a.length - 1 - i];
        }
        rev.add(r);
      }
      perLayer = rev;
    }
    int total = 0;
    int[] start = new int[m + 1];
    for (int j = 0; j < m; j++) {
      start[j] = total;
      total += perLayer.get(j).length;
    }
    start[m] = total;
    double[] w = new double[total];
    for (int j = 0; j < m; j++) {
      System.arraycopy(perLayer.get(j), 0, w, start[j], perLayer.get(j).length);
    }
    return new Grid(w, start);
  }

  /** {@code cells} equal cells (1) over {@code thickness} (m). */
  public static Grid uniform(double thickness, int cells) {
    double[] w = new double[cells];
    java.util.Arrays.fill(w, thickness / cells);
    return new Grid(w, new int[] {0, cells});
  }

  /** Cell widths (m), top to bottom (a copy). */
  public double[] widths() {
    return widths.clone();
  }

  /** Number of cells. */
  public int size() {
    return widths.length;
  }

  /** Index of the first cell of layer j; {@code layerStart(layers)} is the cell count. */
  public int layerStart(int j) {
    return layerStart[j];
  }

  /** Depth (m) of the centre of cell i below the top of the grid. */
  public double centre(int i) {
    double d = 0;
    for (int j = 0; j < i; j++) {
      d += widths[j];
    }
    return d + widths[i] / 2;
  }
}
