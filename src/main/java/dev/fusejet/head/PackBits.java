package dev.fusejet.head;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * PackBits run-length coding (Apple; TIFF 6.0 section 9): a header byte h of 0..127 is followed by
 * h + 1 literal bytes, -127..-1 by one byte repeated 1 - h times, and -128 is skipped.
 */
final class PackBits {
  private PackBits() {}

  /** A growable byte buffer without the locking of {@link ByteArrayOutputStream}. */
  static final class Buffer {
    byte[] bytes = new byte[1 << 16];
    int size;

    void write(int b) {
      if (size == bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, 2 * size);
      }
      bytes[size++] = (byte) b;
    }

    void write(byte[] b, int off, int len) {
      if (size + len > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + len));
      }
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }

    void reset() {
      size = 0;
    }
  }

  /** Appends the PackBits code of {@code src[off .. off + len)} to {@code out}. */
  static void encode(byte[] src, int off, int len, ByteArrayOutputStream out) {
    Buffer b = new Buffer();
    encode(src, off, len, b);
    out.write(b.bytes, 0, b.size);
  }

  /** Appends the PackBits code of {@code src[off .. off + len)} to {@code out}. */
  static void encode(byte[] src, int off, int len, Buffer out) {
    int end = off + len;
    int i = off;
    while (i < end) {
      int run = 1;
      while (i + run < end && run < 128 && src[i + run] == src[i]) {
        run++;
      }
      if (run >= 2) {
        out.write(1 - run);
        out.write(src[i]);
        i += run;
        continue;
      }
      int lit = 1;
      while (i + lit < end
          && lit < 128
          && !(i + lit + 1 < end && src[i + lit] == src[i + lit + 1])) {
        lit++;
      }
      out.write(lit - 1);
      out.write(src, i, lit);
      i += lit;
    }
  }

  /** Decodes exactly {@code len} bytes into {@code dst[off..)}. */
  static void decode(DataInputStream in, byte[] dst, int off, int len) throws IOException {
    int i = off;
    int end = off + len;
    while (i < end) {
      int h = in.readByte();
      if (h >= 0) {
        int n = h + 1;
        if (i + n > end) {
          throw new IOException("PackBits literal of " + n + " bytes overruns the row");
        }
        in.readFully(dst, i, n);
        i += n;
      } else if (h != -128) {
        int n = 1 - h;
        if (i + n > end) {
          throw new IOException("PackBits run of " + n + " bytes overruns the row");
        }
        byte v = in.readByte();
        java.util.Arrays.fill(dst, i, i + n, v);
        i += n;
      }
    }
  }
}
