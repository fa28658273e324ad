package dev.fusejet.head;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A read-ahead buffer for one reader: what {@link java.io.BufferedInputStream} does without its
 * lock per call and without asking the underlying stream how much is {@code available()} after
 * every copy (a system call per nozzle row on a file). The head reads a sheet's data a byte or a
 * row at a time, so both costs were paid a few hundred thousand times per sheet.
 */
final class ReadAhead extends InputStream {
  private final InputStream in;
  private final byte[] buf;

  /** The low bit of every 2-bit field of a long. */
  private static final long LOW_BITS = 0x5555_5555_5555_5555L;

  /** One in every byte of a long. */
  private static final long ONES = 0x0101_0101_0101_0101L;

  /** Eight bytes at a time, little-endian. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final int size;
  private int pos;
  private int limit;

  ReadAhead(InputStream in, int size) {
    this.in = in;
    // eight bytes of slack after the buffer's end, so that a long may be read at any position
    this.buf = new byte[size + 8];
    this.size = size;
  }

  /** Refills the buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    int n = in.read(buf, 0, size);
    pos = 0;
    limit = Math.max(0, n);
    return n > 0;
  }

  @Override
  public int read() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pos == limit) {
      if (len >= size) {
        return in.read(b, off, len);
      }
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, limit - pos);
    System.arraycopy(buf, pos, b, off, n);
    pos += n;
    return n;
  }

  /**
   * Decodes exactly {@code len} bytes of PackBits code into {@code dst[off..)}, straight from the
   * buffer.
   *
   * @throws IOException when the stream ends first or a code overruns the row
   */
  void unpackBits(byte[] dst, int off, int len) throws IOException {
    int i = off;
    int end = off + len;
    while (i < end) {
      if (pos == limit && !fill()) {
        throw new java.io.EOFException("head data ends inside a row");
      }
      int h = buf[pos++];
      if (h >= 0) {
        int n = h + 1;
        if (i + n > end) {
          throw new IOException("PackBits literal of " + n + " bytes overruns the row");
        }
        copy(dst, i, n);
        i += n;
      } else if (h != -128) {
        int n = 1 - h;
        if (i + n > end) {
          throw new IOException("PackBits run of " + n + " bytes overruns the row");
        }
        if (pos == limit && !fill()) {
          throw new java.io.EOFException("head data ends inside a row");
        }
        java.util.Arrays.fill(dst, i, i + n, buf[pos++]);
        i += n;
      }
    }
  }

  /**
   * Fires one nozzle row of {@code stride} bytes straight from its PackBits code, without expanding
   * it: the drops of each span of the row (map cells ending at {@code spanEnd}) are added to {@code
   * counts} as {@code packed} fields (see {@link SimulatedHead}): literal bytes are counted eight
   * at a time by bit counts of their 2-bit levels, a run by its byte's packed count times its
   * length, and a run of zeros costs nothing but its header. The spans are equal but for the last,
   * which may be shorter, and at most 255 bytes wide so that no field overflows. The caller turns
   * the counts into volume.
   *
   * @param outside the bits no byte of this row may set (pixels outside the nozzle's column phase,
   *     or all bits for a row off the page)
   * @return -1, or the first byte of the row that sets a bit of {@code outside}
   * @throws IOException when the stream ends first or a code overruns the row
   */
  int fireCode(int stride, int outside, int[] packed, int[] spanEnd, int[] counts)
      throws IOException {
    int b = 0;
    int c = 0;
    int e = spanEnd[0];
    // every span but the last is as wide as the first
    int width = e;
    while (b < stride) {
      if (pos == limit && !fill()) {
        throw new java.io.EOFException("head data ends inside a row");
      }
      int h = buf[pos++];
      if (h >= 0) {
        int n = h + 1;
        if (b + n > stride) {
          throw new IOException("PackBits literal of " + n + " bytes overruns the row");
        }
        while (n > 0) {
          if (pos == limit && !fill()) {
            throw new java.io.EOFException("head data ends inside a row");
          }
          int m = Math.min(Math.min(n, e - b), limit - pos);
          // eight bytes (32 two-bit levels) at a time: the drops of each level by bit counts
          long n1 = 0;
          long n2 = 0;
          long n3 = 0;
          long stray = 0;
          for (int k = 0; k < m; k += 8) {
            long x = (long) LONGS.get(buf, pos + k);
            if (m - k < 8) {
              x &= (1L << (8 * (m - k))) - 1;
            }
            stray |= x;
            long lo = x & LOW_BITS;
            long hi = (x >>> 1) & LOW_BITS;
            n1 += Long.bitCount(lo & ~hi);
            n2 += Long.bitCount(hi & ~lo);
            n3 += Long.bitCount(lo & hi);
          }
          int acc = (int) (n1 | n2 << 10 | n3 << 20);
          if ((stray & (outside & 0xffL) * ONES) != 0) {
            for (int k = 0; ; k++) {
              if ((buf[pos + k] & outside) != 0) {
                return b + k;
              }
            }
          }
          counts[c] += acc;
          pos += m;
          b += m;
          n -= m;
          if (b == e && b < stride) {
            e = spanEnd[++c];
          }
        }
      } else if (h != -128) {
        int n = 1 - h;
        if (b + n > stride) {
          throw new IOException("PackBits run of " + n + " bytes overruns the row");
        }
        if (pos == limit && !fill()) {
          throw new java.io.EOFException("head data ends inside a row");
        }
        int v = buf[pos++] & 0xff;
        if ((v & outside) != 0) {
          return b;
        }
        int p = packed[v];
        if (p == 0) {
          // zeros: straight to the span where the run ends
          b += n;
          while (b >= e && b < stride) {
            c = b / width;
            e = spanEnd[c];
          }
          continue;
        }
        while (n > 0) {
          int m = Math.min(n, e - b);
          counts[c] += m * p;
          b += m;
          n -= m;
          if (b == e && b < stride) {
            e = spanEnd[++c];
          }
        }
      }
    }
    return -1;
  }

  /** Copies the next {@code n} bytes to {@code dst[off..)}. */
  private void copy(byte[] dst, int off, int n) throws IOException {
    while (n > 0) {
      if (pos == limit && !fill()) {
        throw new java.io.EOFException("head data ends inside a row");
      }
      int k = Math.min(n, limit - pos);
      System.arraycopy(buf, pos, dst, off, k);
      pos += k;
      off += k;
      n -= k;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
