package dev.fusejet.plot;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A two-axis chart built up from layers and written as PNG or SVG. Layers are drawn in the order
 * added (regions and heat maps first, then lines and points, is the usual order). Axis ranges
 * follow the data unless set. Not thread-safe; build, write, discard.
 */
// Layer records hold arrays: they are private to the chart, built from defensive copies and never
// compared or exposed, so array identity semantics do not matter.
@SuppressWarnings("ArrayRecordComponent")
public final class Chart {

  /** Distinct colours for curves, in order of use (Okabe-Ito palette, colour-blind safe). */
  static final Color[] PALETTE = {
    new Color(0, 114, 178),
    new Color(213, 94, 0),
    new Color(0, 158, 115),
    new Color(204, 121, 167),
    new Color(230, 159, 0),
    new Color(86, 180, 233),
    new Color(0, 0, 0),
    new Color(240, 228, 66)
  };

  sealed interface Layer
      permits Curve, HorizontalLine, VerticalLine, VerticalBand, Region, Mask, HeatMap, Marker {}

  record Curve(String label, double[] x, double[] y, Color color, boolean dashed)
      implements Layer {}

  record HorizontalLine(double y, String label, Color color) implements Layer {}

  record VerticalLine(double x, String label, Color color) implements Layer {}

  record VerticalBand(double x0, double x1, String label, Color color) implements Layer {}

  record Region(String label, double[] x, double[] y, Color color) implements Layer {}

  record Mask(
      String label, boolean[][] inside, double x0, double x1, double y0, double y1, Color color)
      implements Layer {}

  record HeatMap(
      double[][] z,
      double x0,
      double x1,
      double y0,
      double y1,
      String label,
      double zLo,
      double zHi)
      implements Layer {}

  record Marker(double x, double y, String label) implements Layer {}

  final String title;
  final String xLabel;
  final String yLabel;
  final List<Layer> layers = new ArrayList<>();
  double[] xRange;
  double[] yRange;
  private int colourIndex;

