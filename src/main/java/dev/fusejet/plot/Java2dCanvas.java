package dev.fusejet.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A {@link Canvas} on a Java 2D image, for PNG output; works headless. */
final class Java2dCanvas implements Canvas {
  private final BufferedImage image;
  private final Graphics2D g;

  Java2dCanvas(int width, int height) {
    image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
  }

  private void stroke(Color color, double width, boolean dashed) {
    g.setColor(color);
    g.setStroke(
        dashed
            ? new BasicStroke(
                (float) width,
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND,
                10f,
                new float[] {6f, 4f},
                0f)
            : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  }

  @Override
  public void line(
      double x1, double y1, double x2, double y2, Color color, double w, boolean dashed) {
    stroke(color, w, dashed);
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void polyline(double[] xs, double[] ys, Color color, double w, boolean dashed) {
    stroke(color, w, dashed);
    Path2D.Double path = path(xs, ys);
    g.draw(path);
  }

  @Override
  public void fillPolygon(double[] xs, double[] ys, Color color) {
    Path2D.Double path = path(xs, ys);
    path.closePath();
    g.setColor(color);
    g.fill(path);
  }

  /** The open path through the given vertices. */
  private static Path2D.Double path(double[] xs, double[] ys) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < xs.length; i++) {
      if (i == 0) {
        path.moveTo(xs[i], ys[i]);
      } else {
        path.lineTo(xs[i], ys[i]);
      }
    }
    return path;
  }

  @Override
  public void fillRect(double x, double y, double w, double h, Color color) {
    g.setColor(color);
    g.fill(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void strokeRect(double x, double y, double w, double h, Color color) {
    stroke(color, 1, false);
    g.draw(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void text(
      double x, double y, String s, double size, double anchor, boolean vertical, Color color) {
    g.setColor(color);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size)));
    double w = g.getFontMetrics().stringWidth(s);
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    if (vertical) {
      g.rotate(-Math.PI / 2);
    }
    g.drawString(s, (float) (-anchor * w), 0f);
    g.setTransform(saved);
  }

  @Override
  public void circle(double x, double y, double r, Color fill, Color stroke) {
    Ellipse2D.Double e = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    g.setColor(fill);
    g.fill(e);
    stroke(stroke, 1.5, false);
    g.draw(e);
  }

  @Override
  public void beginClip(double x, double y, double w, double h) {
    g.setClip(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void endClip() {
    g.setClip(null);
  }

  /** The finished image. */
  BufferedImage image() {
    g.dispose();
    return image;
  }
}
