package dev.fusejet.head;

import static dev.fusejet.units.Units.INCH;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Stands in for the recording head: reads one sheet of head data, fires every drop of every pass
 * and records what landed: drop counts by size, ink volume per ink, the ink volume per area map
 * (about 1 mm cells) and a preview per ink (darker where more ink landed). It checks the data as a
 * head controller would: magic, version, pass order, nozzles firing only their column phase, and
 * the drop total in the trailer.
 */
public final class SimulatedHead {

  /** Target cell edge of the ink volume map (m): 1 mm. */
  public static final double CELL = 0.001;

  /** Largest preview width (px). */
  public static final int PREVIEW_WIDTH = 1200;

  private static final int[][] LEVEL_COUNT = new int[256][4];

  static {
    for (int b = 0; b < 256; b++) {
      for (int k = 0; k < 4; k++) {
        LEVEL_COUNT[b][(b >> (2 * k)) & 3]++;
      }
    }
  }

  private byte[][] planes;

  /**
   * Fires one sheet.
   *
   * @param in the head data
   * @param source name for messages
   * @param previews directory for the per-ink PNG previews, or null for none
   * @param prefix file name prefix of the previews, e.g. {@code page-0001}
   * @param keepPlanes keep the printed levels for {@link #planes()} (tests; page-sized memory)
   */
  public PageReport fire(
      InputStream in, String source, Path previews, String prefix, boolean keepPlanes)
      throws IOException {
    DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    HeadData h = header(d, source);
    PassPlan plan = h.plan();
    int inks = h.inks().size();
    int stride = h.stride();
    int width = h.width();
    int height = h.height();
    // map cells: whole bytes (4 px) across, about CELL wide
    int cellPx = Math.max(4, 4 * (int) Math.round(CELL / INCH * h.xDpi() / 4));
    int cellRows = Math.max(1, (int) Math.round(CELL / INCH * h.yDpi()));
    int cols = (width + cellPx - 1) / cellPx;
    int rows = (height + cellRows - 1) / cellRows;
    double[] cellVol = new double[cols * rows];
    int[] byteCell = new int[stride];
    for (int b = 0; b < stride; b++) {
      byteCell[b] = (4 * b) / cellPx;
    }
    int pf = 4 * Math.max(1, (width + 4 * PREVIEW_WIDTH - 1) / (4 * PREVIEW_WIDTH));
    int pfy = Math.max(1, (int) Math.round(pf * h.yDpi() / h.xDpi()));
    int pw = (width + pf - 1) / pf;
    int ph = (height + pfy - 1) / pfy;
    double[][] preview = previews == null ? null : new double[inks][pw * ph];
    double[] byteVolume = new double[256];
    for (int b = 0; b < 256; b++) {
      for (int l = 1; l < 4; l++) {
        byteVolume[b] += LEVEL_COUNT[b][l] * h.volume(l);
      }
    }
    List<long[]> drops = new ArrayList<>();
    for (int i = 0; i < inks; i++) {
      drops.add(new long[4]);
    }
    double[] inkVolume = new double[inks];
    planes =
        keepPlanes
            ? new byte[inks][(int) Math.min(Integer.MAX_VALUE, (long) stride * height)]
            : null;
    byte[] row = new byte[stride];
    int passes = 0;
    int lastPass = Integer.MIN_VALUE;
    long total = 0;
    while (true) {
      int tag = d.readInt();
      if (tag == HeadData.END) {
        long announced = d.readLong();
        if (announced != total) {
          throw new IOException(
              source + ": trailer announces " + announced + " drops, the passes hold " + total);
        }
        break;
      }
      if (tag != HeadData.PASS) {
        throw new IOException(
            source + ": expected a pass or the trailer, found 0x" + Integer.toHexString(tag));
      }
      int pass = d.readInt();
      int row0 = d.readInt();
      d.readInt(); // direction and reserved: a real head would set the carriage direction here
      d.readInt(); // payload length
      if (pass <= lastPass
          || pass < plan.firstPass()
          || pass > plan.lastPass()
          || row0 != plan.row(pass, 0)) {
        throw new IOException(source + ": pass " + pass + " is out of order or misplaced");
      }
      lastPass = pass;
      passes++;
      for (int i = 0; i < inks; i++) {
        long[] dc = drops.get(i);
        double[] pv = preview == null ? null : preview[i];
        for (int j = 0; j < plan.nozzles(); j++) {
          PackBits.decode(d, row, 0, stride);
          int y = plan.row(pass, j);
          int mask = HeadDataWriter.mask(plan.shingle(), plan.phase(j));
          boolean onPage = y >= 0 && y < height;
          int cellBase = onPage ? (y / cellRows) * cols : 0;
          int prevBase = onPage && pv != null ? (y / pfy) * pw : 0;
          for (int b = 0; b < stride; b++) {
            int v = row[b] & 0xff;
            if (v == 0) {
              continue;
            }
            if (!onPage || (v & ~mask) != 0) {
              throw new IOException(
                  source
                      + ": pass "
                      + pass
                      + " nozzle "
                      + j
                      + " fires outside its "
                      + (onPage ? "column phase" : "page")
                      + " at byte "
                      + b);
            }
            int[] lc = LEVEL_COUNT[v];
            dc[1] += lc[1];
            dc[2] += lc[2];
            dc[3] += lc[3];
            total += lc[1] + lc[2] + lc[3];
            double vol = byteVolume[v];
            inkVolume[i] += vol;
            cellVol[cellBase + byteCell[b]] += vol;
            if (pv != null) {
              pv[prevBase + (4 * b) / pf] += vol;
            }
            if (planes != null) {
              planes[i][y * stride + b] |= (byte) v;
            }
          }
        }
      }
    }
    double[] perArea = new double[cols * rows];
    for (int r = 0; r < rows; r++) {
      double hh = Math.min(cellRows, height - r * cellRows) / h.yDpi() * INCH;
      for (int c = 0; c < cols; c++) {
        double ww = Math.min(cellPx, width - c * cellPx) / h.xDpi() * INCH;
        perArea[r * cols + c] = cellVol[r * cols + c] / (ww * hh);
      }
    }
    InkVolumeMap map =
        new InkVolumeMap(cols, rows, cellPx / h.xDpi() * INCH, cellRows / h.yDpi() * INCH, perArea);
    if (preview != null) {
      Files.createDirectories(previews);
      for (int i = 0; i < inks; i++) {
        writePreview(
            preview[i],
            pw,
            ph,
            pf * pfy * h.large(),
            previews.resolve(prefix + "-" + h.inks().get(i) + ".png"));
      }
    }
    double time = passes * h.passTime();
    return new PageReport(
        h.inks(),
        width,
        height,
        h.xDpi(),
        h.yDpi(),
        passes,
        drops,
        java.util.Arrays.stream(inkVolume).boxed().toList(),
        map,
        time);
  }

