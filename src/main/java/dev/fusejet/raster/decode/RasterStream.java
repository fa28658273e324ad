package dev.fusejet.raster.decode;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Rows of a run-length compressed raster page as PWG raster (PWG 5102.4) and Apple raster (URF)
 * store them: each line starts with a repeat byte (the line is used 1 + n times), then runs: a byte
 * n of 0..127 repeats the next pixel n + 1 times, 129..255 is followed by 257 - n literal pixels,
 * and 128 fills the rest of the line with white. Lines are decoded on demand, top down.
 */
final class RasterStream {
  private final DataInputStream in;
  private final String document;
  private final int bytesPerLine;
  private final int unit;
  private final int height;
  private final byte white;
  private final byte[] line;
  private int decoded = -1; // last line decoded
  private int repeats; // further uses of the current line

  RasterStream(
      DataInputStream in,
      String document,
      int bytesPerLine,
      int bytesPerPixel,
      int height,
      byte white) {
    this.in = in;
    this.document = document;
    this.bytesPerLine = bytesPerLine;
    this.unit = Math.max(1, bytesPerPixel);
    this.height = height;
    this.white = white;
    this.line = new byte[bytesPerLine];
  }

  /**
   * Bytes in a line of {@code width} pixels of {@code bitsPerPixel} bits, computed without int
   * overflow; a line that would not fit a Java array is refused ({@code where} starts the message).
   */
  static int lineBytes(String document, String where, int width, int bitsPerPixel) {
    long bytes = ((long) width * bitsPerPixel + 7) / 8;
    if (bytes > Integer.MAX_VALUE - 8) {
      throw new DocumentException(
          document, where + "a line of " + width + " px of " + bitsPerPixel + " bits is too long");
    }
    return (int) bytes;
  }

  /** The bytes of line y (y must not go back). */
  byte[] line(int y) {
    if (y < decoded) {
      throw new IllegalStateException("raster lines must be read top down: " + y + " < " + decoded);
    }
    try {
      while (decoded < y) {
        if (repeats > 0) {
          repeats--;
        } else {
          readLine();
        }
        decoded++;
      }
    } catch (EOFException e) {
      throw new DocumentException(
          document, "raster data ends at line " + decoded + " of " + height + " (truncated file)");
    } catch (IOException e) {
      throw new DocumentException(document, "cannot read raster line " + y + ": " + e, e);
    }
    return line;
  }

  /** Skips to the end of the page (so that the next page header can be read). */
  void finish() {
    if (height > 0) {
      line(height - 1);
    }
  }

  private void readLine() throws IOException {
    repeats = in.readUnsignedByte();
    int pos = 0;
    while (pos < bytesPerLine) {
      int n = in.readUnsignedByte();
      if (n == 128) {
        java.util.Arrays.fill(line, pos, bytesPerLine, white);
        pos = bytesPerLine;
      } else if (n < 128) {
        int count = (n + 1) * unit;
        check(pos, count);
        in.readFully(line, pos, unit);
        for (int k = unit; k < count; k++) {
          line[pos + k] = line[pos + k - unit];
        }
        pos += count;
      } else {
        int count = (257 - n) * unit;
        check(pos, count);
        in.readFully(line, pos, count);
        pos += count;
      }
    }
  }

  private void check(int pos, int count) {
    if (pos + count > bytesPerLine) {
      throw new DocumentException(
          document,
          "run of "
              + count
              + " bytes at byte "
              + pos
              + " overflows the line of "
              + bytesPerLine
              + " bytes (line "
              + (decoded + 1)
              + ")");
    }
  }
}
