package dev.fusejet.raster.decode;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;

/**
 * The RGB encoding a PDF page is drawn in when it holds colour in an ICC-based RGB space wider than
 * sRGB: that space itself (the first such profile the page reaches), so its colours reach the
 * raster unconverted, and the page's source profile is that profile, from which the printer
 * profile's gamut mapping decides. Everything else on such a page (DeviceRGB, sRGB, grey, CMYK, as
 * PDFBox converts them to sRGB) is converted from sRGB into it through the JDK's CMM (exact within
 * 8-bit rounding: it contains sRGB), another wide ICC RGB space through its own profile (clipped to
 * the page's where they differ). Pages with only sRGB content are drawn in sRGB as before.
 */
final class WideRgb {

  private final ICC_Profile profile;
  private final COSBase stream;
  private final ColorConvertOp fromSrgb;
  private final IdentityHashMap<COSBase, ColorConvertOp> fromOther = new IdentityHashMap<>();

  private WideRgb(ICC_Profile profile, COSBase stream) {
    this.profile = profile;
    this.stream = stream;
    this.fromSrgb =
        new ColorConvertOp(
            new ICC_Profile[] {ICC_Profile.getInstance(ColorSpace.CS_sRGB), profile}, null);
  }

  /** The page's encoding and source profile. */
  ICC_Profile profile() {
    return profile;
  }

  /**
   * The wide encoding of a page, or null when it reaches no ICC-based RGB space other than sRGB or
   * when it uses a shading (shadings are drawn by PDFBox's own paints, in sRGB, so such a page
   * stays sRGB-rendered). The page's resources and every resource dictionary they reach (form
   * XObjects, tiling patterns, images) are searched, as the output intent is applied.
   */
  static WideRgb of(PDPage page) {
    PDResources res = page.getResources();
    if (res == null) {
      return null;
    }
    Found f = new Found();
    search(res, f, Collections.newSetFromMap(new IdentityHashMap<>()));
    return f.shading || f.profile == null ? null : new WideRgb(f.profile, f.stream);
  }

  /** What the search found: the first wide profile, and whether there is a shading. */
  private static final class Found {
    ICC_Profile profile;
    COSBase stream;
    boolean shading;
  }

  private static void search(PDResources res, Found f, Set<COSBase> seen) {
    if (!seen.add(res.getCOSObject())) {
      return;
    }
    if (res.getShadingNames().iterator().hasNext()) {
      f.shading = true;
    }
    for (COSName n : res.getColorSpaceNames()) {
      try {
        consider(res.getColorSpace(n), f);
      } catch (IOException | RuntimeException e) {
        // a broken colour space: PDFBox draws it (or not) as before
      }
    }
    for (COSName n : res.getXObjectNames()) {
      try {
        if (res.getXObject(n) instanceof PDImageXObject img) {
          consider(img.getColorSpace(), f);
        } else if (res.getXObject(n) instanceof PDFormXObject form && form.getResources() != null) {
          search(form.getResources(), f, seen);
        }
      } catch (IOException | RuntimeException e) {
        // a missing XObject: the strict renderer refuses the page when it draws it
      }
    }
    for (COSName n : res.getPatternNames()) {
      try {
        if (res.getPattern(n) instanceof PDTilingPattern t) {
          if (t.getResources() != null) {
            search(t.getResources(), f, seen);
          }
        } else {
          f.shading = true;
        }
      } catch (IOException | RuntimeException e) {
        // a broken pattern: PDFBox leaves it out as before
      }
    }
  }

  private static void consider(PDColorSpace cs, Found f) throws IOException {
    if (f.profile != null || !(cs instanceof PDICCBased icc) || icc.getNumberOfComponents() != 3) {
      return;
    }
    ICC_Profile p = profile(icc);
    if (p != null && p.getColorSpaceType() == ColorSpace.TYPE_RGB && !ImageDocument.isSrgb(p)) {
      f.profile = p;
      f.stream = icc.getPDStream().getCOSObject();
    }
  }

