package dev.fusejet.raster;

import dev.fusejet.raster.colour.ColourMode;

/**
 * How to lay out and rasterise a document.
 *
 * @param size sheet size
 * @param margin margin on every side (m), ignored when borderless
 * @param borderless print to the sheet's edges
 * @param scaling print-scaling
 * @param orientation orientation-requested
 * @param copies copies of the whole document (collated), at least 1
 * @param pages page-ranges
 * @param xDpi horizontal resolution (dots per inch)
 * @param yDpi vertical resolution (dots per inch)
 * @param colourMode print-color-mode
 * @param bandRows rows per band handed to the consumer
 * @param threads worker threads (1 or more)
 */
public record RasterOptions(
    MediaSize size,
    double margin,
    boolean borderless,
    PrintScaling scaling,
    Orientation orientation,
    int copies,
    PageRanges pages,
    double xDpi,
    double yDpi,
    ColourMode colourMode,
    int bandRows,
    int threads) {

  /** Lowest resolution in either direction (dots per inch). */
  public static final double MIN_DPI = 36;

  /** Highest resolution in either direction (dots per inch). */
  public static final double MAX_DPI = 5760;

  /** True when {@code dpi} is within {@link #MIN_DPI} to {@link #MAX_DPI}. */
  public static boolean dpiInRange(double dpi) {
    return dpi >= MIN_DPI && dpi <= MAX_DPI;
  }

  /** Default margin (m): 3 mm. */
  public static final double DEFAULT_MARGIN = 0.003;

  /** Checks the values. */
  public RasterOptions {
    if (copies < 1) {
      throw new IllegalArgumentException("copies must be at least 1, got " + copies);
    }
    if (!(dpiInRange(xDpi) && dpiInRange(yDpi))) {
      throw new IllegalArgumentException(
          "resolution "
              + xDpi
              + " x "
              + yDpi
              + " dpi is outside "
              + (int) MIN_DPI
              + ".."
              + (int) MAX_DPI
              + " dpi");
    }
    if (bandRows < 1 || threads < 1) {
      throw new IllegalArgumentException("band rows and threads must be at least 1");
    }
    if (!(margin >= 0 && margin < Math.min(size.width(), size.height()) / 2)) {
      throw new IllegalArgumentException("margin " + margin + " m leaves no printable area");
    }
  }

  /** 4x6 in, 3 mm margins, auto scaling and orientation, 720 dpi, colour, one thread. */
  public static RasterOptions defaults() {
    return new RasterOptions(
        MediaSize.of("4x6"),
        DEFAULT_MARGIN,
        false,
        PrintScaling.AUTO,
        Orientation.AUTO,
        1,
        PageRanges.all(),
        720,
        720,
        ColourMode.COLOUR,
        32,
        1);
  }

  /** A copy with another size. */
  public RasterOptions withSize(MediaSize s) {
    return new RasterOptions(
        s,
        margin,
        borderless,
        scaling,
        orientation,
        copies,
        pages,
        xDpi,
        yDpi,
        colourMode,
        bandRows,
        threads);
  }

  /** A copy with another resolution. */
  public RasterOptions withResolution(double x, double y) {
    return new RasterOptions(
        size,
        margin,
        borderless,
        scaling,
        orientation,
        copies,
        pages,
        x,
        y,
        colourMode,
        bandRows,
        threads);
  }

  /** A copy with borderless on or off. */
  public RasterOptions withBorderless(boolean b) {
    return new RasterOptions(
        size,
        margin,
        b,
        scaling,
        orientation,
        copies,
        pages,
        xDpi,
        yDpi,
        colourMode,
        bandRows,
        threads);
  }

  /** A copy with another scaling. */
  public RasterOptions withScaling(PrintScaling s) {
    return new RasterOptions(
        size,
        margin,
        borderless,
        s,
        orientation,
        copies,
        pages,
        xDpi,
        yDpi,
        colourMode,
        bandRows,
        threads);
  }

  /** A copy with another orientation. */
  public RasterOptions withOrientation(Orientation o) {
    return new RasterOptions(
        size,
        margin,
        borderless,
        scaling,
        o,
        copies,
        pages,
        xDpi,
        yDpi,
        colourMode,
        bandRows,
        threads);
  }

  /** A copy with copies and page ranges. */
  public RasterOptions withCopies(int n, PageRanges p) {
    return new RasterOptions(
        size,
        margin,
        borderless,
        scaling,
        orientation,
        n,
        p,
        xDpi,
        yDpi,
        colourMode,
        bandRows,
        threads);
  }

  /** A copy with another colour mode. */
  public RasterOptions withColourMode(ColourMode m) {
    return new RasterOptions(
        size,
        margin,
        borderless,
        scaling,
        orientation,
        copies,
        pages,
        xDpi,
        yDpi,
        m,
        bandRows,
        threads);
  }

  /** A copy with another band height and thread count. */
  public RasterOptions withBands(int rows, int nThreads) {
    return new RasterOptions(
        size,
        margin,
        borderless,
        scaling,
        orientation,
        copies,
        pages,
        xDpi,
        yDpi,
        colourMode,
        rows,
        nThreads);
  }

  /** A copy with another margin (m). */
  public RasterOptions withMargin(double m) {
    return new RasterOptions(
        size,
        m,
        borderless,
        scaling,
        orientation,
        copies,
        pages,
        xDpi,
        yDpi,
        colourMode,
        bandRows,
        threads);
  }
}
