package dev.fusejet.raster;

import dev.fusejet.raster.colour.CmykLink;
import dev.fusejet.raster.decode.PageImage;

/**
 * A CMYK document page seen through a {@link CmykLink}: its rows come out as the printer's device
 * CMYK. Rows are converted a strip of {@value #STRIP_PIXELS} pixels or more at a time as they are
 * asked for (in non-decreasing order, as the page itself is read), so memory stays a strip, not a
 * page, and each image pixel goes through the CMM once.
 */
final class LinkedCmykPage implements PageImage {

  /** Pixels converted per call into the CMM (enough to amortise the call, small enough for L2). */
  static final int STRIP_PIXELS = 1 << 16;

  private final PageImage page;
  private final CmykLink.Pass pass;
  private final int stripRows;
  private final int[] strip;
  private final int[] row;

  /** First page row held in {@link #strip}, -1 before the first. */
  private int first = -1;

  private int rows;

  LinkedCmykPage(PageImage page, CmykLink link) {
    if (!page.cmyk()) {
      throw new IllegalArgumentException("the page is not CMYK");
    }
    this.page = page;
    this.pass = link.pass();
    this.stripRows = Math.max(1, Math.min(page.height(), STRIP_PIXELS / Math.max(1, page.width())));
    this.strip = new int[stripRows * page.width()];
    this.row = new int[page.width()];
  }

  @Override
  public int width() {
    return page.width();
  }

  @Override
  public int height() {
    return page.height();
  }

  @Override
  public double xDpi() {
    return page.xDpi();
  }

  @Override
  public double yDpi() {
    return page.yDpi();
  }

  @Override
  public boolean cmyk() {
    return true;
  }

  @Override
  public void row(int y, int[] dst) {
    row(y, dst, 0);
  }

  @Override
  public void row(int y, int[] dst, int offset) {
    int w = page.width();
    if (first < 0 || y < first || y >= first + rows) {
      // the strip from y on (a row asked for again lies in the strip held, or the page is read
      // from its start again, which the page's own ordering rule allows only if it is in memory)
      first = y;
      rows = Math.min(stripRows, page.height() - y);
      for (int r = 0; r < rows; r++) {
        page.row(y + r, row);
        System.arraycopy(row, 0, strip, r * w, w);
      }
      pass.convert(strip, 0, rows * w);
    }
    System.arraycopy(strip, (y - first) * w, dst, offset, w);
  }

  @Override
  public boolean rowsInPlace() {
    return true;
  }
}
