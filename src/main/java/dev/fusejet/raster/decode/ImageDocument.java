package dev.fusejet.raster.decode;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A JPEG or PNG file: one page, decoded with Image I/O (the TwelveMonkeys JPEG plug-in reads CMYK,
 * YCCK and progressive JPEG). Pixels are sRGB, or the values of the embedded RGB or grey profile (a
 * {@link ProfiledPage}); a CMYK or YCCK JPEG is a CMYK page of its ink values with its CMYK profile
 * (the embedded one, else the default printing condition). Transparency is composited over white,
 * and the EXIF orientation of a JPEG is applied.
 *
 * <p>A file that ends early is refused, not printed with its missing part as flat grey: a JPEG
 * whose decoder reports a premature end (no EOI marker) and a PNG without its closing IEND chunk. A
 * print is paper, ink and fusing energy spent; half a photo is never what was asked for, and the
 * sender can send the file again, so this is an error (the job aborts) rather than a warning.
 */
final class ImageDocument implements Document {

  private final Path file;
  private final String mediaType;
  private final long maxPixels;
  private boolean done;

  ImageDocument(Path file, String mediaType, long maxPixels) {
    this.file = file;
    this.mediaType = mediaType;
    this.maxPixels = maxPixels;
  }

  @Override
  public String name() {
    return file.getFileName().toString();
  }

  @Override
  public String mediaType() {
    return mediaType;
  }

