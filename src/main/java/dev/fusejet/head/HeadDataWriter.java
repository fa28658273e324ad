package dev.fusejet.head;

import dev.fusejet.raster.Band;
import dev.fusejet.raster.BandConsumer;
import dev.fusejet.raster.PageInfo;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Turns bands into head data ({@link HeadData}): keeps the rows the head spans in a ring, and
 * writes each pass as soon as every row under its nozzles has arrived. Memory: the head's span
 * ((nozzles - 1) * pitch + 2 rows) per ink, whatever the page height.
 */
public final class HeadDataWriter implements BandConsumer {

  private final HeadModel head;
  private final int shingle;
  private final boolean bidirectional;
  private final Function<PageInfo, OutputStream> sink;

  private PageInfo page;
  private HeadData data;
  private DataOutputStream out;
  private byte[][] ring;
  private int ringRows;
  private int received;
  private int nextPass;
  private long drops;
  private int passesWritten;
  private final PackBits.Buffer payload = new PackBits.Buffer();
  private byte[] zeroRow;
  private static final int[] BITS = new int[256];

  static {
    for (int b = 0; b < 256; b++) {
      int n = 0;
      for (int k = 0; k < 4; k++) {
        n += ((b >> (2 * k)) & 3) != 0 ? 1 : 0;
      }
      BITS[b] = n;
    }
  }

  /**
   * A writer.
   *
   * @param head the head
   * @param shingle passes per row: 1, 2 or 4
   * @param bidirectional print both ways
   * @param sink the stream for each sheet (closed by the writer at the sheet's end)
   */
  public HeadDataWriter(
      HeadModel head, int shingle, boolean bidirectional, Function<PageInfo, OutputStream> sink) {
    this.head = head;
    this.shingle = shingle;
    this.bidirectional = bidirectional;
    this.sink = sink;
  }

  @Override
  public void startPage(PageInfo p) {
    if (!p.inks().equals(head.inks())) {
      throw new IllegalArgumentException(
          "the head's nozzle rows " + head.inks() + " do not match the page's inks " + p.inks());
    }
    page = p;
    PassPlan plan =
        PassPlan.plan(p.height(), head.nozzles(), head.pitchRows(p.yDpi()), shingle, bidirectional);
    double[] v = head.dropVolumes();
    data =
        new HeadData(
            p.inks(),
            p.width(),
            p.height(),
            p.xDpi(),
            p.yDpi(),
            plan,
            v[0],
            v[1],
            v[2],
            head.passTime(p.width(), p.xDpi()));
    int stride = data.stride();
    ringRows = (plan.nozzles() - 1) * plan.pitchRows() + 2;
    ring = new byte[p.inks().size()][ringRows * stride];
    zeroRow = new byte[stride];
    received = 0;
    nextPass = plan.firstPass();
    drops = 0;
    passesWritten = 0;
    out = new DataOutputStream(new java.io.BufferedOutputStream(sink.apply(p), 1 << 16));
    try {
      out.writeInt(HeadData.MAGIC);
      out.writeShort(HeadData.VERSION);
      out.writeShort(p.inks().size());
      out.writeInt(p.width());
      out.writeInt(p.height());
      out.writeDouble(p.xDpi());
      out.writeDouble(p.yDpi());
      out.writeInt(plan.nozzles());
      out.writeInt(plan.pitchRows());
      out.writeByte(plan.shingle());
      out.writeByte(plan.bidirectional() ? 1 : 0);
      out.writeShort(plan.advance());
      out.writeInt(plan.firstPass());
      out.writeInt(plan.lastPass());
      for (double d : v) {
        out.writeDouble(d);
      }
      out.writeDouble(data.passTime());
      for (String ink : p.inks()) {
        byte[] b = ink.getBytes(StandardCharsets.UTF_8);
        out.writeByte(b.length);
        out.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write head data of sheet " + p.sheet(), e);
    }
  }

  @Override
  public void band(Band band) {
    int stride = data.stride();
    for (int r = 0; r < band.rows(); r++) {
      int y = band.y0() + r;
      int slot = (y % ringRows) * stride;
      for (int i = 0; i < ring.length; i++) {
        System.arraycopy(band.plane(i), r * stride, ring[i], slot, stride);
        drops += count(band.plane(i), r * stride, stride); // each pixel is fired exactly once
      }
      received = y + 1;
      PassPlan plan = data.plan();
      while (nextPass <= plan.lastPass() && plan.lastRow(nextPass) < received) {
        writePass(nextPass++);
      }
    }
  }

  @Override
  public void endPage(PageInfo p) {
    PassPlan plan = data.plan();
    while (nextPass <= plan.lastPass()) {
      writePass(nextPass++);
    }
    try {
      out.writeInt(HeadData.END);
      out.writeLong(drops);
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write head data of sheet " + p.sheet(), e);
    }
  }

  /** Passes written for the current (or last) sheet. */
  public int passesWritten() {
    return passesWritten;
  }

  private void writePass(int pass) {
    PassPlan plan = data.plan();
    int stride = data.stride();
    int height = data.height();
    payload.reset();
    boolean any = false;
    for (int i = 0; i < ring.length; i++) {
      byte[] plane = ring[i];
      for (int j = 0; j < plan.nozzles(); j++) {
        int y = plan.row(pass, j);
        if (y < 0 || y >= height) {
          PackBits.encode(zeroRow, 0, stride, payload);
          continue;
        }
        any = true;
        int slot = (y % ringRows) * stride;
        PackBits.encode(plane, slot, stride, mask(plan.shingle(), plan.phase(j)), payload);
      }
    }
    if (!any) {
      return;
    }
    try {
      out.writeInt(HeadData.PASS);
      out.writeInt(pass);
      out.writeInt(plan.row(pass, 0));
      out.writeByte(plan.reverse(pass) ? 1 : 0);
      out.writeByte(0);
      out.writeShort(0);
      out.writeInt(payload.size);
      out.write(payload.bytes, 0, payload.size);
      passesWritten++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write head data of sheet " + page.sheet(), e);
    }
  }

  /**
   * Drops in {@code b[off .. off + len)}: 2-bit fields that are not 0. Eight bytes at a time: a
   * field's two bits ORed into its low bit, the low bits counted.
   */
  private static long count(byte[] b, int off, int len) {
    long n = 0;
    int k = off;
    for (; k + 8 <= off + len; k += 8) {
      long v = (long) LONGS.get(b, k);
      n += Long.bitCount((v | (v >>> 1)) & 0x5555_5555_5555_5555L);
    }
    for (; k < off + len; k++) {
      n += BITS[b[k] & 0xff];
    }
    return n;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Bits of a packed byte that belong to pixels of column phase {@code phase}. */
  static int mask(int shingle, int phase) {
    return switch (shingle) {
      case 1 -> 0xff;
      case 2 -> phase == 0 ? 0xcc : 0x33;
      default -> 0xc0 >> (2 * phase);
    };
  }
}
