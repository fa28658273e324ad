package dev.fusejet.plot;

import java.awt.Color;

/** The drawing operations a chart needs, in pixel coordinates with y pointing down. */
interface Canvas {
  void line(double x1, double y1, double x2, double y2, Color color, double width, boolean dashed);

  void polyline(double[] xs, double[] ys, Color color, double width, boolean dashed);

  void fillPolygon(double[] xs, double[] ys, Color color);

  void fillRect(double x, double y, double w, double h, Color color);

  void strokeRect(double x, double y, double w, double h, Color color);

  /** Text anchored at (x, y): anchor 0 left, 0.5 centre, 1 right; rotated -90° when vertical. */
  void text(
      double x, double y, String s, double size, double anchor, boolean vertical, Color color);

  void circle(double x, double y, double r, Color fill, Color stroke);

  /** Clips what follows to the rectangle until {@link #endClip()}. */
  void beginClip(double x, double y, double w, double h);

  void endClip();
}
