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
    assertThat(quality.status()).isEqualTo(1);
    assertThat(quality.err()).contains("--quality 'best'");
  }
}
