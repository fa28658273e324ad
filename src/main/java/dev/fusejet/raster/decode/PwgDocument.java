package dev.fusejet.raster.decode;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * PWG raster (PWG 5102.4): the sync word {@code RaS2}, then per page a 1796-byte big-endian header
 * and the compressed lines ({@link RasterStream}). Read: sgray 8/16 bit, black 1/8/16 bit, srgb /
 * AdobeRGB / RGB 8 and 16 bit, cmyk 8 and 16 bit; any number of pages. 16-bit samples (big-endian)
 * are rounded to the nearest 8-bit level. Streamed: one line in memory.
 */
final class PwgDocument implements Document {

  static final int HEADER = 1796;

  /** cupsColorSpace values (CUPS raster / PWG 5102.4). */
  static final int CS_W = 0;

  static final int CS_RGB = 1;
  static final int CS_K = 3;
  static final int CS_CMYK = 6;
  static final int CS_SW = 18;
  static final int CS_SRGB = 19;
  static final int CS_ADOBERGB = 20;

  private final DataInputStream in;
  private final String name;
  private final long maxPixels;
  private RasterStream current;
  private int pageNumber;

  PwgDocument(InputStream in, String name, long maxPixels) throws IOException {
    this.in = new DataInputStream(in);
    this.name = name;
    this.maxPixels = maxPixels;
    byte[] sync = new byte[4];
    this.in.readFully(sync);
    if (sync[0] != 'R' || sync[1] != 'a' || sync[2] != 'S' || sync[3] != '2') {
      throw new DocumentException(name, "not PWG raster: sync word is not RaS2");
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String mediaType() {
    return "image/pwg-raster";
  }

  @Override
  public PageImage nextPage() {
    if (current != null) {
      current.finish();
    }
    byte[] h = new byte[HEADER];
    try {
      int first = in.read();
      if (first < 0) {
        return null;
      }
      h[0] = (byte) first;
      in.readFully(h, 1, HEADER - 1);
    } catch (EOFException e) {
      throw new DocumentException(name, "page " + (pageNumber + 1) + " header is truncated");
    } catch (IOException e) {
      throw new DocumentException(name, "cannot read page header: " + e, e);
    }
    pageNumber++;
    int xdpi = u32(h, 276);
    int ydpi = u32(h, 280);
    int width = u32(h, 372);
    int height = u32(h, 376);
    int bpc = u32(h, 384);
    int bpp = u32(h, 388);
    int bpl = u32(h, 392);
    int order = u32(h, 396);
    int cs = u32(h, 400);
    String where = "page " + pageNumber + ": ";
    if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
      throw new DocumentException(
          name,
          where + width + " x " + height + " px is empty or exceeds the limit of " + maxPixels);
    }
    if (order != 0) {
      throw new DocumentException(name, where + "only chunky colour order is supported");
    }
    Kind kind = kind(cs, bpc, bpp);
    if (kind == null) {
      throw new DocumentException(
          name,
          where
              + "colour space "
              + cs
              + " with "
              + bpc
              + " bits per colour is not supported (sgray_8/16, black_1/8/16, srgb_8/16,"
              + " adobe-rgb_8/16, cmyk_8/16)");
    }
    int lineBytes = RasterStream.lineBytes(name, where, width, bpp);
    if (bpl != lineBytes) {
      // libcups refuses such a header too: the line length follows from width and depth
      throw new DocumentException(
          name,
          where
              + "bytes per line "
              + bpl
              + " is not "
              + lineBytes
              + " for "
              + width
              + " px of "
              + bpp
              + " bits");
    }
    byte white = (cs == CS_K || cs == CS_CMYK) ? 0 : (byte) 0xff;
    current = new RasterStream(in, name, bpl, Math.max(1, bpp / 8), height, white);
    return new StreamPage(current, kind, width, height, xdpi, ydpi);
  }

  /**
   * The big-endian 16-bit sample at {@code b[i]} rounded to the nearest of 256 levels, {@code
   * round(v / 257)}: {@code (v * 255 + 32895) >> 16} equals it for every v (checked exhaustively by
   * the tests). Taking the high byte instead would be one level dark for about 1 sample in 2.
   */
  static int to8(byte[] b, int i) {
    int v = (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    return (v * 255 + 32895) >> 16;
  }

  static int u32(byte[] b, int i) {
    return (b[i] & 0xff) << 24
        | (b[i + 1] & 0xff) << 16
        | (b[i + 2] & 0xff) << 8
        | (b[i + 3] & 0xff);
  }

  /** Pixel layouts understood. */
  enum Kind {
    GREY8,
    GREY16,
    BLACK1,
    BLACK8,
    BLACK16,
    RGB8,
    RGB16,
    CMYK8,
    CMYK16
  }

  static Kind kind(int cs, int bpc, int bpp) {
    return switch (cs) {
      case CS_W, CS_SW ->
          bpc == 8 && bpp == 8 ? Kind.GREY8 : bpc == 16 && bpp == 16 ? Kind.GREY16 : null;
      case CS_K ->
          bpc == 1 && bpp == 1
              ? Kind.BLACK1
              : bpc == 8 && bpp == 8 ? Kind.BLACK8 : bpc == 16 && bpp == 16 ? Kind.BLACK16 : null;
      case CS_RGB, CS_SRGB, CS_ADOBERGB ->
          bpc == 8 && bpp == 24 ? Kind.RGB8 : bpc == 16 && bpp == 48 ? Kind.RGB16 : null;
      case CS_CMYK ->
          bpc == 8 && bpp == 32 ? Kind.CMYK8 : bpc == 16 && bpp == 64 ? Kind.CMYK16 : null;
      default -> null;
    };
  }

  /** A page of a raster stream, converted line by line. */
  static final class StreamPage implements PageImage {
    private final RasterStream stream;
    private final Kind kind;
    private final int width;
    private final int height;
    private final double xdpi;
    private final double ydpi;

    StreamPage(RasterStream stream, Kind kind, int width, int height, double xdpi, double ydpi) {
      this.stream = stream;
      this.kind = kind;
      this.width = width;
      this.height = height;
      this.xdpi = xdpi;
      this.ydpi = ydpi;
    }

    @Override
    public int width() {
      return width;
    }

    @Override
    public int height() {
      return height;
    }

    @Override
    public double xDpi() {
      return xdpi;
    }

    @Override
    public double yDpi() {
      return ydpi;
    }

    @Override
    public boolean cmyk() {
      return kind == Kind.CMYK8 || kind == Kind.CMYK16;
    }

    @Override
    public void row(int y, int[] dst) {
      byte[] b = stream.line(y);
      int w = width;
      switch (kind) {
        case GREY8 -> {
          for (int x = 0; x < w; x++) {
            int g = b[x] & 0xff;
            dst[x] = g << 16 | g << 8 | g;
          }
        }
        case GREY16 -> {
          for (int x = 0; x < w; x++) {
            int g = to8(b, 2 * x);
            dst[x] = g << 16 | g << 8 | g;
          }
        }
        case BLACK16 -> {
          for (int x = 0; x < w; x++) {
            int g = 255 - to8(b, 2 * x);
            dst[x] = g << 16 | g << 8 | g;
          }
        }
        case BLACK8 -> {
          for (int x = 0; x < w; x++) {
            int g = 255 - (b[x] & 0xff);
            dst[x] = g << 16 | g << 8 | g;
          }
        }
        case BLACK1 -> {
          for (int x = 0; x < w; x++) {
            dst[x] = ((b[x >> 3] >> (7 - (x & 7))) & 1) != 0 ? 0 : 0xffffff;
          }
        }
        case RGB8 -> {
          for (int x = 0, i = 0; x < w; x++, i += 3) {
            dst[x] = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
          }
        }
        case RGB16 -> {
          for (int x = 0, i = 0; x < w; x++, i += 6) {
            dst[x] = to8(b, i) << 16 | to8(b, i + 2) << 8 | to8(b, i + 4);
          }
        }
        case CMYK8 -> {
          for (int x = 0, i = 0; x < w; x++, i += 4) {
            dst[x] =
                (b[i] & 0xff) << 24
                    | (b[i + 1] & 0xff) << 16
                    | (b[i + 2] & 0xff) << 8
                    | (b[i + 3] & 0xff);
          }
        }
        case CMYK16 -> {
          for (int x = 0, i = 0; x < w; x++, i += 8) {
            dst[x] = to8(b, i) << 24 | to8(b, i + 2) << 16 | to8(b, i + 4) << 8 | to8(b, i + 6);
          }
        }
      }
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // closing a file we only read: nothing is lost
    }
  }
}
