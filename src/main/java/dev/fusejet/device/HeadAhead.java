package dev.fusejet.device;

import dev.fusejet.head.HeadModel;
import dev.fusejet.head.PageReport;
import dev.fusejet.head.SimulatedHead;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.PageInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The simulated apparatus' {@link PreparedSheet}: the sheet's head data written to its file by a
 * {@link HeadStage} of its own, then read back by the simulated head, which works out every drop it
 * will fire (and writes the previews when asked). The device applies the result (ink, waste, paper
 * path, fuser, record) in the sheet's turn; this class touches none of the device's state.
 */
final class HeadAhead implements PreparedSheet {
  private final SimulatedDevice owner;
  private final int jobId;
  private final PageInfo info;
  private final int shingle;
  private final boolean bidirectional;
  private final Path file;
  private final Path previews;
  private final String prefix;
  private final HeadStage stage;
  private PageReport report;

  /** Set when the device fed a sheet for it: from then on the device owns its files. */
  private volatile boolean taken;

  HeadAhead(
      SimulatedDevice owner,
      int jobId,
      HeadModel head,
      PageInfo info,
      int shingle,
      boolean bidirectional,
      Path file,
      Path previews,
      String prefix) {
    this.owner = owner;
    this.jobId = jobId;
    this.info = info;
    this.shingle = shingle;
    this.bidirectional = bidirectional;
    this.file = file;
    this.previews = previews;
    this.prefix = prefix;
    this.stage = new HeadStage(head);
    stage.start(info, shingle, bidirectional, file);
  }

  @Override
  public void band(Band band) {
    stage.band(band);
  }

  @Override
  public void finish() {
    stage.end();
    try {
      report = HeadStage.fire(file, previews, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void discard() {
    if (!taken) {
      remove(); // once on the paper path, the device prints it or ejects it
    }
  }

  /** The device ejects the sheet unprinted: its files go. */
  void eject() {
    remove();
  }

  private void remove() {
    try {
      if (stage.open()) {
        stage.end();
      }
      Files.deleteIfExists(file);
      if (previews != null) {
        for (String ink : info.inks()) {
          Files.deleteIfExists(SimulatedHead.previewFile(previews, prefix, ink));
        }
      }
    } catch (IOException | RuntimeException e) {
      // a sheet that will not print: what could not be removed is overwritten when it does
    }
  }

  /** True when {@code device} made this sheet for its job {@code id}, with this feed's head. */
  boolean belongsTo(SimulatedDevice device, int id, PageStart p) {
    return owner == device
        && jobId == id
        && p.info().equals(info)
        && p.shingle() == shingle
        && p.bidirectional() == bidirectional;
  }

  /** The device fed a sheet for this data: {@link #discard} leaves it alone from now on. */
  void take() {
    taken = true;
  }

  /** The head's report of the finished sheet, or null before {@link #finish}. */
  PageReport report() {
    return report;
  }

  /** The sheet's head data file. */
  Path file() {
    return file;
  }
}
