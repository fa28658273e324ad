package dev.fusejet.raster.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 16-bit, black and device-colour variants of PWG raster and Apple raster (URF), written by
 * Ghostscript's {@code pwgraster} and {@code urf} devices from a page that is one 16-bit image (72
 * x 36 px at 72 dpi: one image pixel per device pixel, a ramp from black to white over all 2592
 * pixels, 25 of 65535 levels apart, so most samples fall between two 8-bit levels). Each file is
 * compared with two renderings of the same page by the peer: its {@code pgmraw} / {@code ppmraw} /
 * {@code pamcmyk32} devices (written without the raster devices' code) within 1 level, and the same
 * raster device at 8 bits per colour exactly: Ghostscript rounds 16-bit samples to 8 bits, and so
 * must we (taking the high byte instead differs in 18 to 25 % of the samples here).
 */
class RasterDepthTest {

  @TempDir static Path dir;

  static final int W = 72;
  static final int H = 36;

  /**
   * A page whose image has {@code n} components: 1 DeviceGray, 3 DeviceRGB, 4 DeviceCMYK. The first
   * component rises over the page (column-major ramp), the second falls, the third and fourth
   * change with the row.
   */
  static String page(int n) {
    String space = n == 1 ? "/DeviceGray" : n == 3 ? "/DeviceRGB" : "/DeviceCMYK";
    String decode = String.join(" ", java.util.Collections.nCopies(n, "0 1"));
    return """
        %!PS
        /n N def /s 72 36 mul n mul 2 mul string def
        0 1 35 { /y exch def 0 1 71 { /x exch def
          /v x 36 mul y add 65535 mul 2591 idiv def
          0 1 n 1 sub { /c exch def
            /u c 0 eq { v } { c 1 eq { 65535 v sub }
              { c 2 eq { v 2 idiv y 500 mul add } { y 1800 mul } ifelse } ifelse } ifelse def
            /i y 72 mul x add n mul c add 2 mul def
            s i u -8 bitshift put s i 1 add u 255 and put } for } for } for
        SPACE setcolorspace 72 36 scale
        << /ImageType 1 /Width 72 /Height 36 /BitsPerComponent 16 /Decode [DECODE]
           /ImageMatrix [72 0 0 -36 0 36] /DataSource s >> image
        showpage
        """
        .replace("N def", n + " def")
        .replace("SPACE", space)
        .replace("DECODE", decode);
  }

  @BeforeAll
  static void writePages() throws IOException {
    for (int n : new int[] {1, 3, 4}) {
      Files.writeString(dir.resolve("ramp" + n + ".ps"), page(n));
    }
  }

  /** Ghostscript renders {@code ramp<n>.ps} at 72 dpi with {@code args}. */
  static void gs(int n, String... args) throws IOException, InterruptedException {
    Peer.gs(dir, "ramp" + n + ".ps", W, H, "72", args);
  }

  /** Writes {@code out} with {@code device} (pwgraster or urf) at the given colour space/depth. */
  static void raster(String device, int cs, int bits, int n, String out)
      throws IOException, InterruptedException {
    gs(
        n,
        "-sDEVICE=" + device,
        "-dcupsColorSpace=" + cs,
        "-dcupsBitsPerColor=" + bits,
        "-sOutputFile=" + out);
  }

  static int[] decode(String file, String mediaType, boolean cmyk) {
    try (Document doc = Documents.open(dir.resolve(file))) {
      assertThat(doc.mediaType()).isEqualTo(mediaType);
      PageImage img = doc.nextPage();
      assertThat(img).isNotNull();
      assertThat(img.width()).isEqualTo(W);
      assertThat(img.height()).isEqualTo(H);
      assertThat(img.xDpi()).isEqualTo(72.0);
      assertThat(img.cmyk()).isEqualTo(cmyk);
      int[] px = Peer.read(img);
      assertThat(doc.nextPage()).isNull();
      return px;
    }
  }

  /**
   * cupsColorSpace and bits per colour given to Ghostscript; the colour space and bits per pixel
   * its file must then declare (URF numbers its colour spaces itself: 0 sGray, 1 sRGB, 4
   * DeviceGray, 5 DeviceRGB, 6 DeviceCMYK); image components; reference device.
   */
  @ParameterizedTest(name = "{0} cupsColorSpace {1}, {2} bits")
  @CsvSource({
    "pwgraster, 18, 16, 18, 16, 1, pgmraw, pgm", // sgray_16
    "pwgraster, 3, 8, 3, 8, 1, pgmraw, pgm", // black_8
    "pwgraster, 3, 16, 3, 16, 1, pgmraw, pgm", // black_16
    "pwgraster, 19, 16, 19, 48, 3, ppmraw, ppm", // srgb_16
    "pwgraster, 6, 16, 6, 64, 4, pamcmyk32, pam", // cmyk_16
    "urf, 18, 16, 0, 16, 1, pgmraw, pgm", // sGray 16
    "urf, 0, 8, 4, 8, 1, pgmraw, pgm", // DeviceGray 8
    "urf, 0, 16, 4, 16, 1, pgmraw, pgm", // DeviceGray 16
    "urf, 19, 16, 1, 48, 3, ppmraw, ppm", // sRGB 48
    "urf, 1, 8, 5, 24, 3, ppmraw, ppm", // DeviceRGB 24
    "urf, 1, 16, 5, 48, 3, ppmraw, ppm", // DeviceRGB 48
    "urf, 6, 8, 6, 32, 4, pamcmyk32, pam", // DeviceCMYK 32
    "urf, 6, 16, 6, 64, 4, pamcmyk32, pam", // DeviceCMYK 64
  })
  void deepAndBlackRasterMatchesGhostscript(
      String device, int cs, int bits, int fileCs, int fileBpp, int n, String refDevice, String ext)
      throws Exception {
    String base = device + "-" + cs + "-" + bits;
    String file = base + (device.equals("urf") ? ".urf" : ".pwg");
    raster(device, cs, bits, n, file);
    byte[] bytes = Files.readAllBytes(dir.resolve(file));
    if (device.equals("urf")) {
      assertThat(bytes[12] & 0xff).as("URF bits per pixel").isEqualTo(fileBpp);
      assertThat(bytes[13] & 0xff).as("URF colour space").isEqualTo(fileCs);
    } else {
      assertThat(PwgDocument.u32(bytes, 4 + 388)).as("PWG bits per pixel").isEqualTo(fileBpp);
      assertThat(PwgDocument.u32(bytes, 4 + 400)).as("PWG colour space").isEqualTo(fileCs);
    }
    boolean cmyk = n == 4;
    String mediaType = device.equals("urf") ? "image/urf" : "image/pwg-raster";
    int[] got = decode(file, mediaType, cmyk);

    gs(n, "-sDEVICE=" + refDevice, "-sOutputFile=" + base + "." + ext);
    int[] size = new int[2];
    int[] ref = Peer.pnm(dir.resolve(base + "." + ext), size);
    assertThat(size).containsExactly(W, H);
    // Ghostscript's PGM grey is one level darker than its raster devices' grey in 1281 of the 2592
    // pixels (its own grey conversion), and its 8-bit RGB/CMYK devices round 23 pixels the other
    // way: 1 level
    assertThat(RasterDecoderTest.maxDifference(got, ref, cmyk)).as(base).isLessThanOrEqualTo(1);

    if (bits == 16) {
      String eight = base + "-8" + (device.equals("urf") ? ".urf" : ".pwg");
      raster(device, cs, 8, n, eight);
      int[] rounded = decode(eight, mediaType, cmyk);
      assertThat(differing(got, rounded))
          .as("%s: pixels unlike Ghostscript's own 8-bit rounding", base)
          .isZero();
    }
  }

  static int differing(int[] a, int[] b) {
    int count = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        count++;
      }
    }
    return count;
  }

  @Test
  void sixteenBitSamplesRoundToTheNearestLevel() {
    byte[] b = new byte[2];
    for (int v = 0; v < 65536; v++) {
      b[0] = (byte) (v >> 8);
      b[1] = (byte) v;
      int expected = (int) Math.round(v / 257.0);
      if (PwgDocument.to8(b, 0) != expected) {
        assertThat(PwgDocument.to8(b, 0)).as("sample %d", v).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "{0} cupsColorSpace {1}")
  @CsvSource({"pwgraster, 6, 4, 1800", "pwgraster, 3, 1, 1800", "urf, 19, 3, 44", "urf, 6, 4, 44"})
  void truncatedSixteenBitPageNamesTheDocument(String device, int cs, int n, int header)
      throws Exception {
    String full = "full-" + device + cs + ".raster";
    raster(device, cs, 16, n, full);
    byte[] all = Files.readAllBytes(dir.resolve(full));
    // cut inside a pixel of the first lines
    Path cut = dir.resolve("cut-" + device + cs + ".raster");
    assertThat(all.length).isGreaterThan(header + 101);
    Files.write(cut, Arrays.copyOf(all, header + 101));
    assertThatThrownBy(
            () -> {
              try (Document d = Documents.open(cut)) {
                Peer.read(d.nextPage());
              }
            })
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining(cut.getFileName().toString())
        .hasMessageContaining("truncated");
  }

  /** A 16-bit sRGB URF file from Ghostscript, to be damaged by the malformed-input tests. */
  static byte[] urf() throws IOException, InterruptedException {
    raster("urf", 19, 16, 3, "good.urf");
    return Files.readAllBytes(dir.resolve("good.urf"));
  }

  static void assertRefused(String file, byte[] bytes, String... messages) throws IOException {
    Path p = dir.resolve(file);
    Files.write(p, bytes);
    assertThatThrownBy(
            () -> {
              try (Document d = Documents.open(p)) {
                PageImage page;
                while ((page = d.nextPage()) != null) {
                  Peer.read(page);
                }
              }
            })
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining(file)
        .hasMessageContainingAll(messages);
  }

  @Test
  void malformedUrfIsRefusedNamingTheDocument() throws Exception {
    byte[] good = urf();
    assertRefused("half-header.urf", Arrays.copyOf(good, 12 + 20), "page 1 header is truncated");

    byte[] twoPages = good.clone();
    twoPages[11] = 2; // announces two pages, holds one
    assertRefused("missing-page.urf", twoPages, "ends after page 1 of 2 announced");

    byte[] lab = good.clone();
    lab[13] = 2; // CIELab
    assertRefused("lab.urf", lab, "colour space 2 at 48 bits per pixel is not supported");

    byte[] wide = good.clone();
    // 2^30 x 1 px: within the pixel limit, but a line of 6 GB (2^30 x 48 bits overflows an int)
    putU32(wide, 12 + 12, 1 << 30);
    putU32(wide, 12 + 16, 1);
    assertRefused("wide.urf", wide, "a line of 1073741824 px of 48 bits is too long");
  }

  @Test
  void pwgWhoseLineLengthContradictsWidthAndDepthIsRefused() throws Exception {
    raster("pwgraster", 18, 16, 1, "good.pwg");
    byte[] b = Files.readAllBytes(dir.resolve("good.pwg"));
    putU32(b, 4 + 392, 0x7fff_fff0); // cupsBytesPerLine: 2 GB, for 72 px of 16 bits
    assertRefused("long-line.pwg", b, "bytes per line 2147483632 is not 144 for 72 px of 16 bits");
  }

  static void putU32(byte[] b, int i, int v) {
    b[i] = (byte) (v >>> 24);
    b[i + 1] = (byte) (v >>> 16);
    b[i + 2] = (byte) (v >>> 8);
    b[i + 3] = (byte) v;
  }
}
