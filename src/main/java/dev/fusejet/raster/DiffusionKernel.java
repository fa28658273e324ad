package dev.fusejet.raster;

/**
 * An error diffusion of all inks of a page in three steps, so that only the step that must see the
 * rows in order is serial: preparing a row's amounts and packing its levels can run on other
 * threads, for other rows, at the same time.
 */
public interface DiffusionKernel {

  /** Scratch space of one row between the steps. */
  interface Row {}

  /** A new row scratch (each may be reused for any later row once packed). */
  Row newRow();

  /**
   * Step 1, any thread: takes page row {@code y}'s packed amounts (ink i in bits 16 i .. 16 i + 15)
   * into the row scratch.
   */
  void prepare(int y, long[] in, int inOffset, Row row);

  /**
   * Step 1 from sRGB pixels (0xRRGGBB): separates them with the kernel's separation and takes the
   * amounts into the row scratch, in one pass. One thread at a time (the separation keeps scratch
   * space), any thread.
   */
  void prepareRgb(int y, int[] rgb, int from, Row row);

  /**
   * Step 2, rows in increasing order, one at a time: diffuses the row's error and decides its
   * levels. Skipped rows carry no error.
   */
  void diffuse(Row row);

  /** Step 3, any thread, after step 2: the row's levels into the inks' packed rows. */
  void pack(Row row, byte[][] out, int outOffset);
}
