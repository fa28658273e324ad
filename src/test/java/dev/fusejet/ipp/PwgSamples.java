package dev.fusejet.ipp;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PWG raster sample files {@code ipp-everywhere.test} names ({@code
 * pwg-raster-samples-300dpi/srgb-8/document-a4-srgb-8-300dpi.pwg} and so on), written as PWG 5102.4
 * raster at the resolution, colour space and page size in each name: a white page with a band of
 * four colour patches. CUPS does not ship these files and Debian's ipptool 2.4.2 stops reading a
 * test file at the first FILE that is missing, even in a test it would skip; the printer prints
 * those at resolutions it supports.
 */
final class PwgSamples {
  private PwgSamples() {}

  private static final Pattern NAME =
      Pattern.compile(
          "pwg-raster-samples-(\\d+)dpi/([a-z]+-\\d+)/(color\\.jpg-4x6|gray\\.jpg-4x6|document-a4|document-letter|onepage-a4|onepage-letter)-[a-z]+-\\d+-\\d+dpi\\.pwg");

  /** Every sample file {@code testFile} names. */
  static List<String> named(Path testFile) throws IOException {
    Set<String> files = new LinkedHashSet<>();
    Matcher m =
        Pattern.compile("FILE (pwg-raster-samples\\S+)").matcher(Files.readString(testFile));
    while (m.find()) {
      files.add(m.group(1));
    }
    return new ArrayList<>(files);
  }

  /** Writes every sample {@code testFile} names under {@code dir}. */
  static void writeAll(Path dir, Path testFile) throws IOException {
    for (String f : named(testFile)) {
      Matcher m = NAME.matcher(f);
      if (!m.matches()) {
        throw new IllegalStateException("unexpected sample name " + f);
      }
      int dpi = Integer.parseInt(m.group(1));
      String type = m.group(2).replace('-', '_');
      String doc = m.group(3);
      double wIn;
      double hIn;
      if (doc.endsWith("4x6")) {
        wIn = 4;
        hIn = 6;
      } else if (doc.endsWith("a4")) {
        wIn = 210 / 25.4;
        hIn = 297 / 25.4;
      } else {
        wIn = 8.5;
        hIn = 11;
      }
      Path out = dir.resolve(f);
      Files.createDirectories(out.getParent());
      write(out, type, dpi, wIn, hIn);
    }
  }

  /** One page of {@code type} (black_1, sgray_8, srgb_8, srgb_16, cmyk_8) at {@code dpi}. */
  static void write(Path file, String type, int dpi, double wIn, double hIn) throws IOException {
    int w = (int) Math.round(wIn * dpi) / 8 * 8;
    int h = (int) Math.round(hIn * dpi);
    int bitsPerColor;
    int colors;
    int space;
    switch (type) {
      case "black_1" -> {
        bitsPerColor = 1;
        colors = 1;
        space = 3;
      }
      case "sgray_8" -> {
        bitsPerColor = 8;
        colors = 1;
        space = 18;
      }
      case "srgb_8" -> {
        bitsPerColor = 8;
        colors = 3;
        space = 19;
      }
      case "srgb_16" -> {
        bitsPerColor = 16;
        colors = 3;
        space = 19;
      }
      case "cmyk_8" -> {
        bitsPerColor = 8;
        colors = 4;
        space = 6;
      }
      default -> throw new IllegalArgumentException(type);
    }
    int bitsPerPixel = bitsPerColor * colors;
    int bytesPerLine = (w * bitsPerPixel + 7) / 8;
    int unit = Math.max(1, bitsPerPixel / 8);
    byte[] white = pixel(type, 255, 255, 255);
    int[][] patches = {{0, 160, 230}, {220, 30, 120}, {250, 220, 20}, {20, 20, 20}};
    byte[] whiteLine = line(w, unit, type, white, null);
    byte[] bandLine = line(w, unit, type, white, patches);
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        DataOutputStream out = new DataOutputStream(raw)) {
      out.write("RaS2".getBytes(StandardCharsets.US_ASCII));
      out.write(
          header(w, h, dpi, bitsPerColor, bitsPerPixel, bytesPerLine, space, colors, wIn, hIn));
      int top = h / 3;
      int bottom = h / 2;
      rows(out, whiteLine, top);
      rows(out, bandLine, bottom - top);
      rows(out, whiteLine, h - bottom);
    }
  }

  private static void rows(DataOutputStream out, byte[] encoded, int count) throws IOException {
    while (count > 0) {
      int n = Math.min(256, count);
      out.write(n - 1);
      out.write(encoded);
      count -= n;
    }
  }

  /** One line PackBits-coded: white, or white with four patches over the middle half. */
  private static byte[] line(int w, int unit, String type, byte[] white, int[][] patches) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    List<int[]> runs = new ArrayList<>();
    int units = type.equals("black_1") ? w / 8 : w;
    if (patches == null) {
      runs.add(new int[] {units, -1});
    } else {
      int left = units / 4;
      int seg = units / 8;
      runs.add(new int[] {left, -1});
      for (int i = 0; i < 4; i++) {
        runs.add(new int[] {seg, i});
      }
      runs.add(new int[] {units - left - 4 * seg, -1});
    }
    for (int[] r : runs) {
      byte[] px =
          r[1] < 0 ? white : pixel(type, patches[r[1]][0], patches[r[1]][1], patches[r[1]][2]);
      int left = r[0];
      while (left > 0) {
        int n = Math.min(128, left);
        b.write(n - 1);
        b.write(px, 0, unit);
        left -= n;
      }
    }
    return b.toByteArray();
  }

  /** The bytes of one pixel (one byte of 8 pixels for black_1). */
  private static byte[] pixel(String type, int r, int g, int bl) {
    int grey = (r * 299 + g * 587 + bl * 114) / 1000;
    return switch (type) {
      case "black_1" -> new byte[] {(byte) (grey < 128 ? 0xFF : 0x00)};
      case "sgray_8" -> new byte[] {(byte) grey};
      case "srgb_8" -> new byte[] {(byte) r, (byte) g, (byte) bl};
      case "srgb_16" -> new byte[] {(byte) r, (byte) r, (byte) g, (byte) g, (byte) bl, (byte) bl};
      default -> {
        int k = 255 - Math.max(r, Math.max(g, bl));
        int d = 255 - k;
        yield d == 0
            ? new byte[] {0, 0, 0, (byte) k}
            : new byte[] {
              (byte) ((d - r) * 255 / d),
              (byte) ((d - g) * 255 / d),
              (byte) ((d - bl) * 255 / d),
              (byte) k
            };
      }
    };
  }

  private static byte[] header(
      int w,
      int h,
      int dpi,
      int bpc,
      int bpp,
      int bpl,
      int space,
      int colors,
      double wIn,
      double hIn) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1796);
    b.put(0, "PwgRaster".getBytes(StandardCharsets.US_ASCII));
    b.putInt(276, dpi);
    b.putInt(280, dpi);
    b.putInt(340, 1);
    b.putInt(352, (int) Math.round(wIn * 72));
    b.putInt(356, (int) Math.round(hIn * 72));
    b.putInt(372, w);
    b.putInt(376, h);
    b.putInt(384, bpc);
    b.putInt(388, bpp);
    b.putInt(392, bpl);
    b.putInt(396, 0);
    b.putInt(400, space);
    b.putInt(420, colors);
    b.putInt(452, 1);
    b.putInt(456, 1);
    b.putInt(460, 1);
    return b.array();
  }
}
