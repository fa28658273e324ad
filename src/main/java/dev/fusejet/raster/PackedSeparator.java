package dev.fusejet.raster;

/**
 * Separates sRGB pixels into packed ink amounts (ink i in bits 16 i .. 16 i + 15), exactly as
 * {@link dev.fusejet.raster.colour.Separation#separatePacked} does; implementations differ only in
 * speed. An instance keeps scratch space: one per thread.
 */
public interface PackedSeparator {

  /**
   * Separates {@code n} pixels from {@code rgb[from]} into {@code out[outOffset]} onwards.
   *
   * @param rgb packed sRGB pixels (0xRRGGBB, alpha ignored)
   * @param from first pixel
   * @param n pixel count
   * @param out packed amounts
   * @param outOffset index in {@code out} of the first pixel
   */
  void separate(int[] rgb, int from, int n, long[] out, int outOffset);
}
