package dev.fusejet.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lays out a {@link Chart} and draws it on a {@link Canvas}: axes, ticks, layers, legend. */
final class ChartRenderer {
  private static final Color AXIS = new Color(40, 40, 40);
  private static final Color GRID = new Color(225, 225, 225);
  private static final double LEFT = 80;
  private static final double TOP = 44;
  private static final double BOTTOM = 60;

  /**
   * Smallest span of an auto-fitted colour scale, relative to the magnitude of its values (1): 10
   * %, so that 41.75 to 41.785 GU is drawn on a 39.7 to 43.9 GU scale and reads as flat.
   */
  static final double MIN_RELATIVE_SPAN = 0.1;

  private final Chart chart;
  private final int width;
  private final int height;
  private final double right;
  private double x0;
  private double x1;
  private double y0;
  private double y1;

  ChartRenderer(Chart chart, int width, int height) {
    this.chart = chart;
    this.width = width;
    this.height = height;
    this.right = 210;
    computeRanges();
  }

  private double plotW() {
    return width - LEFT - right;
  }

  private double plotH() {
    return height - TOP - BOTTOM;
  }

  double px(double x) {
    return LEFT + (x - x0) / (x1 - x0) * plotW();
  }

  double py(double y) {
    return TOP + plotH() - (y - y0) / (y1 - y0) * plotH();
  }

  private void computeRanges() {
    double[] xs = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    double[] ys = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (Chart.Layer l : chart.layers) {
      if (l instanceof Chart.Curve c) {
        extend(xs, c.x());
        extend(ys, c.y());
      } else if (l instanceof Chart.Region r) {
        extend(xs, r.x());
        extend(ys, r.y());
      } else if (l instanceof Chart.Mask m) {
        extend(xs, new double[] {m.x0(), m.x1()});
        extend(ys, new double[] {m.y0(), m.y1()});
      } else if (l instanceof Chart.HeatMap h) {
        extend(xs, new double[] {h.x0(), h.x1()});
        extend(ys, new double[] {h.y0(), h.y1()});
      } else if (l instanceof Chart.Marker m) {
        extend(xs, new double[] {m.x()});
        extend(ys, new double[] {m.y()});
      } else if (l instanceof Chart.HorizontalLine h) {
        extend(ys, new double[] {h.y()});
      } else if (l instanceof Chart.VerticalLine v) {
        extend(xs, new double[] {v.x()});
      } else if (l instanceof Chart.VerticalBand b) {
        extend(xs, new double[] {b.x0(), b.x1()});
      }
    }
    double[] xr = chart.xRange != null ? chart.xRange : pad(xs);
    double[] yr = chart.yRange != null ? chart.yRange : pad(ys);
    x0 = xr[0];
    x1 = xr[1];
    y0 = yr[0];
    y1 = yr[1];
  }

  private static void extend(double[] range, double[] values) {
    for (double v : values) {
      if (Double.isFinite(v)) {
        range[0] = Math.min(range[0], v);
        range[1] = Math.max(range[1], v);
      }
    }
  }

  private static double[] pad(double[] r) {
    if (!Double.isFinite(r[0])) {
      return new double[] {0, 1};
    }
    if (r[1] - r[0] < 1e-12 * Math.max(1, Math.abs(r[0]))) {
      return new double[] {r[0] - 1, r[1] + 1};
    }
    double m = 0.04 * (r[1] - r[0]);
    return new double[] {r[0] - m, r[1] + m};
  }

  void draw(Canvas c) {
    drawGrid(c);
    c.beginClip(LEFT, TOP, plotW(), plotH());
    List<Chart.Layer> ordered = new ArrayList<>(chart.layers);
    for (Chart.Layer l : ordered) {
      drawLayer(c, l);
    }
    c.endClip();
    drawAxes(c);
    drawLegend(c);
  }

