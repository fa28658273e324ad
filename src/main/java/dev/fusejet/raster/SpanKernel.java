package dev.fusejet.raster;

/**
 * Separates a span of sRGB pixels and screens it with a threshold array in one pass: what the
 * pipeline runs per cache-sized piece of a row when the screen's rows are independent. An instance
 * keeps scratch space: one per thread.
 */
public interface SpanKernel {

  /**
   * Separates and screens pixels {@code from .. from + n - 1}, page row {@code y}, columns {@code
   * x0 .. x0 + n - 1}.
   *
   * @param rgb packed sRGB pixels (0xRRGGBB, alpha ignored)
   * @param from first pixel
   * @param n pixel count: at most the span the screen takes, or the rest of the row
   * @param y page row
   * @param x0 first column, a multiple of the screen's tile
   * @param out per ink, packed 2-bit levels of the row
   * @param outOffset index in each {@code out[i]} of the row's first byte (column 0)
   */
  void screen(int[] rgb, int from, int n, int y, int x0, byte[][] out, int outOffset);
}
