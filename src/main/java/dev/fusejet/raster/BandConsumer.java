package dev.fusejet.raster;

/**
 * Receives the bands of each page, top down, one call at a time and in order. Every call is made on
 * the thread that called {@link RasterPipeline#render} or {@link RasterPipeline#renderPage}, at any
 * thread count (the pipeline's workers never call it), so a consumer needs no locking and may keep
 * thread-confined state. A call may block (a device waiting for paper): the pipeline waits with it,
 * and an unchecked exception it throws ends the page and reaches the caller of {@code render} once
 * the workers have let go of the band buffers.
 */
public interface BandConsumer {

  /** A page starts. */
  void startPage(PageInfo page);

  /** The next band of the current page (its arrays are reused afterwards). */
  void band(Band band);

  /** The current page is complete. */
  void endPage(PageInfo page);
}