  private void drawLayer(Canvas c, Chart.Layer l) {
    if (l instanceof Chart.Curve cu) {
      drawCurve(c, cu);
    } else if (l instanceof Chart.Region r) {
      double[] xs = new double[r.x().length];
      double[] ys = new double[r.y().length];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = px(r.x()[i]);
        ys[i] = py(r.y()[i]);
      }
      c.fillPolygon(xs, ys, r.color());
    } else if (l instanceof Chart.Mask m) {
      drawCells(
          c,
          m.inside().length,
          m.inside()[0].length,
          m.x0(),
          m.x1(),
          m.y0(),
          m.y1(),
          (row, col) -> m.inside()[row][col] ? m.color() : null);
    } else if (l instanceof Chart.HeatMap h) {
      double[] zr = zRange(h);
      drawCells(
          c,
          h.z().length,
          h.z()[0].length,
          h.x0(),
          h.x1(),
          h.y0(),
          h.y1(),
          (row, col) ->
              Double.isNaN(h.z()[row][col])
                  ? null
                  : Viridis.at((h.z()[row][col] - zr[0]) / (zr[1] - zr[0])));
    } else if (l instanceof Chart.HorizontalLine h) {
      c.line(LEFT, py(h.y()), LEFT + plotW(), py(h.y()), h.color(), 1.2, true);
      c.text(LEFT + plotW() - 4, py(h.y()) - 4, h.label(), 11, 1, false, h.color());
    } else if (l instanceof Chart.VerticalLine v) {
      c.line(px(v.x()), TOP, px(v.x()), TOP + plotH(), v.color(), 1.2, true);
      c.text(px(v.x()) + 4, TOP + 14, v.label(), 11, 0, false, v.color());
    } else if (l instanceof Chart.VerticalBand b) {
      c.fillRect(px(b.x0()), TOP, px(b.x1()) - px(b.x0()), plotH(), b.color());
      c.text((px(b.x0()) + px(b.x1())) / 2, TOP + 14, b.label(), 11, 0.5, false, AXIS);
    } else if (l instanceof Chart.Marker m) {
      c.circle(px(m.x()), py(m.y()), 5, new Color(220, 30, 30), Color.BLACK);
      boolean nearRight = px(m.x()) > LEFT + plotW() * 0.7;
      c.text(
          px(m.x()) + (nearRight ? -8 : 8),
          py(m.y()) - 8,
          m.label(),
          12,
          nearRight ? 1 : 0,
          false,
          Color.BLACK);
    }
  }

  private interface CellColour {
    Color at(int row, int col);
  }

  /**
   * Fills the cells of a grid. Cells of one colour are merged into rectangles (runs along a row,
   * then runs of equal extent stacked over the rows), so that an SVG holds one element per uniform
   * patch rather than one per cell: a window plot's two masks of 240 x 200 cells become a few
   * hundred rectangles.
   */
  private void drawCells(
      Canvas c,
      int rows,
      int cols,
      double cx0,
      double cx1,
      double cy0,
      double cy1,
      CellColour colour) {
    double dx = cols > 1 ? (cx1 - cx0) / (cols - 1) : 1;
    double dy = rows > 1 ? (cy1 - cy0) / (rows - 1) : 1;
    // Open rectangles, keyed by their first column, carried down while the next row has the same
    // run (same first and last column, same colour).
    java.util.Map<Integer, int[]> open = new java.util.HashMap<>();
    java.util.Map<Integer, Color> openColour = new java.util.HashMap<>();
    for (int r = 0; r <= rows; r++) {
      java.util.Map<Integer, int[]> next = new java.util.HashMap<>();
      java.util.Map<Integer, Color> nextColour = new java.util.HashMap<>();
      int k = 0;
      while (r < rows && k < cols) {
        Color col = colour.at(r, k);
        int end = k + 1;
        while (end < cols && java.util.Objects.equals(colour.at(r, end), col)) {
          end++;
        }
        if (col != null) {
          int[] prev = open.get(k);
          if (prev != null && prev[1] == end && col.equals(openColour.get(k))) {
            open.remove(k);
            next.put(k, new int[] {prev[0], end, r});
          } else {
            next.put(k, new int[] {r, end, r});
          }
          nextColour.put(k, col);
        }
        k = end;
      }
      for (var e : open.entrySet()) {
        int[] rect = e.getValue();
        fillCells(
            c, e.getKey(), rect[1], rect[0], rect[2], cx0, dx, cy0, dy, openColour.get(e.getKey()));
      }
      open = next;
      openColour = nextColour;
    }
  }

  /**
   * Fills columns k0 (inclusive) to k1 (exclusive) of rows r0 to r1 (inclusive). The edges are
   * rounded to whole pixels, and a rectangle's edge is computed from the same cell boundary as its
   * neighbour's, so neighbouring rectangles meet exactly: neither an anti-aliased seam (a partly
   * covered pixel on each side) nor an overlap (a translucent colour laid twice) shows as a stripe.
   */
  private void fillCells(
      Canvas c,
      int k0,
      int k1,
      int r0,
      int r1,
      double cx0,
      double dx,
      double cy0,
      double dy,
      Color col) {
    double xa = Math.rint(px(cx0 + (k0 - 0.5) * dx));
    double xb = Math.rint(px(cx0 + (k1 - 0.5) * dx));
    double ya = Math.rint(py(cy0 + (r1 + 0.5) * dy));
    double yb = Math.rint(py(cy0 + (r0 - 0.5) * dy));
    if (xa != xb && ya != yb) {
      c.fillRect(Math.min(xa, xb), Math.min(ya, yb), Math.abs(xb - xa), Math.abs(yb - ya), col);
    }
  }

  private static double[] zRange(Chart.HeatMap h) {
    if (Double.isFinite(h.zLo()) && Double.isFinite(h.zHi()) && h.zHi() > h.zLo()) {
      return new double[] {h.zLo(), h.zHi()};
    }
    return zRange(h.z());
  }

  static double[] zRange(double[][] z) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] row : z) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!Double.isFinite(lo)) {
      return new double[] {0, 1};
    }
    if (hi == lo && lo == 0) {
      return new double[] {0, 1};
    }
    // A nearly flat map must look flat: a colour scale spanning less than MIN_RELATIVE_SPAN of the
    // values' magnitude (e.g. 41.75 to 41.785 GU) is widened to that span around its middle, so
    // that differences below the resolution of the model are not painted as the full colour range.
    double mid = (lo + hi) / 2;
    double minSpan = Math.max(MIN_RELATIVE_SPAN * Math.abs(mid), 1e-12);
    if (hi - lo < minSpan) {
      return new double[] {mid - minSpan / 2, mid + minSpan / 2};
    }
    return new double[] {lo, hi};
  }

  private void drawCurve(Canvas c, Chart.Curve cu) {
    List<double[]> run = new ArrayList<>();
    for (int i = 0; i <= cu.x().length; i++) {
      boolean ok = i < cu.x().length && Double.isFinite(cu.x()[i]) && Double.isFinite(cu.y()[i]);
      if (ok) {
        run.add(new double[] {px(cu.x()[i]), clampPy(cu.y()[i])});
      } else if (!run.isEmpty()) {
        double[] xs = run.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = run.stream().mapToDouble(p -> p[1]).toArray();
        c.polyline(xs, ys, cu.color(), 2, cu.dashed());
        run.clear();
      }
    }
  }

  /** Keeps far-off values within a few plot heights so that renderers do not overflow. */
  private double clampPy(double y) {
    double p = py(y);
    return Math.max(TOP - 4 * plotH(), Math.min(TOP + 5 * plotH(), p));
  }

  private void drawGrid(Canvas c) {
    for (double t : ticks(x0, x1)) {
      c.line(px(t), TOP, px(t), TOP + plotH(), GRID, 1, false);
    }
    for (double t : ticks(y0, y1)) {
      c.line(LEFT, py(t), LEFT + plotW(), py(t), GRID, 1, false);
    }
  }

  private void drawAxes(Canvas c) {
    c.strokeRect(LEFT, TOP, plotW(), plotH(), AXIS);
    for (double t : ticks(x0, x1)) {
      c.line(px(t), TOP + plotH(), px(t), TOP + plotH() + 5, AXIS, 1, false);
      c.text(px(t), TOP + plotH() + 19, label(t), 12, 0.5, false, AXIS);
    }
    for (double t : ticks(y0, y1)) {
      c.line(LEFT - 5, py(t), LEFT, py(t), AXIS, 1, false);
      c.text(LEFT - 8, py(t) + 4, label(t), 12, 1, false, AXIS);
    }
    c.text(LEFT + plotW() / 2, height - 16, chart.xLabel, 14, 0.5, false, AXIS);
    c.text(22, TOP + plotH() / 2, chart.yLabel, 14, 0.5, true, AXIS);
    c.text(LEFT + plotW() / 2, 26, chart.title, 16, 0.5, false, Color.BLACK);
  }

  private void drawLegend(Canvas c) {
    double x = LEFT + plotW() + 16;
    double y = TOP + 10;
    for (Chart.Layer l : chart.layers) {
      if (l instanceof Chart.Curve cu) {
        c.line(x, y - 4, x + 24, y - 4, cu.color(), 2.5, cu.dashed());
        c.text(x + 30, y, cu.label(), 12, 0, false, AXIS);
        y += 18;
      } else if (l instanceof Chart.Region r) {
        c.fillRect(x, y - 11, 24, 12, r.color());
        c.text(x + 30, y, r.label(), 12, 0, false, AXIS);
        y += 18;
      } else if (l instanceof Chart.Mask m) {
        c.fillRect(x, y - 11, 24, 12, m.color());
        c.text(x + 30, y, m.label(), 12, 0, false, AXIS);
        y += 18;
      } else if (l instanceof Chart.HeatMap h) {
        y = drawColourBar(c, h, x, y);
      }
    }
  }

  private double drawColourBar(Canvas c, Chart.HeatMap h, double x, double y) {
    double[] zr = zRange(h);
    double barH = Math.min(220, plotH() - (y - TOP) - 30);
    c.text(x, y, h.label(), 12, 0, false, AXIS);
    double top = y + 8;
    int steps = 64;
    for (int i = 0; i < steps; i++) {
      double f = 1 - (i + 0.5) / steps;
      c.fillRect(x, top + i * barH / steps, 20, barH / steps + 0.5, Viridis.at(f));
    }
    c.strokeRect(x, top, 20, barH, AXIS);
    for (double t : ticks(zr[0], zr[1])) {
      double yy = top + (1 - (t - zr[0]) / (zr[1] - zr[0])) * barH;
      c.line(x + 20, yy, x + 25, yy, AXIS, 1, false);
      c.text(x + 28, yy + 4, label(t), 11, 0, false, AXIS);
    }
    return top + barH + 24;
  }

  /** Round tick values covering [lo, hi], about six of them. */
  static List<Double> ticks(double lo, double hi) {
    List<Double> out = new ArrayList<>();
    double span = hi - lo;
    if (!(span > 0) || !Double.isFinite(span)) {
      return out;
    }
    double raw = span / 6;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double norm = raw / mag;
    double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
    for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9 * step; t += step) {
      out.add(Math.abs(t) < 1e-12 * step ? 0.0 : t);
    }
    return out;
  }

  private static String label(double v) {
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains("e")) {
      return String.format(Locale.ROOT, "%.2g", v);
    }
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }
}
