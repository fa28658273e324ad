package dev.fusejet.raster.decode;

/**
 * One decoded page, read row by row. Pixels are packed ints: sRGB {@code 0xRRGGBB} (grey as equal
 * components, transparency already composited over white), or device CMYK {@code 0xCCMMYYKK} (255 =
 * full ink) when {@link #cmyk()}.
 */
public interface PageImage {

  /** Width (px). */
  int width();

  /** Height (px). */
  int height();

  /** Horizontal resolution the document declares (dots per inch), 0 when it declares none. */
  double xDpi();

  /** Vertical resolution the document declares (dots per inch), 0 when it declares none. */
  double yDpi();

  /** True for device CMYK pixels, false for sRGB. */
  boolean cmyk();

  /**
   * Reads row {@code y} into {@code dst[0..width)}. Unless {@link #randomAccess()}, rows must be
   * asked for in non-decreasing order (a row may be asked for again).
   */
  void row(int y, int[] dst);

  /**
   * Reads row {@code y} into {@code dst[offset .. offset + width)}, under the same ordering rule as
   * {@link #row(int, int[])}. Where {@link #rowsInPlace()}, straight there; the default reads the
   * row into a new array first.
   */
  default void row(int y, int[] dst, int offset) {
    int[] row = new int[width()];
    row(y, row);
    System.arraycopy(row, 0, dst, offset, row.length);
  }

  /** True when {@link #row(int, int[], int)} writes straight into its destination (no copy). */
  default boolean rowsInPlace() {
    return false;
  }

  /** True when rows may be read in any order (the page is held in memory). */
  default boolean randomAccess() {
    return false;
  }

  /**
   * True when the page is resolution independent (PDF): {@link #rendered} then draws it at any
   * scale without resampling.
   */
  default boolean scalable() {
    return false;
  }

  /**
   * The page drawn at {@code sx} x {@code sy} device pixels per pixel of this image (scalable pages
   * only).
   */
  default PageImage rendered(double sx, double sy) {
    throw new UnsupportedOperationException("page is not scalable");
  }

  /**
   * The source profile the pixels are in, else null: for RGB pages an RGB or grey profile the
   * document embeds other than sRGB (the pixels are then that profile's values, not sRGB; grey as
   * equal components); for {@link #cmyk()} pages the CMYK profile of the printing condition the ink
   * values are for (a CMYK JPEG's embedded profile or the default one), null for device CMYK that
   * is the printer's own (PWG, URF).
   */
  default java.awt.color.ICC_Profile profile() {
    return null;
  }

  /**
   * A scalable page drawn in sRGB instead of its own {@link #profile()} (for a pipeline that
   * separates from sRGB only); {@link ProfiledPage#asSrgb} converts other pages.
   */
  default PageImage inSrgb() {
    if (profile() != null) {
      throw new UnsupportedOperationException("page cannot be drawn in sRGB by itself");
    }
    return this;
  }
}
