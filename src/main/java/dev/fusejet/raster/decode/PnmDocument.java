package dev.fusejet.raster.decode;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Netpbm binary grey (P5) and colour (P6) maps, 8 or 16 bits, streamed line by line; several images
 * in one file are several pages. The benchmark images of the peer tools are PPM.
 */
final class PnmDocument implements Document {
  private final DataInputStream in;
  private final String name;
  private final long maxPixels;
  private int pageNumber;
  private Page current;

  PnmDocument(InputStream in, String name, long maxPixels) {
    this.in = new DataInputStream(in);
    this.name = name;
    this.maxPixels = maxPixels;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String mediaType() {
    return "image/x-portable-anymap";
  }

  @Override
  public PageImage nextPage() {
    try {
      if (current != null) {
        current.skipRest();
      }
      int c = in.read();
      while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        c = in.read();
      }
      if (c < 0) {
        return null;
      }
      int kind = in.read();
      if (c != 'P' || (kind != '5' && kind != '6')) {
        throw new DocumentException(name, "not a binary PGM/PPM (P5/P6) image");
      }
      pageNumber++;
      int w = number();
      int h = number();
      int max = number();
      if (w <= 0 || h <= 0 || (long) w * h > maxPixels) {
        throw new DocumentException(
            name, w + " x " + h + " px is empty or exceeds the limit of " + maxPixels);
      }
      if (max <= 0 || max > 65535) {
        throw new DocumentException(name, "maximum value " + max + " is outside 1..65535");
      }
      current = new Page(w, h, kind == '6' ? 3 : 1, max);
      return current;
    } catch (EOFException e) {
      throw new DocumentException(name, "image " + (pageNumber + 1) + " is truncated");
    } catch (IOException e) {
      throw new DocumentException(name, "cannot read: " + e, e);
    }
  }

  private int number() throws IOException {
    int c = in.read();
    while (c == '#' || Character.isWhitespace(c)) {
      if (c == '#') {
        while (c != '\n' && c >= 0) {
          c = in.read();
        }
      }
      c = in.read();
    }
    int v = 0;
    int digits = 0;
    while (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      digits++;
      if (digits > 9) {
        throw new DocumentException(name, "header number too long");
      }
      c = in.read();
    }
    if (digits == 0) {
      throw new DocumentException(name, "malformed header");
    }
    return v; // c, the single whitespace after the number, is consumed
  }

  private final class Page implements PageImage {
    private final int width;
    private final int height;
    private final int channels;
    private final int max;
    private final byte[] line;
    private final int bytes;
    private int read; // lines read

    Page(int width, int height, int channels, int max) {
      this.width = width;
      this.height = height;
      this.channels = channels;
      this.max = max;
      this.bytes = max > 255 ? 2 : 1;
      this.line = new byte[width * channels * bytes];
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
      return 0;
    }

    @Override
    public double yDpi() {
      return 0;
    }

    @Override
    public boolean cmyk() {
      return false;
    }

    @Override
    public void row(int y, int[] dst) {
      row(y, dst, 0);
    }

    @Override
    public boolean rowsInPlace() {
      return true;
    }

    @Override
    public void row(int y, int[] dst, int offset) {
      if (y < read - 1) {
        throw new IllegalStateException("rows must be read top down");
      }
      try {
        while (read <= y) {
          in.readFully(line);
          read++;
        }
      } catch (EOFException e) {
        throw new DocumentException(name, "pixel data ends at line " + read + " of " + height);
      } catch (IOException e) {
        throw new DocumentException(name, "cannot read: " + e, e);
      }
      byte[] l = line;
      if (channels == 3 && bytes == 1 && max == 255) {
        // the common case, 8-bit RGB, in a loop of its own
        for (int x = 0, i = 0; x < width; x++, i += 3) {
          dst[offset + x] = (l[i] & 0xff) << 16 | (l[i + 1] & 0xff) << 8 | (l[i + 2] & 0xff);
        }
        return;
      }
      int step = channels * bytes;
      for (int x = 0, i = 0; x < width; x++, i += step) {
        int r = sample(i);
        int g = channels == 3 ? sample(i + bytes) : r;
        int b = channels == 3 ? sample(i + 2 * bytes) : r;
        dst[offset + x] = r << 16 | g << 8 | b;
      }
    }

    private int sample(int i) {
      int v = bytes == 2 ? (line[i] & 0xff) << 8 | (line[i + 1] & 0xff) : line[i] & 0xff;
      return max == 255 ? v : (int) ((v * 255L + max / 2) / max);
    }

    void skipRest() throws IOException {
      while (read < height) {
        in.readFully(line);
        read++;
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
