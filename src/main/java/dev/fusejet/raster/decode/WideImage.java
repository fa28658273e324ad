package dev.fusejet.raster.decode;

import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * An image of a page drawn in a {@link WideRgb} encoding: what PDFBox's drawing asks of it, with
 * the colour images in that encoding. An 8-bit image in the page's own ICC space gives its samples
 * as they are, one in another wide ICC RGB space through its profile; anything else is PDFBox's
 * sRGB image converted into the encoding. Alpha (soft masks, colour-key masks) is PDFBox's. Stencil
 * masks are painted with the current paint, already in the encoding, and pass unchanged.
 */
final class WideImage implements PDImage {
  private final PDImage image;
  private final WideRgb wide;

  WideImage(PDImage image, WideRgb wide) {
    this.image = image;
    this.wide = wide;
  }

  @Override
  public BufferedImage getImage() throws IOException {
    BufferedImage srgb = image.getImage();
    PDColorSpace cs = image.getColorSpace();
    boolean raw8 = image.getBitsPerComponent() == 8 && image.getDecode() == null;
    if (raw8 && wide.isOwn(cs)) {
      return wide.toWide(srgb, image.getRawRaster(), null);
    }
    ColorConvertOp other = wide.fromOther(cs);
    if (raw8 && other != null) {
      return wide.toWide(srgb, image.getRawRaster(), other);
    }
    return wide.toWide(srgb, null, null);
  }

  /** A region at a subsampling as PDFBox's reader takes it: every n-th pixel from the corner. */
  @Override
  public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
    BufferedImage full = getImage();
    Rectangle r =
        region == null
            ? new Rectangle(0, 0, full.getWidth(), full.getHeight())
            : region.intersection(new Rectangle(0, 0, full.getWidth(), full.getHeight()));
    if (r.x == 0
        && r.y == 0
        && r.width == full.getWidth()
        && r.height == full.getHeight()
        && subsampling <= 1) {
      return full;
    }
    int n = Math.max(1, subsampling);
    int w = Math.max(1, (r.width + n - 1) / n);
    int h = Math.max(1, (r.height + n - 1) / n);
    BufferedImage out = new BufferedImage(w, h, full.getType());
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, full.getRGB(r.x + x * n, r.y + y * n));
      }
    }
    return out;
  }

  @Override
  public WritableRaster getRawRaster() throws IOException {
    return image.getRawRaster();
  }

  @Override
  public BufferedImage getRawImage() throws IOException {
    return image.getRawImage();
  }

  @Override
  public BufferedImage getStencilImage(Paint paint) throws IOException {
    return image.getStencilImage(paint);
  }

  @Override
  public InputStream createInputStream() throws IOException {
    return image.createInputStream();
  }

  @Override
  public InputStream createInputStream(List<String> stopFilters) throws IOException {
    return image.createInputStream(stopFilters);
  }

  @Override
  public InputStream createInputStream(DecodeOptions options) throws IOException {
    return image.createInputStream(options);
  }

  @Override
  public boolean isEmpty() {
    return image.isEmpty();
  }

  @Override
  public boolean isStencil() {
    return image.isStencil();
  }

  @Override
  public void setStencil(boolean isStencil) {
    image.setStencil(isStencil);
  }

  @Override
  public int getBitsPerComponent() {
    return image.getBitsPerComponent();
  }

  @Override
  public void setBitsPerComponent(int bitsPerComponent) {
    image.setBitsPerComponent(bitsPerComponent);
  }

  @Override
  public PDColorSpace getColorSpace() throws IOException {
    return image.getColorSpace();
  }

  @Override
  public void setColorSpace(PDColorSpace colorSpace) {
    image.setColorSpace(colorSpace);
  }

  @Override
  public int getHeight() {
    return image.getHeight();
  }

  @Override
  public void setHeight(int height) {
    image.setHeight(height);
  }

  @Override
  public int getWidth() {
    return image.getWidth();
  }

  @Override
  public void setWidth(int width) {
    image.setWidth(width);
  }

  @Override
  public void setDecode(COSArray decode) {
    image.setDecode(decode);
  }

  @Override
  public COSArray getDecode() {
    return image.getDecode();
  }

  @Override
  public boolean getInterpolate() {
    return image.getInterpolate();
  }

  @Override
  public void setInterpolate(boolean value) {
    image.setInterpolate(value);
  }

  @Override
  public String getSuffix() {
    return image.getSuffix();
  }

  @Override
  public COSDictionary getCOSObject() {
    return image.getCOSObject();
  }
}
