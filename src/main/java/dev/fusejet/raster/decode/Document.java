package dev.fusejet.raster.decode;

import java.io.Closeable;

/** A document opened for reading, page after page. */
public interface Document extends Closeable {

  /** The name used in messages (the file name). */
  String name();

  /** Format, e.g. {@code image/jpeg}, {@code image/pwg-raster}. */
  String mediaType();

  /**
   * The next page, or null after the last. The previous page must not be read any more.
   *
   * @throws DocumentException when the page is malformed
   */
  PageImage nextPage();

  @Override
  void close();
}
