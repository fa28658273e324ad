package dev.fusejet.colour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A characterisation chart of device CMYK patches, laid out in rows the way ArgyllCMS's {@code
 * printtarg} lays out a strip chart: patches of one size side by side, named by row letter(s) and
 * column number ({@code A1}, {@code A2}, ..., {@code AA1}), in reading order.
 *
 * <p>Contents: every combination of the cell levels (the nodes of the cellular model), each ink's
 * ramp in 5 % steps on paper, and a set of verification patches at pseudo-random device values
 * (never used for fitting, to check the profile against colours it was not built from). The order
 * on the sheet is shuffled with a fixed seed, so that no ink gradient runs across the sheet (as
 * targen does).
 */
public final class Chart {

  /** Cell levels of C, M and Y (1): multiples of 51/255, exact on the 8-bit device grid. */
  private static final double[] CMY_LEVELS = {0, 0.2, 0.4, 0.6, 0.8, 1};

  /** Cell levels of K (1). */
  private static final double[] K_LEVELS = {0, 0.2, 0.4, 0.6, 0.8, 1};

  private final List<Entry> entries;
  private final int columns;

  /**
   * One patch of the chart.
   *
   * @param id sample id, e.g. {@code B12}
   * @param cmyk device values (1, 0..1 each), a copy
   * @param verification true for a verification patch (not fitted)
   * @param row row on the sheet (0-based)
   * @param column column on the sheet (0-based)
   */
  public record Entry(String id, List<Double> cmyk, boolean verification, int row, int column) {
    /** Device values as an array. */
    public double[] device() {
      return cmyk.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }

  private Chart(List<Entry> entries, int columns) {
    this.entries = entries;
    this.columns = columns;
  }

  /** The cell levels of the chart, per channel C, M, Y, K. */
  public static double[][] levels() {
    return new double[][] {
      CMY_LEVELS.clone(), CMY_LEVELS.clone(), CMY_LEVELS.clone(), K_LEVELS.clone()
    };
  }

  /**
   * The standard chart: 1,296 nodes, 60 ramp steps, {@code verification} verification patches, in
   * {@code columns} columns.
   */
  public static Chart standard(int columns, int verification) {
    List<double[]> fit = new ArrayList<>();
    for (double c : CMY_LEVELS) {
      for (double m : CMY_LEVELS) {
        for (double y : CMY_LEVELS) {
          for (double k : K_LEVELS) {
            fit.add(new double[] {c, m, y, k});
          }
        }
      }
    }
    for (int ch = 0; ch < 4; ch++) {
      for (int s = 1; s < 20; s++) {
        double v = s / 20.0;
        double[] d = new double[4];
        d[ch] = v;
        boolean node = false;
        for (double l : ch < 3 ? CMY_LEVELS : K_LEVELS) {
          node |= Math.abs(l - v) < 1e-9;
        }
        if (!node) {
          fit.add(d);
        }
      }
    }
    SplittableRandom r = new SplittableRandom(17);
    List<double[]> verify = new ArrayList<>();
    for (int i = 0; i < verification; i++) {
      // k skewed light, like images' black
      double k = Math.pow(r.nextDouble(), 2);
      verify.add(new double[] {r.nextDouble(), r.nextDouble(), r.nextDouble(), k});
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < fit.size() + verify.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(42));
    List<Entry> entries = new ArrayList<>();
    for (int slot = 0; slot < order.size(); slot++) {
      int i = order.get(slot);
      boolean v = i >= fit.size();
      double[] d = v ? verify.get(i - fit.size()) : fit.get(i);
      int row = slot / columns;
      int col = slot % columns;
      List<Double> cmyk = List.of(round(d[0]), round(d[1]), round(d[2]), round(d[3]));
      entries.add(new Entry(rowName(row) + (col + 1), cmyk, v, row, col));
    }
    entries.sort((a, b) -> a.row() != b.row() ? a.row() - b.row() : a.column() - b.column());
    return new Chart(List.copyOf(entries), columns);
  }

  /** Device values on the 8-bit grid the chart is printed with (1). */
  private static double round(double v) {
    return Math.round(v * 255) / 255.0;
  }

  private static String rowName(int row) {
    StringBuilder s = new StringBuilder();
    int r = row;
    do {
      s.insert(0, (char) ('A' + r % 26));
      r = r / 26 - 1;
    } while (r >= 0);
    return s.toString().toUpperCase(Locale.ROOT);
  }

  /** The patches in sheet order. */
  public List<Entry> entries() {
    return entries;
  }

  /** Patches per row. */
  public int columns() {
    return columns;
  }

  /** Rows of patches. */
  public int rows() {
    return (entries.size() + columns - 1) / columns;
  }
}
