package dev.fusejet.raster;

import static dev.fusejet.units.Units.INCH;

/**
 * Where a document page lands on the sheet, in device pixels.
 *
 * @param pageWidth sheet width (px at xDpi)
 * @param pageHeight sheet height (px at yDpi)
 * @param printX left edge of the printable area (px)
 * @param printY top edge of the printable area (px)
 * @param printWidth printable width (px)
 * @param printHeight printable height (px)
 * @param imageX left edge of the scaled image (px, may be negative: cropped)
 * @param imageY top edge of the scaled image (px, may be negative)
 * @param imageWidth scaled image width (px)
 * @param imageHeight scaled image height (px)
 * @param quarterTurns clockwise quarter turns applied to the document page
 */
public record PageLayout(
    int pageWidth,
    int pageHeight,
    int printX,
    int printY,
    int printWidth,
    int printHeight,
    int imageX,
    int imageY,
    int imageWidth,
    int imageHeight,
    int quarterTurns) {

  /** Resolution assumed for images that declare none (dpi): a photo's usual 300. */
  public static final double DEFAULT_IMAGE_DPI = 300;

  /**
   * Lays out a page of {@code width} x {@code height} px at {@code xDpi} x {@code yDpi} (0 when
   * unknown).
   */
  public static PageLayout of(int width, int height, double xDpi, double yDpi, RasterOptions o) {
    int pw = (int) Math.round(o.size().width() / INCH * o.xDpi());
    int ph = (int) Math.round(o.size().height() / INCH * o.yDpi());
    int mx = o.borderless() ? 0 : (int) Math.round(o.margin() / INCH * o.xDpi());
    int my = o.borderless() ? 0 : (int) Math.round(o.margin() / INCH * o.yDpi());
    int aw = pw - 2 * mx;
    int ah = ph - 2 * my;
    double dx = xDpi > 0 ? xDpi : (yDpi > 0 ? yDpi : DEFAULT_IMAGE_DPI);
    double dy = yDpi > 0 ? yDpi : dx;
    double iw = width / dx; // inches
    double ih = height / dy;
    int turns = o.orientation().quarterTurns();
    if (turns < 0) {
      boolean imageWide = iw > ih;
      boolean areaWide = aw / o.xDpi() > ah / o.yDpi();
      turns = imageWide != areaWide && Math.abs(iw - ih) > 1e-9 ? 3 : 0;
    }
    if (turns % 2 == 1) {
      double t = iw;
      iw = ih;
      ih = t;
    }
    double areaW = aw / o.xDpi();
    double areaH = ah / o.yDpi();
    double fit = Math.min(areaW / iw, areaH / ih);
    double fill = Math.max(areaW / iw, areaH / ih);
    double s =
        switch (o.scaling()) {
          case FIT -> fit;
          case FILL -> fill;
          case NONE -> 1;
          case AUTO_FIT -> iw > areaW || ih > areaH ? fit : 1;
          case AUTO -> o.borderless() ? fill : fit;
        };
    int w = Math.max(1, (int) Math.round(iw * s * o.xDpi()));
    int h = Math.max(1, (int) Math.round(ih * s * o.yDpi()));
    int x = mx + (aw - w) / 2;
    int y = my + (ah - h) / 2;
    return new PageLayout(pw, ph, mx, my, aw, ah, x, y, w, h, turns);
  }
}
