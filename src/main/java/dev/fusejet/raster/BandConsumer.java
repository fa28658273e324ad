package dev.fusejet.raster;

/** Receives the bands of each page, top down, on the thread that runs the pipeline. */
public interface BandConsumer {

  /** A page starts. */
  void startPage(PageInfo page);

  /** The next band of the current page (its arrays are reused afterwards). */
  void band(Band band);

  /** The current page is complete. */
  void endPage(PageInfo page);
}