  /** The ICC profile of an ICCBased space, or null when the CMM cannot read it. */
  private static ICC_Profile profile(PDICCBased icc) {
    try (InputStream in = icc.getPDStream().createInputStream()) {
      return ICC_Profile.getInstance(in);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * True when values of {@code cs} are this encoding's own (the page's profile's ICCBased space),
   * to be drawn as they are.
   */
  boolean isOwn(PDColorSpace cs) {
    return cs instanceof PDICCBased icc && icc.getPDStream().getCOSObject() == stream;
  }

  /**
   * The conversion from a wide ICC RGB space other than this encoding into it, or null when {@code
   * cs} is not one (its colours then come as PDFBox's sRGB).
   */
  ColorConvertOp fromOther(PDColorSpace cs) {
    if (!(cs instanceof PDICCBased icc) || icc.getNumberOfComponents() != 3 || isOwn(cs)) {
      return null;
    }
    COSBase key = icc.getPDStream().getCOSObject();
    if (!fromOther.containsKey(key)) {
      ICC_Profile p = profile(icc);
      fromOther.put(
          key,
          p == null || p.getColorSpaceType() != ColorSpace.TYPE_RGB || ImageDocument.isSrgb(p)
              ? null
              : new ColorConvertOp(new ICC_Profile[] {p, profile}, null));
    }
    return fromOther.get(key);
  }

  /** sRGB components (0..1) to this encoding's (0..1), through the CMM in 16 bits. */
  float[] fromSrgb(float[] rgb) {
    return convert(fromSrgb, rgb);
  }

  /** Components (0..1) through {@code op} in 16 bits. */
  static float[] convert(ColorConvertOp op, float[] v) {
    WritableRaster in = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, 1, 1, 3, null);
    WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, 1, 1, 3, null);
    for (int c = 0; c < 3; c++) {
      in.setSample(0, 0, c, Math.round(Math.max(0, Math.min(1, v[c])) * 65535));
    }
    op.filter(in, out);
    float[] r = new float[3];
    for (int c = 0; c < 3; c++) {
      r[c] = out.getSample(0, 0, c) / 65535f;
    }
    return r;
  }

  /**
   * An image PDFBox made in sRGB (its alpha kept) with its colour in this encoding, or, {@code raw}
   * given, with the colour of {@code raw}: the image's samples in {@code op}'s source space (8
   * bits, three bands, the image's size), through {@code op}, or as they are when {@code op} is
   * null.
   */
  BufferedImage toWide(BufferedImage srgb, Raster raw, ColorConvertOp op) {
    int w = srgb.getWidth();
    int h = srgb.getHeight();
    WritableRaster in = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 3, null);
    int[] argb = srgb.getRGB(0, 0, w, h, null, 0, w);
    if (raw == null) {
      int[] samples = new int[argb.length * 3];
      for (int i = 0, j = 0; i < argb.length; i++, j += 3) {
        samples[j] = argb[i] >> 16 & 0xff;
        samples[j + 1] = argb[i] >> 8 & 0xff;
        samples[j + 2] = argb[i] & 0xff;
      }
      in.setPixels(0, 0, w, h, samples);
      op = fromSrgb;
    } else {
      in.setRect(raw);
    }
    WritableRaster out = in;
    if (op != null) {
      out = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 3, null);
      op.filter(in, out);
    }
    boolean alpha = srgb.getColorModel().hasAlpha();
    BufferedImage img =
        new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    int[] px = out.getPixels(0, 0, w, h, (int[]) null);
    for (int i = 0, j = 0; i < argb.length; i++, j += 3) {
      argb[i] = (alpha ? argb[i] & 0xff000000 : 0) | px[j] << 16 | px[j + 1] << 8 | px[j + 2];
    }
    img.setRGB(0, 0, w, h, argb, 0, w);
    return img;
  }
}
