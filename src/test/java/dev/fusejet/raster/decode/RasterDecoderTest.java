package dev.fusejet.raster.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PWG raster and Apple raster (URF) written by Ghostscript, decoded and compared pixel for pixel
 * with Ghostscript's own rendering of the same two-page PostScript into PPM/PGM/PBM/PAM.
 */
class RasterDecoderTest {

  @TempDir static Path dir;

  /** Two pages of 72 x 36 pt: red, blue and 50 % grey blocks, then a green page. */
  static final String PS =
      """
      %!PS
      1 0 0 setrgbcolor 0 0 36 36 rectfill
      0 0 1 setrgbcolor 36 0 36 18 rectfill
      0.5 setgray 36 18 36 18 rectfill
      0.2 0.7 0.4 setrgbcolor 4 4 10 10 rectfill
      showpage
      0 1 0 setrgbcolor 0 0 72 36 rectfill
      1 setgray 10 10 20 10 rectfill
      showpage
      """;

  @BeforeAll
  static void writePostScript() throws IOException {
    Files.writeString(dir.resolve("t.ps"), PS);
  }

  @ParameterizedTest(name = "{0} at {1} dpi")
  @CsvSource({
    "srgb_8, 72, 19, 8, ppmraw, ppm",
    "srgb_8, 150, 19, 8, ppmraw, ppm",
    "srgb_16, 72, 19, 16, ppmraw, ppm",
    "sgray_8, 72, 18, 8, pgmraw, pgm",
    "cmyk_8, 72, 6, 8, pamcmyk32, pam",
    "black_1, 72, 3, 1, pbmraw, pbm",
  })
  void pwgRasterMatchesGhostscript(
      String name, String res, int cs, int bits, String refDevice, String ext) throws Exception {
    String pwg = name + "-" + res + ".pwg";
    Peer.gs(
        dir,
        "t.ps",
        72,
        36,
        res,
        "-sDEVICE=pwgraster",
        "-dcupsColorSpace=" + cs,
        "-dcupsBitsPerColor=" + bits,
        "-sOutputFile=" + pwg);
    Peer.gs(
        dir,
        "t.ps",
        72,
        36,
        res,
        "-sDEVICE=" + refDevice,
        "-sOutputFile=" + name + res + "-%d." + ext);
    try (Document doc = Documents.open(dir.resolve(pwg))) {
      assertThat(doc.mediaType()).isEqualTo("image/pwg-raster");
      for (int page = 1; page <= 2; page++) {
        PageImage img = doc.nextPage();
        assertThat(img).as("page %d", page).isNotNull();
        int[] size = new int[2];
        int[] ref = Peer.pnm(dir.resolve(name + res + "-" + page + "." + ext), size);
        assertThat(img.width()).isEqualTo(size[0]);
        assertThat(img.height()).isEqualTo(size[1]);
        assertThat(img.xDpi()).isEqualTo(Double.parseDouble(res));
        assertThat(img.cmyk()).isEqualTo(cs == 6);
        int[] got = Peer.read(img);
        // 16-bit samples are rounded to 8 bits; Ghostscript's sGray and its PGM grey differ by
        // one level in colour conversion (its own, not the decoding)
        int tolerance = bits == 16 || cs == 18 ? 1 : 0;
        assertThat(maxDifference(got, ref, cs == 6))
            .as("%s page %d", name, page)
            .isLessThanOrEqualTo(tolerance);
      }
      assertThat(doc.nextPage()).isNull();
    }
  }

