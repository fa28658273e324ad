package dev.fusejet.colour;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes an ICC version 2.4 output profile (ICC.1:2001-04): device class {@code prtr}, data colour
 * space CMYK (or another n-channel space), PCS CIELAB; tags {@code desc}, {@code cprt}, {@code
 * wtpt}, {@code A2B0}, {@code A2B1}, {@code A2B2}, {@code B2A0}, {@code B2A1}, {@code B2A2} as
 * {@code lut16Type} with identity matrix and identity curves. Lab is in the version 2 16-bit
 * encoding: L* 0..100 as 0..0xFF00, a* and b* -128..127.996 as 0..0xFFFF.
 */
final class IccWriter {
  private IccWriter() {}

  /** One lut16 table: a grid of {@code grid^in} nodes, {@code out} 16-bit values each. */
  static final class Lut {
    private final int in;
    private final int out;
    private final int grid;
    private final char[] clut;

    Lut(int in, int out, int grid, char[] clut) {
      this.in = in;
      this.out = out;
      this.grid = grid;
      this.clut = clut;
    }

    int in() {
      return in;
    }

    int out() {
      return out;
    }

    int grid() {
      return grid;
    }

    char[] clut() {
      return clut;
    }
  }

  static byte[] write(
      String description,
      String copyright,
      String colourSpace,
      Xyz mediaWhite,
      Lut a2b0,
      Lut a2b1,
      Lut b2a0,
      Lut b2a1,
      LocalDateTime created) {
    List<String> sigs = new ArrayList<>();
    List<byte[]> data = new ArrayList<>();
    sigs.add("desc");
    data.add(desc(description));
    sigs.add("cprt");
    data.add(text(copyright));
    sigs.add("wtpt");
    data.add(xyz(mediaWhite));
    byte[] a0 = lut(a2b0);
    byte[] a1 = a2b1.equals(a2b0) ? a0 : lut(a2b1);
    byte[] b0 = lut(b2a0);
    byte[] b1 = b2a1.equals(b2a0) ? b0 : lut(b2a1);
    sigs.add("A2B0");
    data.add(a0);
    sigs.add("A2B1");
    data.add(a1);
    sigs.add("A2B2");
    data.add(a0); // saturation: as perceptual
    sigs.add("B2A0");
    data.add(b0);
    sigs.add("B2A1");
    data.add(b1);
    sigs.add("B2A2");
    data.add(b0);
    // layout: header, tag table, then each distinct data block, 4-byte aligned
    int tableSize = 4 + 12 * sigs.size();
    int offset = 128 + tableSize;
    List<byte[]> distinct = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    int[] tagOffset = new int[sigs.size()];
    for (int i = 0; i < sigs.size(); i++) {
      byte[] d = data.get(i);
      int found = -1;
      for (int j = 0; j < distinct.size(); j++) {
        if (Arrays.equals(distinct.get(j), d)) {
          found = j;
        }
      }
      if (found < 0) {
        distinct.add(d);
        offsets.add(offset);
        tagOffset[i] = offset;
        offset += (d.length + 3) & ~3;
      } else {
        tagOffset[i] = offsets.get(found);
      }
    }
    int size = offset;
    ByteBuffer b = ByteBuffer.allocate(size);
    b.putInt(size);
    b.put(ascii("lcms")); // preferred CMM
    b.putInt(0x02400000); // version 2.4
    b.put(ascii("prtr"));
    b.put(ascii(pad4(colourSpace)));
    b.put(ascii("Lab "));
    b.putShort((short) created.getYear());
    b.putShort((short) created.getMonthValue());
    b.putShort((short) created.getDayOfMonth());
    b.putShort((short) created.getHour());
    b.putShort((short) created.getMinute());
    b.putShort((short) created.getSecond());
    b.put(ascii("acsp"));
    b.putInt(0); // platform
    b.putInt(0); // flags
    b.putInt(0); // manufacturer
    b.putInt(0); // model
    b.putLong(0); // attributes: reflective, glossy
    b.putInt(0); // rendering intent: perceptual
    s15(b, Xyz.D50.x());
    s15(b, Xyz.D50.y());
    s15(b, Xyz.D50.z());
    b.put(ascii("fjet")); // creator
    b.position(128);
    b.putInt(sigs.size());
    for (int i = 0; i < sigs.size(); i++) {
      b.put(ascii(sigs.get(i)));
      b.putInt(tagOffset[i]);
      b.putInt(data.get(i).length);
    }
    for (int j = 0; j < distinct.size(); j++) {
      b.position(offsets.get(j));
      b.put(distinct.get(j));
    }
    return b.array();
  }

