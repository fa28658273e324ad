package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.config.Catalog;
import dev.fusejet.head.PageReport;
import dev.fusejet.head.SimulatedHead;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fusejet rip}: files written, summary figures consistent with the head data. */
class RipCommandTest {

  @TempDir Path dir;

  /** A 3 x 2 in photo-like test image at 100 dpi: two colour ramps and a black bar. */
  Path photo() throws Exception {
    BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 300; x++) {
        int rgb = y < 20 ? 0 : (255 * x / 300) << 16 | (255 * y / 200) << 8 | 128;
        img.setRGB(x, y, rgb);
      }
    }
    Path f = dir.resolve("photo.png");
    ImageIO.write(img, "png", f.toFile());
    return f;
  }

  @Test
  void ripWritesHeadDataPreviewsAndASummary() throws Exception {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.of(
            "rip",
            photo().toString(),
            "--media",
            "glossy-ldpe-70",
            "--quality",
            "draft",
            "--size",
            "a6",
            "-o",
            out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("sheet 1 rows").contains("100 %");
    Path data = out.resolve("sheet-0001.fjhd");
    assertThat(data).exists();
    for (String ink : new String[] {"cyan", "magenta", "yellow", "black"}) {
      assertThat(out.resolve("sheet-0001-" + ink + ".png")).exists();
    }
    assertThat(out.resolve("summary.txt")).exists();
    PageReport rep;
    try (InputStream in = Files.newInputStream(data)) {
      rep = new SimulatedHead().fire(in, "sheet-0001.fjhd", null, "", false);
    }
    Matcher m = Pattern.compile("([0-9.]+) mL of ink per sheet").matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isCloseTo(rep.totalVolume() * 1e6, within(1e-4));
    assertThat(rep.totalVolume()).isPositive();
    // the ink load never exceeds what the pores hold
    double pores = Catalog.builtIn().medium("glossy-ldpe-70").receiving().poreCapacity();
    assertThat(rep.map().max()).isLessThanOrEqualTo(pores * 1.05);
    assertThat(r.out()).contains("1 sheet(s)").contains("blue-noise").contains("coverage cyan");
    assertThat(String.format(Locale.ROOT, "%.2f", pores * 1e6)).isEqualTo("19.25");
    assertThat(r.out()).contains("pores hold 19.25 mL/m²");
  }

  @Test
  void badDocumentsAndOptionsAreReportedByName() throws Exception {
    CliRun missing =
        CliRun.of(
            "rip",
            dir.resolve("nope.jpg").toString(),
            "--media",
            "glossy-ldpe-70",
            "-o",
            dir.toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("fusejet rip: document nope.jpg: no such file");
    CliRun quality =
        CliRun.of(
            "rip",
            photo().toString(),
            "--media",
            "glossy-ldpe-70",
            "--quality",
            "best",
            "-o",
            dir.toString());
    assertThat(quality.status()).isEqualTo(2);
    assertThat(quality.err()).contains("--quality 'best'");
  }

  /** Bad option values are usage errors (2), echoed as written, and nothing is created. */
  @Test
  void badOptionValuesAreUsageErrorsInTheUsersUnits() throws Exception {
    Path out = dir.resolve("never");
    String[][] cases = {
      {"--resolution", "abc", "--resolution 'abc'"},
      {"--resolution", "0", "--resolution 0 is outside 36 to 5760 dpi"},
      {"--color-mode", "sepia", "--color-mode 'sepia'"},
      {"--margin", "-5", "--margin -5 mm is negative: give 0 mm or more"},
      {"--margin", "60", "--margin 60 mm leaves no printable area on a 4x6 sheet"},
      {"--size", "a3", "--size 'a3' is not one of"},
      {"--size", "0x0in", "--size 0x0in has no area"},
      {"--size", "100x100in", "heat roller is 330 mm long (heat-roller.length)"},
      {"--size", "300x600mm", "at most 482.6 mm (19 in) along the feed"},
      {"--threads", "0", "--threads 0"},
    };
    Path doc = photo();
    for (String[] c : cases) {
      CliRun r = CliRun.of("rip", doc.toString(), c[0], c[1], "-o", out.toString());
      assertThat(r.status()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).contains(c[2]).doesNotContain(" m ").doesNotContain("band rows");
    }
    assertThat(out).doesNotExist();
  }

  /**
   * Option values are read while the command line is parsed (picocli converters), so a bad one is a
   * usage error with the pointer to the help, raised before the catalogue is read (a missing medium
   * file is not reached).
   */
  @Test
  void badValuesAreRefusedWhileTheCommandLineIsParsed() throws Exception {
    Path out = dir.resolve("never");
    Path missing = dir.resolve("missing-medium.yaml");
    CliRun r =
        CliRun.of(
            "rip",
            photo().toString(),
            "--media",
            missing.toString(),
            "--quality",
            "best",
            "-o",
            out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .contains("--quality 'best' is not one of draft, normal, high")
        .contains("See 'fusejet rip --help'")
        .doesNotContain("missing-medium");
    assertThat(out).doesNotExist();
  }

  /** A PWG page of 8 x 100 px sRGB of which only 10 lines are present. */
  Path truncatedPwg() throws Exception {
    java.nio.ByteBuffer h = java.nio.ByteBuffer.allocate(4 + 1796 + 10 * 5);
    h.put("RaS2".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    int base = 4;
    h.putInt(base + 276, 72).putInt(base + 280, 72); // resolution
    h.putInt(base + 372, 8).putInt(base + 376, 100); // width, height
    h.putInt(base + 384, 8).putInt(base + 388, 24).putInt(base + 392, 24); // bpc, bpp, bpl
    h.putInt(base + 400, 19); // sRGB
    h.position(base + 1796);
    for (int y = 0; y < 10; y++) {
      h.put((byte) 0).put((byte) 7).put((byte) 200).put((byte) 30).put((byte) 30);
    }
    Path f = dir.resolve("cut.pwg");
    Files.write(f, h.array());
    return f;
  }

  /**
   * A failed run leaves the output directory as it was (no half-written sheet): one it created,
   * with the parents it created, is gone again; one it was given stays, empty as it was. A run that
   * succeeds replaces every file a run owns, so no stale sheet of an earlier run stays beside its
   * summary, and leaves other files alone.
   */
  @Test
  void failedRunLeavesNothingAndARerunReplacesStaleSheets() throws Exception {
    Path fresh = dir.resolve("fresh").resolve("a").resolve("b");
    CliRun cut =
        CliRun.of("rip", truncatedPwg().toString(), "--no-simulate", "-o", fresh.toString());
    assertThat(cut.status()).as(cut.err()).isEqualTo(1);
    assertThat(cut.err()).contains("cut.pwg").contains("truncated");
    assertThat(dir.resolve("fresh")).doesNotExist();
    Path given = Files.createDirectory(dir.resolve("given"));
    CliRun intoGiven = CliRun.of("rip", truncatedPwg().toString(), "-o", given.toString());
    assertThat(intoGiven.status()).as(intoGiven.err()).isEqualTo(1);
    try (java.util.stream.Stream<Path> left = Files.list(given)) {
      assertThat(left).isEmpty();
    }
    Path out = dir.resolve("out");
    String doc = photo().toString();
    String[] common = {"--quality", "draft", "--size", "a6", "-o", out.toString()};
    CliRun two = CliRun.of(concat(new String[] {"rip", doc, "--copies", "2"}, common));
    assertThat(two.status()).as(two.err()).isZero();
    assertThat(out.resolve("sheet-0002.fjhd")).exists();
    assertThat(out.resolve("sheet-0002-cyan.png")).exists();
    Files.writeString(out.resolve("notes.txt"), "mine");
    CliRun again = CliRun.of("rip", truncatedPwg().toString(), "-o", out.toString());
    assertThat(again.status()).isEqualTo(1);
    assertThat(out.resolve("sheet-0002.fjhd")).exists();
    CliRun one = CliRun.of(concat(new String[] {"rip", doc}, common));
    assertThat(one.status()).as(one.err()).isZero();
    try (java.util.stream.Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "notes.txt",
              "sheet-0001-black.png",
              "sheet-0001-cyan.png",
              "sheet-0001-magenta.png",
              "sheet-0001-yellow.png",
              "sheet-0001.fjhd",
              "summary.txt");
    }
  }

  static String[] concat(String[] a, String[] b) {
    String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