  @ParameterizedTest(name = "URF {0}")
  @CsvSource({"srgb, 19, 8, ppmraw, ppm", "sgray, 18, 8, pgmraw, pgm"})
  void appleRasterMatchesGhostscript(String name, int cs, int bits, String refDevice, String ext)
      throws Exception {
    String urf = name + ".urf";
    Peer.gs(
        dir,
        "t.ps",
        72,
        36,
        "72",
        "-sDEVICE=urf",
        "-dcupsColorSpace=" + cs,
        "-dcupsBitsPerColor=" + bits,
        "-sOutputFile=" + urf);
    Peer.gs(
        dir, "t.ps", 72, 36, "72", "-sDEVICE=" + refDevice, "-sOutputFile=u" + name + "-%d." + ext);
    try (Document doc = Documents.open(dir.resolve(urf))) {
      assertThat(doc.mediaType()).isEqualTo("image/urf");
      for (int page = 1; page <= 2; page++) {
        PageImage img = doc.nextPage();
        int[] size = new int[2];
        int[] ref = Peer.pnm(dir.resolve("u" + name + "-" + page + "." + ext), size);
        assertThat(img.width()).isEqualTo(size[0]);
        assertThat(img.height()).isEqualTo(size[1]);
        // Ghostscript's sGray and PGM grey differ by one level in its own colour conversion
        assertThat(maxDifference(Peer.read(img), ref, false)).isLessThanOrEqualTo(cs == 18 ? 1 : 0);
      }
      assertThat(doc.nextPage()).isNull();
    }
  }

  @Test
  void plainGhostscriptUrfIsOneBitGreyWithSetBitsBlack() throws Exception {
    // gs -sDEVICE=urf with no colour options writes 1-bit grey; its PBM of the page is the
    // reference
    Peer.gs(dir, "t.ps", 72, 36, "72", "-sDEVICE=urf", "-sOutputFile=plain.urf");
    Peer.gs(dir, "t.ps", 72, 36, "72", "-sDEVICE=pbmraw", "-sOutputFile=plain-%d.pbm");
    try (Document doc = Documents.open(dir.resolve("plain.urf"))) {
      for (int page = 1; page <= 2; page++) {
        PageImage img = doc.nextPage();
        int[] size = new int[2];
        int[] ref = Peer.pnm(dir.resolve("plain-" + page + ".pbm"), size);
        assertThat(img.width()).isEqualTo(size[0]);
        assertThat(img.height()).isEqualTo(size[1]);
        int[] got = Peer.read(img);
        assertThat(maxDifference(got, ref, false)).isZero();
        assertThat(java.util.Arrays.stream(got).distinct().count()).isEqualTo(2);
      }
      assertThat(doc.nextPage()).isNull();
    }
  }

  @Test
  void pdfRenderedBandByBandMatchesGhostscript() throws Exception {
    // the shared page plus a part left unpainted: paper white must stay white
    Files.writeString(
        dir.resolve("p.ps"),
        PS.replace("0 1 0 setrgbcolor 0 0 72 36 rectfill", "0 1 0 setrgbcolor 0 0 40 20 rectfill"));
    Peer.gs(dir, "p.ps", 72, 36, "72", "-sDEVICE=pdfwrite", "-sOutputFile=t.pdf");
    Peer.gs(
        dir,
        "t.pdf",
        72,
        36,
        "288",
        "-sDEVICE=ppmraw",
        "-dGraphicsAlphaBits=1",
        "-sOutputFile=pdf-%d.ppm");
    try (Document doc = Documents.open(dir.resolve("t.pdf"))) {
      assertThat(doc.mediaType()).isEqualTo("application/pdf");
      PageImage page = doc.nextPage();
      assertThat(page.width()).isEqualTo(72);
      assertThat(page.scalable()).isTrue();
      PageImage hi = page.rendered(4, 4); // 288 dpi: 288 x 144 px, rendered in bands of 128 rows
      int[] size = new int[2];
      int[] ref = Peer.pnm(dir.resolve("pdf-1.ppm"), size);
      assertThat(hi.width()).isEqualTo(size[0]);
      assertThat(hi.height()).isEqualTo(size[1]);
      int[] got = Peer.read(hi);
      // compare away from the block edges, where anti-aliasing differs between renderers
      int bad = 0;
      for (int y = 2; y < size[1] - 2; y++) {
        for (int x = 2; x < size[0] - 2; x++) {
          if (edge(ref, size[0], x, y)) {
            continue;
          }
          if (difference(got[y * size[0] + x], ref[y * size[0] + x], false) > 3) {
            bad++;
          }
        }
      }
      assertThat(bad).isZero();
      Peer.gs(
          dir,
          "t.pdf",
          72,
          36,
          "288",
          "-sDEVICE=ppmraw",
          "-dGraphicsAlphaBits=1",
          "-sOutputFile=pdf2-%d.ppm");
      int[] ref2 = Peer.pnm(dir.resolve("pdf2-2.ppm"), size);
      int[] got2 = Peer.read(doc.nextPage().rendered(4, 2)); // 288 x 72 dpi: x and y scale apart
      assertThat(got2[0]).as("unpainted paper, top left").isEqualTo(0xffffff);
      int w2 = 72 * 4;
      assertThat(got2.length).isEqualTo(w2 * 36 * 2);
      assertThat(got2[got2.length - w2]).as("green block, bottom left").isEqualTo(0x00ff00);
      assertThat(got2[got2.length - 1]).as("paper, bottom right").isEqualTo(0xffffff);
      assertThat(ref2[size[0] - 1]).isEqualTo(0xffffff);
      assertThat(doc.nextPage()).isNull();
    }
  }