  private static String pad4(String s) {
    return (s + "    ").substring(0, 4);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static void s15(ByteBuffer b, double v) {
    b.putInt((int) Math.round(v * 65536));
  }

  private static byte[] desc(String s) {
    byte[] t = ascii(s.replaceAll("[^\\x20-\\x7e]", "?"));
    ByteBuffer b = ByteBuffer.allocate(12 + t.length + 1 + 4 + 4 + 2 + 1 + 67);
    b.put(ascii("desc"));
    b.putInt(0);
    b.putInt(t.length + 1);
    b.put(t);
    b.put((byte) 0);
    b.putInt(0); // Unicode language
    b.putInt(0); // Unicode count
    b.putShort((short) 0); // ScriptCode code
    b.put((byte) 0); // ScriptCode count
    b.put(new byte[67]);
    return b.array();
  }

  private static byte[] text(String s) {
    byte[] t = ascii(s.replaceAll("[^\\x20-\\x7e]", "?"));
    ByteBuffer b = ByteBuffer.allocate(8 + t.length + 1);
    b.put(ascii("text"));
    b.putInt(0);
    b.put(t);
    b.put((byte) 0);
    return b.array();
  }

  private static byte[] xyz(Xyz c) {
    ByteBuffer b = ByteBuffer.allocate(20);
    b.put(ascii("XYZ "));
    b.putInt(0);
    s15(b, c.x());
    s15(b, c.y());
    s15(b, c.z());
    return b.array();
  }

  private static byte[] lut(Lut l) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer h = ByteBuffer.allocate(52);
    h.put(ascii("mft2"));
    h.putInt(0);
    h.put((byte) l.in());
    h.put((byte) l.out());
    h.put((byte) l.grid());
    h.put((byte) 0);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        s15(h, r == c ? 1 : 0);
      }
    }
    h.putShort((short) 2); // input table entries
    h.putShort((short) 2); // output table entries
    out.writeBytes(h.array());
    ByteBuffer curves = ByteBuffer.allocate(4 * Math.max(l.in(), l.out()));
    for (int i = 0; i < l.in(); i++) {
      curves.putChar((char) 0);
      curves.putChar((char) 0xffff);
    }
    out.write(curves.array(), 0, 4 * l.in());
    ByteBuffer clut = ByteBuffer.allocate(2 * l.clut().length);
    for (char c : l.clut()) {
      clut.putChar(c);
    }
    out.writeBytes(clut.array());
    curves.clear();
    for (int i = 0; i < l.out(); i++) {
      curves.putChar((char) 0);
      curves.putChar((char) 0xffff);
    }
    out.write(curves.array(), 0, 4 * l.out());
    return out.toByteArray();
  }

  /** Encodes L* (0..100) as a version 2 16-bit value. */
  static char encodeL(double l) {
    return (char) Math.round(Math.max(0, Math.min(65535, l * 652.80)));
  }

  /** Encodes a* or b* as a version 2 16-bit value. */
  static char encodeAb(double v) {
    return (char) Math.round(Math.max(0, Math.min(65535, (v + 128) * 256)));
  }

  /** Decodes a version 2 16-bit L*. */
  static double decodeL(int v) {
    return v / 652.80;
  }

  /** Decodes a version 2 16-bit a* or b*. */
  static double decodeAb(int v) {
    return v / 256.0 - 128;
  }
}
