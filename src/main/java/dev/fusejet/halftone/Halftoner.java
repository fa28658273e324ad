package dev.fusejet.halftone;

import dev.fusejet.ink.InkAmount;

/**
 * A halftoning method for multi-level (2-bit) drops. A page is screened row by row and ink by ink;
 * the per-page state (error rows) lives in the {@link PageScreen}.
 *
 * <p>Amounts are fractions of the largest ink load, every pixel a large drop, in fixed point:
 * {@code 0} is no ink, {@link #FULL} is a large drop everywhere. Output levels are 0 (no drop), 1
 * (small), 2 (medium), 3 (large), packed four pixels to a byte, leftmost pixel in the two most
 * significant bits.
 */
public interface Halftoner {

  /** Fixed-point full scale of an ink amount: {@link InkAmount#FULL}, 255 * 256. */
  int FULL = InkAmount.FULL;

  /** Short name, e.g. {@code fs}, {@code variable}, {@code blue-noise}. */
  String name();

  /**
   * True when rows are independent of each other (threshold arrays): a caller may screen rows of
   * one ink on different threads. False for error diffusion, where a caller may split by ink only.
   */
  boolean rowIndependent();

  /**
   * Starts a page.
   *
   * @param width pixels per row
   * @param channels number of inks
   * @param levels tone of each drop level
   */
  PageScreen page(int width, int channels, ToneLevels levels);

  /** Per-page state of a halftoner. Rows of one channel must come in increasing order. */
  interface PageScreen {
    /**
     * Screens one row of one ink.
     *
     * @param channel ink index
     * @param y page row
     * @param in amounts, {@code width} values from {@code inOffset}
     * @param inOffset first amount
     * @param out packed 2-bit levels, {@code (width + 3) / 4} bytes from {@code outOffset}
     * @param outOffset first output byte
     */
    void row(int channel, int y, char[] in, int inOffset, byte[] out, int outOffset);

    /**
     * Screens one row of inks {@code from .. to - 1}: as {@link #row} for each, but a screen may
     * interleave the inks to keep more of them in flight at once.
     */
    default void rows(
        int y, char[][] in, int inOffset, byte[][] out, int outOffset, int from, int to) {
      for (int c = from; c < to; c++) {
        row(c, y, in[c], inOffset, out[c], outOffset);
      }
    }

    /**
     * True when {@link #packedRow} is the fast way into this screen (it always works: by default
     * the amounts are unpacked and screened by {@link #rows}).
     */
    default boolean packed() {
      return false;
    }

    /**
     * The largest span of columns (a multiple of 128) that {@link #packedSpan} takes, or 0 when the
     * screen needs whole rows (error diffusion).
     */
    default int packedSpan() {
      return 0;
    }

    /**
     * The screen's thresholds per level when it is a threshold array over at most four inks (a
     * kernel may then separate and screen in one pass), or null.
     */
    default LevelThresholds levelThresholds() {
      return null;
    }

    /**
     * The screen's arithmetic when it is an error diffusion (a kernel may then run all inks at
     * once), or null.
     */
    default DiffusionRule diffusionRule() {
      return null;
    }

    /**
     * As {@link #packedRow} for columns {@code x0 .. x0 + n - 1} only ({@code x0} a multiple of
     * {@link #packedSpan()}, {@code n} at most that, or the rest of the row): lets a caller
     * separate and screen a row a cache-sized piece at a time.
     *
     * @param in packed amounts of the span, {@code n} values from {@code inOffset}
     * @param outOffset first output byte of the row (column 0)
     */
    default void packedSpan(
        int y,
        int x0,
        int n,
        long[] in,
        int inOffset,
        byte[][] out,
        int outOffset,
        int from,
        int to) {
      throw new UnsupportedOperationException("this screen takes whole rows");
    }

    /**
     * Screens one row of inks {@code from .. to - 1} (at most four inks in all) from packed
     * amounts: ink i in bits 16 i .. 16 i + 15 of each {@code long}, as {@code
     * Separation.separatePacked} makes them. The levels are those {@link #row} gives.
     *
     * @param y page row
     * @param in packed amounts, {@code width} values from {@code inOffset}
     * @param inOffset first amount
     * @param out per ink, packed 2-bit levels, {@code (width + 3) / 4} bytes from {@code outOffset}
     * @param outOffset first output byte
     * @param from first ink
     * @param to after the last ink
     */
    default void packedRow(
        int y, long[] in, int inOffset, byte[][] out, int outOffset, int from, int to) {
      char[][] amounts = new char[to][in.length - inOffset];
      for (int c = from; c < to; c++) {
        for (int x = 0; x < amounts[c].length; x++) {
          amounts[c][x] = (char) (in[inOffset + x] >>> (16 * c));
        }
      }
      rows(y, amounts, 0, out, outOffset, from, to);
    }
  }

  /** Packed bytes per row of {@code width} pixels. */
  static int stride(int width) {
    return (width + 3) >> 2;
  }

  /** Level (0..3) of pixel {@code x} in a packed row starting at {@code offset}. */
  static int level(byte[] packed, int offset, int x) {
    return (packed[offset + (x >> 2)] >> (6 - 2 * (x & 3))) & 3;
  }
}
