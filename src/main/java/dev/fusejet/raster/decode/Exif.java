package dev.fusejet.raster.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The EXIF orientation tag (0x0112) of a JPEG, read from its APP1 segment. */
final class Exif {
  private Exif() {}

  /** Orientation 1..8 (1 = as stored), 1 when the file has none or it cannot be read. */
  static int orientation(Path jpeg) {
    byte[] b;
    try (InputStream in = Files.newInputStream(jpeg)) {
      b = in.readNBytes(1 << 17);
    } catch (IOException e) {
      return 1;
    }
    int p = 2;
    while (p + 4 <= b.length && (b[p] & 0xff) == 0xff) {
      int marker = b[p + 1] & 0xff;
      int len = (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
      if (marker == 0xda || len < 2) {
        return 1;
      }
      if (marker == 0xe1
          && p + 10 < b.length
          && b[p + 4] == 'E'
          && b[p + 5] == 'x'
          && b[p + 6] == 'i'
          && b[p + 7] == 'f') {
        return fromTiff(b, p + 10, Math.min(b.length, p + 2 + len));
      }
      p += 2 + len;
    }
    return 1;
  }

  private static int fromTiff(byte[] b, int t, int end) {
    if (t + 8 > end) {
      return 1;
    }
    boolean le = b[t] == 'I';
    int ifd = u32(b, t + 4, le);
    int q = t + ifd;
    if (ifd < 8 || q + 2 > end) {
      return 1;
    }
    int n = u16(b, q, le);
    for (int i = 0; i < n; i++) {
      int e = q + 2 + 12 * i;
      if (e + 12 > end) {
        return 1;
      }
      if (u16(b, e, le) == 0x0112) {
        int v = u16(b, e + 8, le);
        return v >= 1 && v <= 8 ? v : 1;
      }
    }
    return 1;
  }

  private static int u16(byte[] b, int i, boolean le) {
    return le ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
  }

  private static int u32(byte[] b, int i, boolean le) {
    return le
        ? u16(b, i, true) | u16(b, i + 2, true) << 16
        : u16(b, i, false) << 16 | u16(b, i + 2, false);
  }

  /**
   * Clockwise quarter turns that display an image of this orientation upright (after the mirror of
   * {@link #mirrored}).
   */
  static int quarterTurns(int orientation) {
    return switch (orientation) {
      case 3, 4 -> 2;
      case 6, 7 -> 1;
      case 5, 8 -> 3;
      default -> 0;
    };
  }

  /** True for the mirrored orientations 2, 4, 5, 7 (mirror left-right before turning). */
  static boolean mirrored(int orientation) {
    return orientation == 2 || orientation == 4 || orientation == 5 || orientation == 7;
  }
}
