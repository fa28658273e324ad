package dev.fusejet.raster;

/**
 * Rows {@code y0 .. y0 + rows - 1} of a page, halftoned: per ink, 2-bit drop levels (0 none, 1
 * small, 2 medium, 3 large), four pixels a byte with the leftmost in the high bits, rows {@link
 * #stride()} bytes apart. The arrays are reused for the next band: a consumer that keeps data must
 * copy it before returning.
 */
public final class Band {
  private final PageInfo page;
  private final int y0;
  private final int rows;
  private final byte[][] planes;

  /**
   * A band.
   *
   * @param page the page
   * @param y0 first row
   * @param rows row count
   * @param planes per ink, at least {@code rows * stride} bytes (not copied)
   */
  public Band(PageInfo page, int y0, int rows, byte[][] planes) {
    this.page = page;
    this.y0 = y0;
    this.rows = rows;
    this.planes = planes;
  }

  /** The page. */
  public PageInfo page() {
    return page;
  }

  /** First page row of the band. */
  public int y0() {
    return y0;
  }

  /** Rows in the band. */
  public int rows() {
    return rows;
  }

  /** Per ink, packed levels (the pipeline's buffer, not a copy). */
  public byte[] plane(int ink) {
    return planes[ink];
  }

  /** Bytes per row of a plane. */
  public int stride() {
    return page.stride();
  }

  /** The level (0..3) of ink {@code ink} at page pixel (x, y), y within the band. */
  public int level(int ink, int x, int y) {
    return (planes[ink][(y - y0) * stride() + (x >> 2)] >> (6 - 2 * (x & 3))) & 3;
  }
}