  /** The printed levels of the last sheet fired with {@code keepPlanes}, per ink. */
  public byte[][] planes() {
    return planes;
  }

  static HeadData header(DataInputStream d, String source) throws IOException {
    try {
      if (d.readInt() != HeadData.MAGIC) {
        throw new IOException(source + ": not fusejet head data (no FJHD magic)");
      }
      int version = d.readUnsignedShort();
      if (version != HeadData.VERSION) {
        throw new IOException(source + ": head data version " + version + ", expected 1");
      }
      int inks = d.readUnsignedShort();
      int width = d.readInt();
      int height = d.readInt();
      double xDpi = d.readDouble();
      double yDpi = d.readDouble();
      int nozzles = d.readInt();
      int pitch = d.readInt();
      int shingle = d.readUnsignedByte();
      boolean bidi = d.readUnsignedByte() != 0;
      int advance = d.readUnsignedShort();
      int first = d.readInt();
      int last = d.readInt();
      double s = d.readDouble();
      double m = d.readDouble();
      double l = d.readDouble();
      double passTime = d.readDouble();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < inks; i++) {
        byte[] b = new byte[d.readUnsignedByte()];
        d.readFully(b);
        names.add(new String(b, StandardCharsets.UTF_8));
      }
      PassPlan plan = new PassPlan(nozzles, pitch, shingle, advance, first, last, bidi);
      if (width <= 0 || height <= 0 || advance * shingle != nozzles) {
        throw new IOException(source + ": inconsistent head data header");
      }
      return new HeadData(names, width, height, xDpi, yDpi, plan, s, m, l, passTime);
    } catch (EOFException e) {
      throw new IOException(source + ": head data header is truncated", e);
    }
  }

  private static void writePreview(double[] vol, int w, int h, double full, Path file)
      throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < px.length; i++) {
      double dark = Math.min(1, vol[i] / full);
      px[i] = (byte) Math.round(255 * (1 - dark));
    }
    ImageIO.write(img, "png", file.toFile());
  }
}