  @Test
  void truncatedPwgNamesTheDocumentAndTheProblem() throws Exception {
    Peer.gs(
        dir,
        "t.ps",
        72,
        36,
        "72",
        "-sDEVICE=pwgraster",
        "-dcupsColorSpace=19",
        "-dcupsBitsPerColor=8",
        "-sOutputFile=full.pwg");
    byte[] all = Files.readAllBytes(dir.resolve("full.pwg"));
    Path cut = dir.resolve("cut.pwg");
    Files.write(cut, java.util.Arrays.copyOf(all, 4 + 1796 + 20));
    assertThatThrownBy(
            () -> {
              try (Document d = Documents.open(cut)) {
                Peer.read(d.nextPage());
              }
            })
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("cut.pwg")
        .hasMessageContaining("truncated");
    Path header = dir.resolve("half-header.pwg");
    Files.write(header, java.util.Arrays.copyOf(all, 4 + 1000));
    assertThatThrownBy(() -> Documents.open(header).nextPage())
        .hasMessageContaining("half-header.pwg")
        .hasMessageContaining("header is truncated");
  }

  @Test
  void oversizedPwgIsRefusedBeforeDecoding() throws Exception {
    Peer.gs(
        dir,
        "t.ps",
        72,
        36,
        "72",
        "-sDEVICE=pwgraster",
        "-dcupsColorSpace=19",
        "-dcupsBitsPerColor=8",
        "-sOutputFile=big.pwg");
    byte[] b = Files.readAllBytes(dir.resolve("big.pwg"));
    // cupsWidth = cupsHeight = 100000 px: 10 Gpx
    for (int off : new int[] {4 + 372, 4 + 376}) {
      b[off] = 0;
      b[off + 1] = 1;
      b[off + 2] = (byte) 0x86;
      b[off + 3] = (byte) 0xa0;
    }
    Path big = dir.resolve("huge.pwg");
    Files.write(big, b);
    assertThatThrownBy(() -> Documents.open(big).nextPage())
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("huge.pwg")
        .hasMessageContaining("100000 x 100000")
        .hasMessageContaining("exceeds the limit");
  }

  @Test
  void unknownAndEmptyFilesAreRefused() throws IOException {
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "hello, printer");
    assertThatThrownBy(() -> Documents.open(text))
        .hasMessageContaining("notes.txt")
        .hasMessageContaining("unknown format");
    Path empty = dir.resolve("empty.jpg");
    Files.write(empty, new byte[0]);
    assertThatThrownBy(() -> Documents.open(empty))
        .hasMessageContaining("empty.jpg: file is empty");
    assertThatThrownBy(() -> Documents.open(dir.resolve("missing.pdf")))
        .hasMessageContaining("missing.pdf")
        .hasMessageContaining("no such file");
  }

  static boolean edge(int[] px, int w, int x, int y) {
    int c = px[y * w + x];
    for (int dy = -2; dy <= 2; dy++) {
      for (int dx = -2; dx <= 2; dx++) {
        if (px[(y + dy) * w + x + dx] != c) {
          return true;
        }
      }
    }
    return false;
  }

  static int maxDifference(int[] a, int[] b, boolean cmyk) {
    int max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, difference(a[i], b[i], cmyk));
    }
    return max;
  }

  static int difference(int a, int b, boolean cmyk) {
    int max = 0;
    for (int s = 0; s < (cmyk ? 32 : 24); s += 8) {
      max = Math.max(max, Math.abs(((a >>> s) & 0xff) - ((b >>> s) & 0xff)));
    }
    return max;
  }
}
