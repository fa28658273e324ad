package dev.fusejet.raster;

/**
 * Receives the bands of each page, top down, one call at a time and in order; with more than one
 * pipeline thread the bands arrive on a consumer thread of their own (each call happens-after the
 * previous one).
 */
public interface BandConsumer {

  /** A page starts. */
  void startPage(PageInfo page);

  /** The next band of the current page (its arrays are reused afterwards). */
  void band(Band band);

  /** The current page is complete. */
  void endPage(PageInfo page);
}