  @Override
  public PageImage nextPage() {
    if (done) {
      return null;
    }
    done = true;
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new DocumentException(name(), "no image decoder for " + mediaType);
      }
      ImageReader reader = readers.next();
      if ("image/png".equals(mediaType) && !endsWithIend(file)) {
        throw new DocumentException(name(), "the PNG ends before its IEND chunk (truncated file)");
      }
      String[] truncated = {null};
      reader.addIIOReadWarningListener(
          (source, warning) -> {
            if (truncated[0] == null && isTruncation(warning)) {
              truncated[0] = warning;
            }
          });
      try {
        reader.setInput(in);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0 || (long) w * h > maxPixels) {
          throw new DocumentException(
              name(),
              "image of "
                  + w
                  + " x "
                  + h
                  + " px exceeds the limit of "
                  + maxPixels
                  + " px; scale it down before printing");
        }
        double[] dpi = resolution(reader.getImageMetadata(0));
        boolean jpeg = "image/jpeg".equals(mediaType);
        java.awt.color.ICC_Profile embedded = jpeg ? jpegProfile(file) : null;
        javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
        if (embedded != null && embedded.getColorSpaceType() == ColorSpace.TYPE_RGB) {
          // the decoder offers the embedded profile's own space among its types: read the samples
          // as they are (no conversion to sRGB, which would clip what lies outside it)
          ImageTypeSpecifier own = ownType(reader, embedded);
          if (own != null) {
            param.setDestinationType(own);
          }
        }
        ImageTypeSpecifier cmykType = cmykType(reader);
        boolean taggedCmyk =
            embedded != null && embedded.getColorSpaceType() == ColorSpace.TYPE_CMYK;
        if (cmykType != null && !taggedCmyk) {
          // CMYK/YCCK without a profile: the decoder would convert it with its naive rule (asked
          // for its CMYK type it even writes those RGB values into the CMYK bands), so the samples
          // are read raw and the ink values recovered here, then read through the default
          // printing condition as a PDF's DeviceCMYK is
          java.awt.image.Raster ink = untaggedInk(reader.readRaster(0, null), adobeTransform(file));
          if (truncated[0] != null) {
            throw truncatedJpeg(truncated[0]);
          }
          return new ProfiledPage(inkPage(ink, dpi, Exif.orientation(file)), defaultCmyk());
        }
        if (cmykType != null) {
          // CMYK/YCCK: the ink values themselves (the decoder undoes Adobe's inversion), handed on
          // with their profile (the pipeline takes them to the printer's ink through the CMM)
          // rather than converted by the decoder into sRGB
          param.setDestinationType(cmykType);
        }
        BufferedImage img = reader.read(0, param);
        if (truncated[0] != null) {
          throw new DocumentException(
              name(),
              "the "
                  + (mediaType.equals("image/jpeg") ? "JPEG" : "image")
                  + " ends before its last row ("
                  + truncated[0]
                  + "): truncated file");
        }
        if (taggedCmyk
            && img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK
            && img.getRaster().getNumBands() == 4) {
          return new ProfiledPage(inkPage(img.getRaster(), dpi, Exif.orientation(file)), embedded);
        }
        java.awt.color.ICC_Profile own = ownProfile(img);
        boolean raw = own != null; // the samples are the profile's values, not converted
        if (own != null && isSrgb(own)) {
          own = null; // another file of sRGB: the samples are sRGB, printed as untagged ones
        }
        if (!raw) {
          // the samples are as the file holds them (PNG: the JDK's reader leaves an iCCP profile
          // in the metadata; grey and palette samples are not converted): a grey or RGB profile
          // from APP2 or iCCP says what they mean
          java.awt.color.ICC_Profile tag = jpeg ? embedded : pngProfile(reader.getImageMetadata(0));
          if (!jpeg && tag == null && !isGrey(img)) {
            tag = pngChunkProfile(reader.getImageMetadata(0));
          }
          own = isGrey(img) ? greyOnly(tag) : jpeg ? null : rgbOnly(tag);
        }
        int[] px = raw ? ownValues(img) : toSrgb(img);
        PageImage page =
            page(px, img.getWidth(), img.getHeight(), dpi, jpeg ? Exif.orientation(file) : 1);
        return own == null ? page : new ProfiledPage(page, own);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DocumentException d) {
        throw d;
      }
      throw new DocumentException(name(), "cannot decode " + mediaType + ": " + e.getMessage(), e);
    }
  }

  /**
   * The image's embedded RGB profile when it is not sRGB (the separation then starts from it), or
   * null: sRGB, grey, or no profile.
   */
  static java.awt.color.ICC_Profile ownProfile(BufferedImage img) {
    ColorSpace cs = img.getColorModel().getColorSpace();
    if (cs instanceof ICC_ColorSpace icc
        && !cs.isCS_sRGB()
        && icc.getProfile().getColorSpaceType() == ColorSpace.TYPE_RGB
        && icc.getProfile().getProfileClass() != java.awt.color.ICC_Profile.CLASS_ABSTRACT
        && img.getRaster().getNumBands() >= 3) {
      return icc.getProfile();
    }
    return null;
  }

  /** True for a one-channel image (grey, with or without alpha). */
  static boolean isGrey(BufferedImage img) {
    return img.getColorModel().getNumColorComponents() == 1;
  }

  /** The profile when it is a grey one, else null. */
  static java.awt.color.ICC_Profile greyOnly(java.awt.color.ICC_Profile p) {
    return p != null && p.getColorSpaceType() == ColorSpace.TYPE_GRAY ? p : null;
  }

  /** The profile when it is an RGB one other than sRGB, else null. */
  static java.awt.color.ICC_Profile rgbOnly(java.awt.color.ICC_Profile p) {
    return p != null && p.getColorSpaceType() == ColorSpace.TYPE_RGB && !isSrgb(p) ? p : null;
  }

  /**
   * True when an RGB profile is sRGB: the JDK's own, or one that takes each of 16³ colours spread
   * over the cube to within one 8-bit step of the same sRGB values through the CMM. The sRGB files
   * in circulation differ a little from each other by their quantised curves and colorants (ICC's
   * sRGB.icc: 0 against the JDK's; Ghostscript's: 0.66 of a step at most), a profile of another
   * space by tens of steps (Adobe RGB (1998): 136). Such a document prints exactly as an untagged
   * one.
   */
  static boolean isSrgb(java.awt.color.ICC_Profile p) {
    java.awt.color.ICC_Profile srgb = java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_sRGB);
    if (java.util.Arrays.equals(p.getData(), srgb.getData())) {
      return true;
    }
    if (p.getColorSpaceType() != ColorSpace.TYPE_RGB) {
      return false;
    }
    int n = 16 * 16 * 16;
    java.awt.image.WritableRaster in =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_USHORT, n, 1, 3, null);
    java.awt.image.WritableRaster out =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_USHORT, n, 1, 3, null);
    int[] px = new int[3];
    for (int i = 0; i < n; i++) {
      px[0] = (i >> 8) * 17 * 257;
      px[1] = (i >> 4 & 15) * 17 * 257;
      px[2] = (i & 15) * 17 * 257;
      in.setPixel(i, 0, px);
    }
    try {
      new ColorConvertOp(new java.awt.color.ICC_Profile[] {p, srgb}, null).filter(in, out);
    } catch (RuntimeException e) {
      return false; // the CMM cannot use it as a source: not sRGB
    }
    int[] o = new int[3];
    for (int i = 0; i < n; i++) {
      in.getPixel(i, 0, px);
      out.getPixel(i, 0, o);
      for (int c = 0; c < 3; c++) {
        if (Math.abs(px[c] - o[c]) > 257) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The CMYK profile of a CMYK JPEG that embeds none: the CGATS TR 001 (SWOP coated, the US
   * printing condition Ghostscript's default CMYK profile also characterises) profile PDFBox ships
   * and reads a PDF's DeviceCMYK through (CGATS001Compat-v2-micro.icc from Clinton Ingram's
   * Compact-ICC-Profiles, released CC0, so the shaded jar may carry it; it is inside PDFBox's jar),
   * so an untagged CMYK JPEG and a PDF's DeviceCMYK print alike. Built once.
   */
  static java.awt.color.ICC_Profile defaultCmyk() {
    return DefaultCmyk.PROFILE;
  }

  /** Holder of the default CMYK profile (read on first use). */
  private static final class DefaultCmyk {
    static final java.awt.color.ICC_Profile PROFILE = readDefaultCmyk();
  }

  private static java.awt.color.ICC_Profile readDefaultCmyk() {
    try (java.io.InputStream in =
        org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK.class.getResourceAsStream(
            DEFAULT_CMYK)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox's " + DEFAULT_CMYK + " is missing from the jar");
      }
      return java.awt.color.ICC_Profile.getInstance(in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Resource path of the default CMYK profile in PDFBox's jar. */
  static final String DEFAULT_CMYK = "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc";

  /**
   * The decoder's CMYK image type (the ink values, 255 = full ink, in the embedded profile's space
   * or the decoder's generic one), or null for an image that is not CMYK or YCCK.
   */
  static ImageTypeSpecifier cmykType(ImageReader reader) throws IOException {
    for (Iterator<ImageTypeSpecifier> it = reader.getImageTypes(0); it.hasNext(); ) {
      ImageTypeSpecifier t = it.next();
      if (t.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK
          && t.getNumBands() == 4) {
        return t;
      }
    }
    return null;
  }

  /**
   * The decoded samples as a page: {@code w} x {@code h}, {@code dpi} (x, y; 0 when the file gives
   * none) and the EXIF {@code orientation} (1 upright).
   */
  private static PageImage page(int[] px, int w, int h, double[] dpi, int orientation) {
    return MemoryImage.of(
        px,
        w,
        h,
        false,
        dpi[0],
        dpi[1],
        Exif.quarterTurns(orientation),
        Exif.mirrored(orientation));
  }

  private DocumentException truncatedJpeg(String warning) {
    return new DocumentException(
        name(), "the JPEG ends before its last row (" + warning + "): truncated file");
  }

  /**
   * Ink values (0..255, 255 = full ink) from a 4-channel JPEG's raw samples, by the rules of
   * Adobe's APP14 marker (Adobe Technical Note 5116; what libjpeg, ImageMagick and the
   * TwelveMonkeys decoder do): {@code transform} 2 is YCCK, the JFIF YCbCr transform of the
   * inverted C, M, Y and an inverted K; 0, or no marker (-1), is CMYK stored inverted, as Photoshop
   * writes it.
   */
  static java.awt.image.Raster untaggedInk(java.awt.image.Raster raw, int transform) {
    int w = raw.getWidth();
    int h = raw.getHeight();
    java.awt.image.WritableRaster ink =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
    int[] row = new int[4 * w];
    for (int y = 0; y < h; y++) {
      raw.getPixels(raw.getMinX(), raw.getMinY() + y, w, 1, row);
      for (int i = 0; i < row.length; i += 4) {
        if (transform == 2) {
          double luma = row[i];
          double cb = row[i + 1] - 128.0;
          double cr = row[i + 2] - 128.0;
          // JFIF (ITU-T T.871) YCbCr to RGB; the "RGB" of YCCK is the ink itself
          row[i] = clamp(luma + 1.402 * cr);
          row[i + 1] = clamp(luma - 0.344136 * cb - 0.714136 * cr);
          row[i + 2] = clamp(luma + 1.772 * cb);
        } else {
          for (int c = 0; c < 3; c++) {
            row[i + c] = 255 - row[i + c];
          }
        }
        row[i + 3] = 255 - row[i + 3];
      }
      ink.setPixels(0, y, w, 1, row);
    }
    return ink;
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }

  /**
   * A page of the ink values of a CMYK raster (0..255 each, 255 = full ink) as {@code 0xCCMMYYKK},
   * turned by the EXIF orientation: device values of the document's printing condition, which the
   * page's profile says.
   */
  private static PageImage inkPage(java.awt.image.Raster cmyk, double[] dpi, int orientation) {
    int w = cmyk.getWidth();
    int h = cmyk.getHeight();
    int[] px = new int[w * h];
    int[] row = new int[4 * w];
    for (int y = 0; y < h; y++) {
      cmyk.getPixels(cmyk.getMinX(), cmyk.getMinY() + y, w, 1, row);
      for (int x = 0, j = 0; x < w; x++, j += 4) {
        px[y * w + x] = row[j] << 24 | row[j + 1] << 16 | row[j + 2] << 8 | row[j + 3];
      }
    }
    return MemoryImage.of(
        px, w, h, true, dpi[0], dpi[1], Exif.quarterTurns(orientation), Exif.mirrored(orientation));
  }

  /**
   * The decoder's image type whose colour space is the embedded RGB profile (TwelveMonkeys offers
   * it beside sRGB), or null.
   */
  static ImageTypeSpecifier ownType(ImageReader reader, java.awt.color.ICC_Profile embedded)
      throws IOException {
    if (embedded.getColorSpaceType() != ColorSpace.TYPE_RGB) {
      return null;
    }
    // not compared byte for byte: the decoder repairs some profiles' headers first
    for (Iterator<ImageTypeSpecifier> it = reader.getImageTypes(0); it.hasNext(); ) {
      ImageTypeSpecifier t = it.next();
      if (t.getColorModel().getColorSpace() instanceof ICC_ColorSpace icc
          && !icc.isCS_sRGB()
          && icc.getProfile().getColorSpaceType() == ColorSpace.TYPE_RGB) {
        return t;
      }
    }
    return null;
  }

  /**
   * The colour transform of a JPEG's Adobe APP14 marker (0 none: RGB or CMYK, 1 YCbCr, 2 YCCK), or
   * -1 when it has none.
   */
  static int adobeTransform(Path file) throws IOException {
    try (java.io.InputStream in =
        new java.io.BufferedInputStream(Files.newInputStream(file), 65536)) {
      java.io.DataInputStream d = new java.io.DataInputStream(in);
      if (d.readUnsignedShort() != 0xffd8) {
        return -1;
      }
      while (true) {
        if (d.readUnsignedByte() != 0xff) {
          return -1;
        }
        int marker = d.readUnsignedByte();
        while (marker == 0xff) {
          marker = d.readUnsignedByte();
        }
        if (marker == 0xda || marker == 0xd9) {
          return -1;
        }
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
          continue;
        }
        int len = d.readUnsignedShort() - 2;
        if (len < 0) {
          return -1;
        }
        byte[] seg = new byte[len];
        d.readFully(seg);
        // "Adobe", version (2), flags0 (2), flags1 (2), transform (1)
        if (marker == 0xee
            && len >= 12
            && new String(seg, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("Adobe")) {
          return seg[11] & 0xff;
        }
      }
    } catch (java.io.EOFException e) {
      return -1;
    }
  }

  /**
   * The ICC profile embedded in a JPEG (APP2 segments "ICC_PROFILE", ICC.1:2010 annex B.4, joined
   * in their sequence numbers' order), or null when there is none or it cannot be read.
   */
  static java.awt.color.ICC_Profile jpegProfile(Path file) throws IOException {
    byte[][] chunks = null;
    try (java.io.InputStream in =
        new java.io.BufferedInputStream(Files.newInputStream(file), 65536)) {
      java.io.DataInputStream d = new java.io.DataInputStream(in);
      if (d.readUnsignedShort() != 0xffd8) {
        return null;
      }
      while (true) {
        int b = d.readUnsignedByte();
        if (b != 0xff) {
          return null; // not at a marker: stop looking
        }
        int marker = d.readUnsignedByte();
        while (marker == 0xff) {
          marker = d.readUnsignedByte();
        }
        if (marker == 0xda || marker == 0xd9) {
          break; // start of scan or end of image: the profile comes before
        }
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
          continue; // markers without a length
        }
        int len = d.readUnsignedShort() - 2;
        if (len < 0) {
          return null;
        }
        byte[] seg = new byte[len];
        d.readFully(seg);
        byte[] tag = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (marker == 0xe2
            && len > tag.length + 2
            && java.util.Arrays.equals(seg, 0, tag.length, tag, 0, tag.length)) {
          int seq = seg[tag.length] & 0xff;
          int count = seg[tag.length + 1] & 0xff;
          if (chunks == null) {
            chunks = new byte[Math.max(1, count)][];
          }
          if (seq >= 1 && seq <= chunks.length) {
            chunks[seq - 1] = java.util.Arrays.copyOfRange(seg, tag.length + 2, len);
          }
        }
      }
    } catch (java.io.EOFException e) {
      return null;
    }
    if (chunks == null) {
      return null;
    }
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] c : chunks) {
      if (c == null) {
        return null; // a chunk is missing: the profile cannot be trusted
      }
      all.write(c);
    }
    try {
      return java.awt.color.ICC_Profile.getInstance(all.toByteArray());
    } catch (IllegalArgumentException e) {
      return null; // unreadable: the decoder's own reading (sRGB) stands
    }
  }

  /**
   * The profile of a PNG's iCCP chunk (zlib-compressed in the native metadata), or null when there
   * is none, it cannot be read, or it is sRGB.
   */
  static java.awt.color.ICC_Profile pngProfile(IIOMetadata meta) {
    if (meta == null
        || !java.util.Arrays.asList(meta.getMetadataFormatNames())
            .contains("javax_imageio_png_1.0")) {
      return null;
    }
    Node root = meta.getAsTree("javax_imageio_png_1.0");
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeName().equals("iCCP")
          && n instanceof javax.imageio.metadata.IIOMetadataNode m
          && m.getUserObject() instanceof byte[] z) {
        try {
          java.util.zip.Inflater inf = new java.util.zip.Inflater();
          inf.setInput(z);
          java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
          byte[] buf = new byte[8192];
          while (!inf.finished()) {
            int k = inf.inflate(buf);
            if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
              break;
            }
            b.write(buf, 0, k);
          }
          inf.end();
          java.awt.color.ICC_Profile p = java.awt.color.ICC_Profile.getInstance(b.toByteArray());
          return isSrgb(p) ? null : p;
        } catch (java.util.zip.DataFormatException | IllegalArgumentException e) {
          return null; // an unreadable profile: the samples are taken as sRGB
        }
      }
    }
    return null;
  }

  /**
   * The profile a PNG's gAMA and cHRM chunks define when it has neither an iCCP nor an sRGB chunk
   * (PNG 3rd ed. 11.3.3: those take precedence), or null when it has neither gAMA nor cHRM (the
   * samples are then taken as sRGB). A missing cHRM means sRGB's primaries and D65 white, a missing
   * gAMA 1/2.2 (what viewers assume for an untagged image; the sRGB curve itself is not a pure
   * power). Grey images keep their reading (a grey profile from gAMA is not made).
   */
  static java.awt.color.ICC_Profile pngChunkProfile(IIOMetadata meta) {
    if (meta == null
        || !java.util.Arrays.asList(meta.getMetadataFormatNames())
            .contains("javax_imageio_png_1.0")) {
      return null;
    }
    Node root = meta.getAsTree("javax_imageio_png_1.0");
    Double gamma = null;
    double[] white = RgbProfile.d65();
    double[][] primaries = {{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}}; // sRGB (IEC 61966-2-1)
    boolean chrm = false;
    try {
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        switch (n.getNodeName()) {
          case "iCCP", "sRGB" -> {
            return null;
          }
          case "gAMA" -> gamma = 100000.0 / attribute(n, "value");
          case "cHRM" -> {
            chrm = true;
            white = new double[] {attribute(n, "whitePointX"), attribute(n, "whitePointY")};
            primaries =
                new double[][] {
                  {attribute(n, "redX"), attribute(n, "redY")},
                  {attribute(n, "greenX"), attribute(n, "greenY")},
                  {attribute(n, "blueX"), attribute(n, "blueY")}
                };
            for (int i = 0; i < 2; i++) {
              white[i] /= 100000;
              for (double[] p : primaries) {
                p[i] /= 100000;
              }
            }
          }
          default -> {}
        }
      }
      if (gamma == null && !chrm) {
        return null;
      }
      if ((gamma == null || Math.abs(1 / gamma - 0.45455) < 0.0005)
          && near(white, RgbProfile.d65())
          && near(primaries[0], new double[] {0.64, 0.33})
          && near(primaries[1], new double[] {0.30, 0.60})
          && near(primaries[2], new double[] {0.15, 0.06})) {
        // gAMA 45455 with sRGB's cHRM is how sRGB is written for decoders without the sRGB chunk
        // (PNG 11.3.3.5 recommends exactly these beside it; ImageMagick writes them alone)
        return null;
      }
      java.awt.color.ICC_Profile p =
          RgbProfile.of("PNG gAMA/cHRM", white, primaries, gamma == null ? 2.2 : gamma);
      return isSrgb(p) ? null : p;
    } catch (IllegalArgumentException e) {
      return null; // chunks that define no encoding: the samples are taken as sRGB
    }
  }

  private static boolean near(double[] a, double[] b) {
    return Math.abs(a[0] - b[0]) < 0.0006 && Math.abs(a[1] - b[1]) < 0.0006;
  }

  private static double attribute(Node n, String name) {
    Node a = n.getAttributes().getNamedItem(name);
    if (a == null) {
      throw new IllegalArgumentException(n.getNodeName() + " without " + name);
    }
    return Double.parseDouble(a.getNodeValue());
  }

  /**
   * Pixels of an image in its own RGB or grey profile, as that profile's 8-bit values 0xRRGGBB
   * (grey as three equal components; no colour conversion), transparency composited over the
   * profile's white (255, 255, 255).
   */
  static int[] ownValues(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    java.awt.image.Raster r = img.getRaster();
    int bands = r.getNumBands();
    int colours = img.getColorModel().getNumColorComponents();
    boolean alpha = img.getColorModel().hasAlpha() && bands > colours;
    int[] max = new int[bands];
    for (int c = 0; c < bands; c++) {
      max[c] = (1 << img.getColorModel().getComponentSize(c)) - 1;
    }
    int[] s = new int[w * bands];
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      r.getPixels(0, y, w, 1, s);
      for (int x = 0; x < w; x++) {
        int o = x * bands;
        int a = alpha ? (int) Math.round(s[o + colours] * 255.0 / max[colours]) : 255;
        int v = 0;
        for (int c = 0; c < 3; c++) {
          int k = Math.min(c, colours - 1);
          int ch = (int) Math.round(s[o + k] * 255.0 / max[k]);
          ch = (ch * a + 255 * (255 - a) + 127) / 255;
          v = v << 8 | ch;
        }
        out[y * w + x] = v;
      }
    }
    return out;
  }

  /** True for a decoder warning that says the data ended early (libjpeg's and TwelveMonkeys'). */
  static boolean isTruncation(String warning) {
    String w = warning.toLowerCase(java.util.Locale.ROOT);
    return w.contains("truncated") || w.contains("premature end") || w.contains("missing eoi");
  }

  /**
   * True when a PNG's IEND chunk (length 0, type IEND, CRC AE 42 60 82) is in its last 4 KiB
   * (writers may append a few bytes after it).
   */
  static boolean endsWithIend(Path file) throws IOException {
    byte[] iend = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
      long size = ch.size();
      int n = (int) Math.min(size, 4096);
      java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(n);
      ch.position(size - n);
      while (tail.hasRemaining() && ch.read(tail) >= 0) {
        // read the tail fully
      }
      byte[] b = tail.array();
      for (int i = n - iend.length; i >= 0; i--) {
        if (java.util.Arrays.equals(b, i, i + iend.length, iend, 0, iend.length)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Pixels of any image as sRGB 0xRRGGBB, composited over white. */
  static int[] toSrgb(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    ColorSpace cs = img.getColorModel().getColorSpace();
    boolean srgbOrGrey =
        cs.isCS_sRGB()
            || cs.getType() == ColorSpace.TYPE_GRAY
            || (cs instanceof ICC_ColorSpace icc
                && icc.getProfile().getColorSpaceType() == ColorSpace.TYPE_GRAY);
    if (!srgbOrGrey) {
      BufferedImage conv =
          new BufferedImage(
              w,
              h,
              img.getColorModel().hasAlpha()
                  ? BufferedImage.TYPE_INT_ARGB
                  : BufferedImage.TYPE_INT_RGB);
      new ColorConvertOp(null).filter(img, conv);
      img = conv;
    }
    int[] out = new int[w * h];
    switch (img.getType()) {
      case BufferedImage.TYPE_3BYTE_BGR -> {
        byte[] d = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0, j = 0; i < out.length; i++, j += 3) {
          out[i] = (d[j + 2] & 0xff) << 16 | (d[j + 1] & 0xff) << 8 | (d[j] & 0xff);
        }
        return out;
      }
      case BufferedImage.TYPE_INT_RGB -> {
        int[] d = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < out.length; i++) {
          out[i] = d[i] & 0xffffff;
        }
        return out;
      }
      case BufferedImage.TYPE_BYTE_GRAY -> {
        if (img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
          byte[] d = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
          for (int i = 0; i < out.length; i++) {
            int g = d[i] & 0xff;
            out[i] = g << 16 | g << 8 | g;
          }
          return out;
        }
      }
      case BufferedImage.TYPE_USHORT_GRAY -> {
        // the JDK tags grey images with its linear CS_GRAY; PNG grey samples are display values
        short[] d = ((java.awt.image.DataBufferUShort) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < out.length; i++) {
          int g = ((d[i] & 0xffff) + 128) / 257;
          out[i] = g << 16 | g << 8 | g;
        }
        return out;
      }
      default -> {}
    }
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        out[y * w + x] = overWhite(row[x]);
      }
    }
    return out;
  }

  /** Composites a non-premultiplied ARGB pixel over white. */
  static int overWhite(int argb) {
    int a = argb >>> 24;
    if (a == 255) {
      return argb & 0xffffff;
    }
    int r = ((argb >> 16) & 0xff) * a + 255 * (255 - a);
    int g = ((argb >> 8) & 0xff) * a + 255 * (255 - a);
    int b = (argb & 0xff) * a + 255 * (255 - a);
    return ((r + 127) / 255) << 16 | ((g + 127) / 255) << 8 | ((b + 127) / 255);
  }

  /** Resolution from the standard Image I/O metadata (pixel size in mm), or 0 when absent. */
  static double[] resolution(IIOMetadata meta) {
    double[] dpi = {0, 0};
    if (meta == null || !meta.isStandardMetadataFormatSupported()) {
      return dpi;
    }
    Node root = meta.getAsTree("javax_imageio_1.0");
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!n.getNodeName().equals("Dimension")) {
        continue;
      }
      for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
        String what = d.getNodeName();
        NamedNodeMap attrs = d.getAttributes();
        Node v = attrs == null ? null : attrs.getNamedItem("value");
        if (v == null
            || !(what.equals("HorizontalPixelSize") || what.equals("VerticalPixelSize"))) {
          continue;
        }
        double mm;
        try {
          mm = Double.parseDouble(v.getNodeValue());
        } catch (NumberFormatException e) {
          continue; // a writer's odd value: treat as undeclared
        }
        if (!(mm > 0)) {
          continue;
        }
        if (what.equals("HorizontalPixelSize")) {
          dpi[0] = 25.4 / mm;
        } else if (d.getNodeName().equals("VerticalPixelSize")) {
          dpi[1] = 25.4 / mm;
        }
      }
    }
    return dpi;
  }

  @Override
  public void close() {}

  /** True when the file starts like a PNG. */
  static boolean isPng(byte[] head) {
    return head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N';
  }

  /** True when the file starts like a JPEG. */
  static boolean isJpeg(byte[] head) {
    return head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8;
  }

  static long size(Path p) throws IOException {
    return Files.size(p);
  }
}
