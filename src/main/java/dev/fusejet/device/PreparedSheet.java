package dev.fusejet.device;

import dev.fusejet.raster.Band;

/**
 * One sheet's head data made ahead of its turn, on the thread that rasterises the page: the bands
 * go in as they come ({@link #band}), {@link #finish} completes the head data, and the sheet is
 * then printed in its turn by {@link Device#printPrepared}. What the head does with the data
 * (masking, passes, compression, and on the simulated apparatus the drops it will fire) is worked
 * out here, off the printing thread; nothing happens to the machine, its supplies or its records
 * until the sheet's turn. One thread at a time; {@link #discard} may follow any call.
 */
public interface PreparedSheet {

  /** The page's next band, top down; what is kept is copied before this returns. */
  void band(Band band);

  /** The page's last band has come: the head data is complete. */
  void finish();

  /** The sheet will not be printed (the job was canceled or failed): its files are removed. */
  void discard();
}