  /**
   * @param title chart title
   * @param xLabel x-axis label with its unit, e.g. {@code "dwell t (ms)"}
   * @param yLabel y-axis label with its unit
   */
  public Chart(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  private Color nextColour() {
    return PALETTE[colourIndex++ % PALETTE.length];
  }

  /** Adds a labelled solid curve; NaN or infinite points break it. */
  public Chart line(String label, double[] x, double[] y) {
    layers.add(new Curve(label, x.clone(), y.clone(), nextColour(), false));
    return this;
  }

  /** Adds a labelled dashed curve. */
  public Chart dashedLine(String label, double[] x, double[] y) {
    layers.add(new Curve(label, x.clone(), y.clone(), nextColour(), true));
    return this;
  }

  /** Same as {@link #line}. */
  public Chart curve(String label, double[] x, double[] y) {
    return line(label, x, y);
  }

  /** Adds a dashed horizontal reference line across the plot. */
  public Chart horizontalLine(double y, String label) {
    layers.add(new HorizontalLine(y, label, new Color(120, 120, 120)));
    return this;
  }

  /** Adds a dashed vertical reference line across the plot. */
  public Chart verticalLine(double x, String label) {
    layers.add(new VerticalLine(x, label, new Color(120, 120, 120)));
    return this;
  }

  /** Shades the band x0 <= x <= x1 over the whole height. */
  public Chart verticalBand(double x0, double x1, String label) {
    layers.add(new VerticalBand(x0, x1, label, new Color(255, 200, 120, 90)));
    return this;
  }

  /** Fills a closed polygon with a translucent colour. */
  public Chart region(String label, double[] x, double[] y, Color color) {
    layers.add(new Region(label, x.clone(), y.clone(), color));
    return this;
  }

  /**
   * Fills the cells where {@code inside[row][col]} is true; rows run from y0 to y1 and columns from
   * x0 to x1, cells centred on an even grid.
   */
  public Chart mask(
      String label, boolean[][] inside, double x0, double x1, double y0, double y1, Color color) {
    layers.add(new Mask(label, inside, x0, x1, y0, y1, color));
    return this;
  }

  /**
   * Draws z[row][col] as colours (viridis), rows from y0 to y1, columns from x0 to x1, with a
   * colour bar labelled {@code zLabel}. NaN cells stay white.
   */
  public Chart heatMap(double[][] z, double x0, double x1, double y0, double y1, String zLabel) {
    return heatMap(z, x0, x1, y0, y1, zLabel, Double.NaN, Double.NaN);
  }

  /**
   * As {@link #heatMap(double[][], double, double, double, double, String)} on a fixed colour scale
   * from zLo to zHi (in the units of z; values outside take the end colours), for quantities with a
   * natural scale such as gloss 0-100 GU; NaN limits fit the scale to the data.
   */
  public Chart heatMap(
      double[][] z,
      double x0,
      double x1,
      double y0,
      double y1,
      String zLabel,
      double zLo,
      double zHi) {
    layers.add(new HeatMap(z, x0, x1, y0, y1, zLabel, zLo, zHi));
    return this;
  }

  /** Marks a point with a circle and a label. */
  public Chart point(double x, double y, String label) {
    layers.add(new Marker(x, y, label));
    return this;
  }

  /** Fixes the x-axis range. */
  public Chart xRange(double lo, double hi) {
    xRange = new double[] {lo, hi};
    return this;
  }

  /** Fixes the y-axis range. */
  public Chart yRange(double lo, double hi) {
    yRange = new double[] {lo, hi};
    return this;
  }

  /** The image formats a chart can be written in, chosen by the file's extension. */
  public enum Format {
    /** Portable Network Graphics, {@code .png}. */
    PNG,
    /** Scalable Vector Graphics 1.1, {@code .svg}. */
    SVG;

    /**
     * The format named by the file's extension (case-insensitive).
     *
     * @throws IllegalArgumentException naming the file when it ends in neither .png nor .svg
     */
    public static Format of(Path file) {
      Path name = file.getFileName();
      String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
      if (n.endsWith(".png")) {
        return PNG;
      }
      if (n.endsWith(".svg")) {
        return SVG;
      }
      throw new IllegalArgumentException(
          "cannot tell the plot format of '" + file + "': name it .png or .svg");
    }
  }

  /** Writes the chart as PNG or SVG, chosen by the file extension, at 960 x 640 pixels. */
  public void write(Path file) {
    write(file, 960, 640);
  }

  /**
   * Writes the chart as PNG or SVG, chosen by the file extension. The image is written to a
   * temporary file beside {@code file} and renamed over it when complete, so a failed write leaves
   * neither a partial image nor a stray temporary file.
   *
   * @throws IllegalArgumentException when the extension is neither .png nor .svg
   * @throws UncheckedIOException with a one-line message naming the file and the problem
   */
  public void write(Path file, int width, int height) {
    Format format = Format.of(file);
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = PartFile.beside(dir, file);
      if (format == Format.SVG) {
        SvgCanvas svg = new SvgCanvas(width, height);
        new ChartRenderer(this, width, height).draw(svg);
        Files.writeString(tmp, svg.document(), StandardCharsets.UTF_8);
      } else {
        Java2dCanvas png = new Java2dCanvas(width, height);
        new ChartRenderer(this, width, height).draw(png);
        if (!ImageIO.write(png.image(), "png", tmp.toFile())) {
          throw new IOException("no PNG writer available");
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + reason(e, dir), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // The temporary name starts with a dot; nothing else to do if it cannot be removed.
        }
      }
    }
  }

  /** The problem behind an I/O failure, in words (the JDK names the file, not the reason). */
  static String reason(IOException e, Path dir) {
    if (e instanceof NoSuchFileException) {
      return dir == null || !Files.isDirectory(dir) ? "no such directory " + dir : "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
