package dev.fusejet.raster.decode;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Apple raster (URF): {@code UNIRAST\0}, a 32-bit page count, then per page a 32-byte header (bits
 * per pixel, colour space, duplex, quality, 8 reserved bytes, width, height, resolution in dpi, 8
 * reserved bytes; integers big-endian) and lines compressed as in PWG raster (a run counts whole
 * pixels). Colour spaces: 0 sGray, 1 sRGB, 3 AdobeRGB, 4 DeviceGray, 5 DeviceRGB, 6 DeviceCMYK, at
 * 8 or 16 bits per colour (grey 8/16, RGB 24/48, CMYK 32/64 bits per pixel, the depths of the
 * AirPrint {@code urf-supported} keywords W8-16, SRGB24, ADOBERGB24-48, DEVW8-16, DEVRGB24-48,
 * DEVCMYK32-64); 16-bit samples are rounded to 8 bits. CIELab (2) is refused. Grey at 1 bit per
 * pixel, which AirPrint does not define but Ghostscript's {@code urf} device writes by default
 * (without {@code -dcupsColorSpace}/{@code -dcupsBitsPerColor}), is read with a set bit as black,
 * as that device writes it (its output matches Ghostscript's own PBM, where 1 is black).
 */
final class UrfDocument implements Document {
  private final DataInputStream in;
  private final String name;
  private final long maxPixels;
  private final long pages;
  private int pageNumber;
  private RasterStream current;

  UrfDocument(InputStream in, String name, long maxPixels) throws IOException {
    this.in = new DataInputStream(in);
    this.name = name;
    this.maxPixels = maxPixels;
    byte[] magic = new byte[8];
    this.in.readFully(magic);
    if (!new String(magic, 0, 7, java.nio.charset.StandardCharsets.US_ASCII).equals("UNIRAST")) {
      throw new DocumentException(name, "not Apple raster: no UNIRAST signature");
    }
    pages = this.in.readInt() & 0xffffffffL;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String mediaType() {
    return "image/urf";
  }

  @Override
  public PageImage nextPage() {
    if (current != null) {
      current.finish();
    }
    if (pages > 0 && pageNumber >= pages) {
      return null;
    }
    byte[] h = new byte[32];
    try {
      int first = in.read();
      if (first < 0) {
        if (pages > 0) {
          throw new DocumentException(
              name, "ends after page " + pageNumber + " of " + pages + " announced");
        }
        return null;
      }
      h[0] = (byte) first;
      in.readFully(h, 1, 31);
    } catch (EOFException e) {
      throw new DocumentException(name, "page " + (pageNumber + 1) + " header is truncated");
    } catch (IOException e) {
      throw new DocumentException(name, "cannot read page header: " + e, e);
    }
    pageNumber++;
    int bpp = h[0] & 0xff;
    int cs = h[1] & 0xff;
    int width = PwgDocument.u32(h, 12);
    int height = PwgDocument.u32(h, 16);
    int dpi = PwgDocument.u32(h, 20);
    String where = "page " + pageNumber + ": ";
    if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
      throw new DocumentException(
          name,
          where + width + " x " + height + " px is empty or exceeds the limit of " + maxPixels);
    }
    int pwgCs =
        switch (cs) {
          case 0 -> PwgDocument.CS_SW;
          case 1 -> PwgDocument.CS_SRGB;
          case 3 -> PwgDocument.CS_ADOBERGB;
          case 4 -> PwgDocument.CS_W;
          case 5 -> PwgDocument.CS_RGB;
          case 6 -> PwgDocument.CS_CMYK;
          default -> -1;
        };
    boolean grey = cs == 0 || cs == 4;
    int bpc = cs == 6 ? bpp / 4 : grey ? bpp : bpp / 3;
    PwgDocument.Kind kind =
        grey && bpp == 1 ? PwgDocument.Kind.BLACK1 : PwgDocument.kind(pwgCs, bpc, bpp);
    if (kind == null) {
      throw new DocumentException(
          name,
          where
              + "colour space "
              + cs
              + " at "
              + bpp
              + " bits per pixel is not supported (grey 1/8/16, RGB 24/48, CMYK 32/64; from"
              + " Ghostscript, ask for one with -dcupsColorSpace=19 -dcupsBitsPerColor=8 for"
              + " sRGB)");
    }
    byte white = cs == 6 || kind == PwgDocument.Kind.BLACK1 ? 0 : (byte) 0xff;
    int bpl = RasterStream.lineBytes(name, where, width, bpp);
    current = new RasterStream(in, name, bpl, bpp / 8, height, white);
    return new PwgDocument.StreamPage(current, kind, width, height, dpi, dpi);
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
