package dev.fusejet.raster;

import java.util.List;

/**
 * A page about to be banded.
 *
 * @param document document name
 * @param page 1-based page number in the document
 * @param copy 1-based copy number
 * @param sheet 1-based sheet number in this job
 * @param width page width (px)
 * @param height page height (px)
 * @param xDpi horizontal resolution (dpi)
 * @param yDpi vertical resolution (dpi)
 * @param inks ink names, in plane order
 * @param layout where the document page sits
 */
public record PageInfo(
    String document,
    int page,
    int copy,
    int sheet,
    int width,
    int height,
    double xDpi,
    double yDpi,
    List<String> inks,
    PageLayout layout) {

  /** Packed bytes per row of one ink plane (2 bits per pixel). */
  public int stride() {
    return (width + 3) >> 2;
  }
}
