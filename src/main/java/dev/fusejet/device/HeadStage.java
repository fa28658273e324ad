package dev.fusejet.device;

import dev.fusejet.head.HeadDataWriter;
import dev.fusejet.head.HeadModel;
import dev.fusejet.head.PageReport;
import dev.fusejet.head.SimulatedHead;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.PageInfo;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The recording head of one sheet: the sheet's bands become head data in a file ({@link
 * HeadDataWriter}), which the simulated head then fires ({@link SimulatedHead}), reporting the
 * drops, the ink per ink and the ink load map. Used by the simulated device per sheet and by {@code
 * fusejet rip}. Streams use plain file streams, which an interrupt does not close.
 */
public final class HeadStage {
  private final HeadModel head;
  private HeadDataWriter writer;
  private PageInfo page;
  private Path file;

  /** A stage for {@code head}. */
  public HeadStage(HeadModel head) {
    this.head = head;
  }

  /**
   * A sheet starts; its head data goes to {@code file}.
   *
   * @param shingle passes per row (1, 2 or 4)
   * @param bidirectional print both ways
   */
  public void start(PageInfo info, int shingle, boolean bidirectional, Path target) {
    this.page = info;
    this.file = target;
    this.writer =
        new HeadDataWriter(
            head,
            shingle,
            bidirectional,
            p -> {
              try {
                return new BufferedOutputStream(new FileOutputStream(target.toFile()), 1 << 16);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.startPage(info);
  }

  /** The sheet's next band. */
  public void band(Band band) {
    writer.band(band);
  }

  /** The sheet's last band has come: its head data file is complete. */
  public Path end() {
    writer.endPage(page);
    writer = null;
    return file;
  }

  /** True between {@link #start} and {@link #end}. */
  public boolean open() {
    return writer != null;
  }

  /**
   * Fires a sheet's head data.
   *
   * @param headData the file
   * @param previews directory for per-ink previews, or null for none
   * @param prefix preview file name prefix, e.g. {@code sheet-0001}
   */
  public static PageReport fire(Path headData, Path previews, String prefix) throws IOException {
    try (InputStream in = new FileInputStream(headData.toFile())) {
      return new SimulatedHead()
          .fire(in, headData.getFileName().toString(), previews, prefix, false);
    }
  }
}
