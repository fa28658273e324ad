package dev.fusejet.cli;

import dev.fusejet.colour.Levels;
import dev.fusejet.colour.SheetModel;
import dev.fusejet.colour.Srgb;
import dev.fusejet.colour.Xyz;
import dev.fusejet.head.PageReport;
import dev.fusejet.head.SimulatedHead;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The composite soft proof of a sheet: what the head fired (read back from its head data), turned
 * into colour by the printed-sheet model block by block, under D50, absolute colorimetric (the
 * paper shows as its own white, not the monitor's), shown through sRGB (Bradford D50 to D65).
 */
final class SoftProof {
  private SoftProof() {}

  /** Largest proof width (px). */
  static final int WIDTH = 600;

  /** The printed levels of a sheet, as the simulated head fired them. */
  @SuppressWarnings("ArrayRecordComponent") // a sheet's planes, read in place, never copied
  record Sheet(PageReport report, byte[][] planes) implements Levels {
    @Override
    public int level(int ink, int x, int y) {
      if (x < 0 || y < 0 || x >= report.width() || y >= report.height()) {
        return 0;
      }
      int stride = (report.width() + 3) >> 2;
      return (planes[ink][y * stride + (x >> 2)] >> (6 - 2 * (x & 3))) & 3;
    }

    /** Fires a sheet's head data and keeps its levels. */
    static Sheet read(Path headData) throws IOException {
      SimulatedHead head = new SimulatedHead();
      try (InputStream in = Files.newInputStream(headData)) {
        PageReport r = head.fire(in, headData.getFileName().toString(), null, "", true);
        return new Sheet(r, head.planes());
      }
    }
  }

  /** Writes the proof of the sheet in {@code headData} to {@code png}. */
  static void write(Path headData, InkSet inks, Medium medium, Path png) throws IOException {
    Sheet s = Sheet.read(headData);
    PageReport r = s.report();
    SheetModel model = new SheetModel(inks, medium, r.xDpi(), r.yDpi());
    int block = Math.max(1, (r.width() + WIDTH - 1) / WIDTH);
    int blockY = Math.max(1, (int) Math.round(block * r.yDpi() / r.xDpi()));
    int w = (r.width() + block - 1) / block;
    int h = (r.height() + blockY - 1) / blockY;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int by = 0; by < h; by++) {
      for (int bx = 0; bx < w; bx++) {
        int x0 = bx * block;
        int y0 = by * blockY;
        Xyz c =
            model.measure(
                s, x0, y0, Math.min(block, r.width() - x0), Math.min(blockY, r.height() - y0));
        img.setRGB(bx, by, Srgb.pixel(c));
      }
    }
    Path part = png.resolveSibling("." + png.getFileName() + ".part");
    ImageIO.write(img, "png", part.toFile());
    Files.move(part, png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
