package dev.fusejet.head;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

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

    /** Room for {@code n} more bytes. */
    void ensure(int n) {
      if (size + n > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + n));
      }
    }
  }

  /** Eight bytes at a time, little-endian: byte k of the array is bits 8 k.. of the long. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Shortest run coded as a run: four bytes. Inside a literal, a run of n costs two bytes and a
   * header for the literal after it, three bytes against n, so only runs of four or more save
   * space; and in halftoned rows, where short runs are common, each switch between run and literal
   * costs mispredicted branches.
   */
  static final int MIN_RUN = 4;

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;

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
      if (run >= MIN_RUN) {
        out.write(1 - run);
        out.write(src[i]);
        i += run;
        continue;
      }
      int lit = 1;
      while (i + lit < end && lit < 128 && !runAt(src, i + lit, end, 0xff)) {
        lit++;
      }
      out.write(lit - 1);
      out.write(src, i, lit);
      i += lit;
    }
  }

  /**
   * Appends the PackBits code of {@code src[off .. off + len)}, each byte ANDed with {@code mask}
   * (0..255), to {@code out}: the same code as {@link #encode(byte[], int, int, Buffer)} gives for
   * the masked bytes. Literal stretches, the common case in halftoned rows, are scanned eight bytes
   * at a time for the next run of {@link #MIN_RUN} equal bytes, and copied eight at a time.
   */
  static void encode(byte[] src, int off, int len, int mask, Buffer out) {
    int end = off + len;
    long m8 = (mask & 0xffL) * ONES;
    int i = off;
    while (i < end) {
      byte v = (byte) (src[i] & mask);
      // the run from i: eight bytes at a time while they all equal v, then byte by byte
      int run = 1;
      long v8 = (v & 0xffL) * ONES;
      while (i + run + 8 <= end && run + 8 <= 128) {
        long d = (((long) LONGS.get(src, i + run)) & m8) ^ v8;
        if (d != 0) {
          run += Long.numberOfTrailingZeros(d) >>> 3;
          break;
        }
        run += 8;
      }
      while (i + run < end && run < 128 && (byte) (src[i + run] & mask) == v) {
        run++;
      }
      if (run >= MIN_RUN) {
        out.ensure(2);
        out.bytes[out.size++] = (byte) (1 - run);
        out.bytes[out.size++] = v;
        i += run;
        continue;
      }
      // a literal ends before the first MIN_RUN equal bytes from j (j > i), or after 128
      int limit = Math.min(end, i + 128);
      int j = i + 1;
      while (true) {
        if (j + 11 <= end && j < limit) {
          long x = ((long) LONGS.get(src, j)) & m8;
          long y = ((long) LONGS.get(src, j + 1)) & m8;
          long w = ((long) LONGS.get(src, j + 2)) & m8;
          long u = ((long) LONGS.get(src, j + 3)) & m8;
          long z = (x ^ y) | (y ^ w) | (w ^ u);
          long t = (z - ONES) & ~z & HIGHS;
          if (t == 0) {
            j += 8;
            continue;
          }
          j += Long.numberOfTrailingZeros(t) >>> 3;
          break;
        }
        while (j < limit && !runAt(src, j, end, mask)) {
          j++;
        }
        break;
      }
      int lit = Math.min(j, limit) - i;
      out.ensure(lit + 1 + 8);
      byte[] o = out.bytes;
      int p = out.size;
      o[p++] = (byte) (lit - 1);
      int k = 0;
      for (; k + 8 <= lit && i + k + 8 <= src.length; k += 8) {
        LONGS.set(o, p + k, ((long) LONGS.get(src, i + k)) & m8);
      }
      for (; k < lit; k++) {
        o[p + k] = (byte) (src[i + k] & mask);
      }
      out.size = p + lit;
      i += lit;
    }
  }

  /** True when the {@link #MIN_RUN} bytes from {@code src[j]} exist and are equal (masked). */
  private static boolean runAt(byte[] src, int j, int end, int mask) {
    if (j + MIN_RUN > end) {
      return false;
    }
    int v = src[j] & mask;
    for (int k = 1; k < MIN_RUN; k++) {
      if ((src[j + k] & mask) != v) {
        return false;
      }
    }
    return true;
  }
}
