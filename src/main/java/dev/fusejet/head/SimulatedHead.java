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

  /**
   * Per byte value (four 2-bit levels), its drops of level 1, 2 and 3 as 10-bit fields of one int
   * (bits 0, 10 and 20).
   */
  private static final int[] PACKED = new int[256];

  /** Mask of one field of {@link #PACKED}. */
  private static final int FIELD = 0x3ff;

  /** Bytes summed before the fields are flushed: at most 4 drops a byte, 255 * 4 < 1024. */
  private static final int FLUSH = 255;

  static {
    for (int b = 0; b < 256; b++) {
      PACKED[b] = LEVEL_COUNT[b][1] | LEVEL_COUNT[b][2] << 10 | LEVEL_COUNT[b][3] << 20;
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
    ReadAhead ahead = new ReadAhead(in, 1 << 16);
    DataInputStream d = new DataInputStream(ahead);
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
    int pf = 4 * Math.max(1, (width + 4 * PREVIEW_WIDTH - 1) / (4 * PREVIEW_WIDTH));
    int pfy = Math.max(1, (int) Math.round(pf * h.yDpi() / h.xDpi()));
    int pw = (width + pf - 1) / pf;
    int ph = (height + pfy - 1) / pfy;
    double[][] preview = previews == null ? null : new double[inks][pw * ph];
    double[] volume = {0, h.volume(1), h.volume(2), h.volume(3)};
    // per ink, the drops fired by level (index 1..3): counts and volume follow once it is read
    long[][] levels = new long[inks][4];
    // the byte ranges of the map cells and of the preview pixels along a row
    int[] cellEnd = spans(stride, cellPx / 4);
    int[] previewEnd = spans(stride, pf / 4);
    planes =
        keepPlanes
            ? new byte[inks][(int) Math.min(Integer.MAX_VALUE, (long) stride * height)]
            : null;
    byte[] row = new byte[stride];
    // previews and kept planes need each row expanded; the records alone are fired from the code
    boolean expand = preview != null || planes != null || cellPx / 4 > 255;
    int[] counts = new int[cellEnd.length];
    int passes = 0;
    int lastPass = Integer.MIN_VALUE;
    try {
      while (true) {
        int tag = d.readInt();
        if (tag == HeadData.END) {
          long announced = d.readLong();
          long total = 0;
          for (long[] l : levels) {
            total += l[1] + l[2] + l[3];
          }
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
          long[] lv = levels[i];
          double[] pv = preview == null ? null : preview[i];
          for (int j = 0; j < plan.nozzles(); j++) {
            int y = plan.row(pass, j);
            int mask = HeadDataWriter.mask(plan.shingle(), plan.phase(j));
            boolean onPage = y >= 0 && y < height;
            // a nozzle fires only inside the page and in its column phase
            int outside = onPage ? ~mask & 0xff : 0xff;
            int stray;
            if (expand) {
              ahead.unpackBits(row, 0, stride);
              stray = strayByte(row, outside);
            } else {
              stray = ahead.fireCode(stride, outside, PACKED, cellEnd, counts);
            }
            if (stray >= 0) {
              throw new IOException(
                  source
                      + ": pass "
                      + pass
                      + " nozzle "
                      + j
                      + " fires outside its "
                      + (onPage ? "column phase" : "page")
                      + " at byte "
                      + stray);
            }
            if (!onPage) {
              continue;
            }
            int base = (y / cellRows) * cols;
            if (!expand) {
              addCounts(counts, lv, volume, cellVol, base);
              continue;
            }
            fireRow(row, lv, volume, cellEnd, cellVol, base);
            if (pv != null) {
              fireRow(row, null, volume, previewEnd, pv, (y / pfy) * pw);
            }
            if (planes != null) {
              byte[] plane = planes[i];
              int p0 = y * stride;
              for (int b = 0; b < stride; b++) {
                plane[p0 + b] |= row[b];
              }
            }
          }
        }
      }
    } catch (EOFException e) {
      throw new IOException(source + ": head data ends before its trailer", e);
    }
    List<long[]> drops = new ArrayList<>();
    double[] inkVolume = new double[inks];
    for (int i = 0; i < inks; i++) {
      drops.add(levels[i]);
      for (int l = 1; l < 4; l++) {
        inkVolume[i] += levels[i][l] * volume[l];
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
            previewFile(previews, prefix, h.inks().get(i)));
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

  /**
   * Where {@link #fire} writes the preview of {@code ink}: {@code PREFIX-INK.png} in {@code
   * previews}.
   */
  public static Path previewFile(Path previews, String prefix, String ink) {
    return previews.resolve(prefix + "-" + ink + ".png");
  }

  /** The printed levels of the last sheet fired with {@code keepPlanes}, per ink. */
  public byte[][] planes() {
    return planes;
  }

  /**
   * Ends of consecutive spans of {@code width} bytes covering a row of {@code stride} bytes (the
   * last span may be shorter).
   */
  private static int[] spans(int stride, int width) {
    int n = (stride + width - 1) / width;
    int[] end = new int[n];
    for (int c = 0; c < n; c++) {
      end[c] = Math.min(stride, (c + 1) * width);
    }
    return end;
  }

  /** The first byte of {@code row} that sets a bit of {@code outside}, or -1. */
  private static int strayByte(byte[] row, int outside) {
    int stray = 0;
    for (byte v : row) {
      stray |= v;
    }
    if ((stray & outside) == 0) {
      return -1;
    }
    int b = 0;
    while ((row[b] & outside) == 0) {
      b++;
    }
    return b;
  }

  /**
   * Adds one row's per-cell drop counts (fields of {@link #PACKED}) to the drops by level and the
   * cells' ink volume (m³), and clears them.
   */
  private static void addCounts(
      int[] counts, long[] levels, double[] volume, double[] cells, int base) {
    long n1 = 0;
    long n2 = 0;
    long n3 = 0;
    for (int c = 0; c < counts.length; c++) {
      int acc = counts[c];
      if (acc == 0) {
        continue;
      }
      counts[c] = 0;
      int c1 = acc & FIELD;
      int c2 = (acc >>> 10) & FIELD;
      int c3 = acc >>> 20;
      n1 += c1;
      n2 += c2;
      n3 += c3;
      cells[base + c] += c1 * volume[1] + c2 * volume[2] + c3 * volume[3];
    }
    levels[1] += n1;
    levels[2] += n2;
    levels[3] += n3;
  }

  /**
   * Counts one nozzle row's drops by level into {@code levels} (when not null) and adds their ink
   * volume (m³) to the row of spans (map cells or preview pixels) starting at {@code out[base]}. A
   * span's drops are summed as {@link #PACKED} fields in one int (an add per byte, no chain of
   * floating-point adds), flushed at most every {@link #FLUSH} bytes so no field overflows.
   */
  private static void fireRow(
      byte[] row, long[] levels, double[] volume, int[] spanEnd, double[] out, int base) {
    int b = 0;
    long n1 = 0;
    long n2 = 0;
    long n3 = 0;
    for (int c = 0; c < spanEnd.length; c++) {
      int e = spanEnd[c];
      double sum = 0;
      while (b < e) {
        int stop = Math.min(e, b + FLUSH);
        int acc = 0;
        for (; b < stop; b++) {
          acc += PACKED[row[b] & 0xff];
        }
        int c1 = acc & FIELD;
        int c2 = (acc >>> 10) & FIELD;
        int c3 = acc >>> 20;
        n1 += c1;
        n2 += c2;
        n3 += c3;
        sum += c1 * volume[1] + c2 * volume[2] + c3 * volume[3];
      }
      out[base + c] += sum;
    }
    if (levels != null) {
      levels[1] += n1;
      levels[2] += n2;
      levels[3] += n3;
    }
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
