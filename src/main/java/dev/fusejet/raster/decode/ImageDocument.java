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
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A JPEG or PNG file: one page, decoded with Image I/O (the TwelveMonkeys JPEG plug-in reads CMYK,
 * YCCK and progressive JPEG and applies embedded ICC profiles). The pixels are converted to sRGB
 * (an embedded ICC profile is honoured through {@code java.awt.color}), transparency is composited
 * over white, and the EXIF orientation of a JPEG is applied.
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
        BufferedImage img = reader.read(0);
        if (truncated[0] != null) {
          throw new DocumentException(
              name(),
              "the "
                  + (mediaType.equals("image/jpeg") ? "JPEG" : "image")
                  + " ends before its last row ("
                  + truncated[0]
                  + "): truncated file");
        }
        int[] px = toSrgb(img);
        int orientation = "image/jpeg".equals(mediaType) ? Exif.orientation(file) : 1;
        return MemoryImage.of(
            px,
            img.getWidth(),
            img.getHeight(),
            false,
            dpi[0],
            dpi[1],
            Exif.quarterTurns(orientation),
            Exif.mirrored(orientation));
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
