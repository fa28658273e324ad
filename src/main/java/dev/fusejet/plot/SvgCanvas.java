package dev.fusejet.plot;

import java.awt.Color;
import java.util.Locale;

/** A {@link Canvas} that writes SVG 1.1 markup. */
final class SvgCanvas implements Canvas {
  private final StringBuilder out = new StringBuilder();
  private final int width;
  private final int height;

  SvgCanvas(int width, int height) {
    this.width = width;
    this.height = height;
  }

  private static String c(Color color) {
    return String.format(
        Locale.ROOT, "rgb(%d,%d,%d)", color.getRed(), color.getGreen(), color.getBlue());
  }

  private static String opacity(Color color) {
    return color.getAlpha() == 255
        ? ""
        : String.format(Locale.ROOT, " fill-opacity=\"%.3f\"", color.getAlpha() / 255.0);
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  @Override
  public void line(
      double x1, double y1, double x2, double y2, Color color, double w, boolean dashed) {
    out.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" stroke=\"")
        .append(c(color))
        .append("\" stroke-width=\"")
        .append(n(w))
        .append(dashed ? "\" stroke-dasharray=\"6,4" : "")
        .append("\"/>\n");
  }

  @Override
  public void polyline(double[] xs, double[] ys, Color color, double w, boolean dashed) {
    out.append("<polyline fill=\"none\" stroke=\"")
        .append(c(color))
        .append("\" stroke-width=\"")
        .append(n(w))
        .append(dashed ? "\" stroke-dasharray=\"6,4" : "")
        .append("\" points=\"");
    points(xs, ys);
  }

  @Override
  public void fillPolygon(double[] xs, double[] ys, Color color) {
    out.append("<polygon fill=\"")
        .append(c(color))
        .append('"')
        .append(opacity(color))
        .append(" points=\"");
    points(xs, ys);
  }

  /** Ends an element with the given vertices as its points attribute. */
  private void points(double[] xs, double[] ys) {
    for (int i = 0; i < xs.length; i++) {
      out.append(n(xs[i])).append(',').append(n(ys[i])).append(' ');
    }
    out.append("\"/>\n");
  }

  @Override
  public void fillRect(double x, double y, double w, double h, Color color) {
    out.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(w))
        .append("\" height=\"")
        .append(n(h))
        .append("\" fill=\"")
        .append(c(color))
        .append('"')
        .append(opacity(color))
        .append("/>\n");
  }

  @Override
  public void strokeRect(double x, double y, double w, double h, Color color) {
    out.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(w))
        .append("\" height=\"")
        .append(n(h))
        .append("\" fill=\"none\" stroke=\"")
        .append(c(color))
        .append("\"/>\n");
  }

  @Override
  public void text(
      double x, double y, String s, double size, double anchor, boolean vertical, Color color) {
    String a = anchor < 0.25 ? "start" : anchor > 0.75 ? "end" : "middle";
    out.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" font-family=\"sans-serif\" font-size=\"")
        .append(n(size))
        .append("\" text-anchor=\"")
        .append(a)
        .append("\" fill=\"")
        .append(c(color))
        .append('"');
    if (vertical) {
      out.append(" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y)).append(")\"");
    }
    out.append('>').append(escape(s)).append("</text>\n");
  }

  @Override
  public void circle(double x, double y, double r, Color fill, Color stroke) {
    out.append("<circle cx=\"")
        .append(n(x))
        .append("\" cy=\"")
        .append(n(y))
        .append("\" r=\"")
        .append(n(r))
        .append("\" fill=\"")
        .append(c(fill))
        .append("\" stroke=\"")
        .append(c(stroke))
        .append("\" stroke-width=\"1.5\"/>\n");
  }

  private int clips;

  @Override
  public void beginClip(double x, double y, double w, double h) {
    clips++;
    out.append("<clipPath id=\"clip")
        .append(clips)
        .append("\"><rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(w))
        .append("\" height=\"")
        .append(n(h))
        .append("\"/></clipPath>\n<g clip-path=\"url(#clip")
        .append(clips)
        .append(")\">\n");
  }

  @Override
  public void endClip() {
    out.append("</g>\n");
  }

  /** The complete document. */
  String document() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
        + width
        + "\" height=\""
        + height
        + "\" viewBox=\"0 0 "
        + width
        + " "
        + height
        + "\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        + out
        + "</svg>\n";
  }
}
