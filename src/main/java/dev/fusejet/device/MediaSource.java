package dev.fusejet.device;

import dev.fusejet.media.Medium;
import dev.fusejet.raster.MediaSize;

/**
 * A media source (tray) and what is loaded in it.
 *
 * @param name the IPP media-source keyword, e.g. {@code main} or {@code photo}
 * @param medium the medium loaded, or null when nothing has been loaded
 * @param size the sheet size loaded, or null when nothing has been loaded
 * @param sheets sheets left (1)
 * @param capacity sheets the source holds when full (1)
 */
public record MediaSource(String name, Medium medium, MediaSize size, int sheets, int capacity) {

  /** Checks the counts. */
  public MediaSource {
    if (capacity < 1 || sheets < 0 || sheets > capacity) {
      throw new IllegalArgumentException(
          "source " + name + ": " + sheets + " sheets in a source of " + capacity);
    }
  }

  /** True when a medium is loaded and at least one sheet is left. */
  public boolean ready() {
    return medium != null && sheets > 0;
  }
}
