package dev.fusejet.raster.decode;

import java.awt.color.ICC_Profile;

/**
 * A page whose pixels are in the document's own source profile, not sRGB: an embedded RGB or grey
 * ICC profile (the separation then goes from that profile, so colours outside sRGB survive and a
 * grey's meaning, its tone curve, is the profile's), or, for a CMYK page, the printing condition
 * its ink values are for (the embedded CMYK profile, or the default one), which the pipeline takes
 * to the printer's device CMYK through the CMM.
 */
public final class ProfiledPage implements PageImage {
  private final PageImage page;
  private final ICC_Profile profile;

  ProfiledPage(PageImage page, ICC_Profile profile) {
    this.page = page;
    this.profile = profile;
  }

  /**
   * The page in sRGB: itself when it has no own profile, else its pixels converted from its profile
   * to sRGB through the JDK's CMM, for a pipeline that separates from sRGB only (no printer
   * profile, or a monochrome mode). RGB and grey go perceptual (the profile's A2B0); CMYK relative
   * colorimetric (A2B1 when there is one: the paper becomes sRGB white, as a proof on screen shows
   * it).
   */
  public static PageImage asSrgb(PageImage page) {
    if (page.profile() == null) {
      return page;
    }
    if (page.scalable()) {
      return page.inSrgb(); // a PDF page drawn wide: drawn in sRGB instead, at any scale
    }
    int w = page.width();
    int h = page.height();
    ICC_Profile source = page.profile();
    int bands = source.getNumComponents();
    if (page.cmyk()) {
      byte[] a2b1 = source.getData(ICC_Profile.icSigAToB1Tag);
      if (a2b1 != null) {
        source = ICC_Profile.getInstance(source.getData());
        source.setData(ICC_Profile.icSigAToB0Tag, a2b1);
      }
    }
    java.awt.image.WritableRaster in =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_BYTE, w, h, bands, null);
    java.awt.image.WritableRaster out =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_BYTE, w, h, 3, null);
    int[] row = new int[w];
    int[] px = new int[4];
    for (int y = 0; y < h; y++) {
      page.row(y, row);
      for (int x = 0; x < w; x++) {
        int v = row[x];
        if (bands == 4) {
          px[0] = v >>> 24;
          px[1] = (v >> 16) & 0xff;
          px[2] = (v >> 8) & 0xff;
          px[3] = v & 0xff;
        } else {
          px[0] = (v >> 16) & 0xff;
          px[1] = (v >> 8) & 0xff;
          px[2] = v & 0xff;
        }
        if (bands == 1) {
          in.setSample(x, y, 0, px[1]); // grey pages hold equal components
        } else {
          in.setPixel(x, y, px);
        }
      }
    }
    new java.awt.image.ColorConvertOp(
            new ICC_Profile[] {source, ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB)},
            null)
        .filter(in, out);
    int[] pixels = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.getPixel(x, y, px);
        pixels[y * w + x] = px[0] << 16 | px[1] << 8 | px[2];
      }
    }
    return new MemoryImage(w, h, pixels, false, page.xDpi(), page.yDpi());
  }

  @Override
  public ICC_Profile profile() {
    return profile;
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
    return page.cmyk();
  }

  @Override
  public void row(int y, int[] dst) {
    page.row(y, dst);
  }

  @Override
  public void row(int y, int[] dst, int offset) {
    page.row(y, dst, offset);
  }

  @Override
  public boolean rowsInPlace() {
    return page.rowsInPlace();
  }

  @Override
  public boolean randomAccess() {
    return page.randomAccess();
  }
}
