package dev.fusejet.raster;

/**
 * Screens whole rows of packed amounts, all inks at once, rows in increasing order: an error
 * diffusion that keeps its own error rows for one page.
 */
public interface RowScreen {

  /**
   * Screens page row {@code y}.
   *
   * @param y page row, greater than the previous one (skipped rows carry no error)
   * @param in packed amounts (ink i in bits 16 i .. 16 i + 15), the row's width from {@code
   *     inOffset}
   * @param inOffset first amount
   * @param out per ink, packed 2-bit levels
   * @param outOffset index in each {@code out[i]} of the row's first byte
   */
  void screen(int y, long[] in, int inOffset, byte[][] out, int outOffset);
}
