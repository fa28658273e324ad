package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.config.Catalog;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwinCommandTest {

  @Test
  void reportsAndPlotsForEveryPresetMediumAndApparatus(@TempDir Path dir) throws Exception {
    Catalog c = Catalog.builtIn();
    for (String m : c.mediaNames()) {
      for (String a : c.apparatusNames()) {
        Path csv = dir.resolve(m + "-" + a + ".csv");
        Path png = dir.resolve(m + "-" + a + ".png");
        CliRun r =
            CliRun.of(
                "twin",
                "--media",
                m,
                "--apparatus",
                a,
                "--temperature",
                "160 C",
                "--speed",
                "100mm/s",
                "--coverage",
                "250%",
                "--csv",
                csv.toString(),
                "--plot",
                png.toString());
        assertThat(r.status()).as(m + " on " + a + ": " + r.err()).isZero();
        assertThat(r.out())
            .contains("(T - Tg) t  =")
            .contains("(T - T_M) t =")
            .contains("gloss: 20°")
            .contains("blister risk:")
            .contains("energy from the roller:");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("time_s,in_nip,surface_C");
        assertThat(lines.size()).isGreaterThan(50);
        assertThat(lines.stream().filter(l -> l.matches("^[^,]*,1,.*")).count())
            .as("rows inside the nip")
            .isGreaterThan(10);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(400);
      }
    }
  }

  @Test
  void claimedProductsFollowTheOptions() {
    CliRun r =
        CliRun.of(
            "twin",
            "--media",
            "glossy-ldpe-70",
            "--temperature",
            "170 C",
            "--speed",
            "100 mm/s",
            "--no-files");
    assertThat(r.status()).isZero();
    // (170 - 70) °C × 6 mm / 100 mm/s = 6.000 °C·s; (170 - 112) × 0.06 = 3.480 °C·s
    assertThat(r.out()).contains("(T - Tg) t  = 6.000 °C·s").contains("(T - T_M) t = 3.480 °C·s");
  }

  @Test
  void svgPlotHasTheCurvesAndMarks(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("h.svg");
    CliRun r =
        CliRun.of("twin", "--csv", dir.resolve("h.csv").toString(), "--plot", svg.toString());
    assertThat(r.status()).isZero();
    assertThat(Files.readString(svg))
        .contains("<svg")
        .contains("particle layer")
        .contains("resin layer top")
        .contains("nip")
        .contains("T_M");
  }

  @Test
  void badQuantityIsAUsageError() {
    CliRun r = CliRun.of("twin", "--speed", "100", "--no-files");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("'100'");
  }

  @Test
  void mapWritesThreeHeatMapsAndCsvWithProgress(@TempDir Path dir) throws Exception {
    String prefix = dir.resolve("m").toString();
    CliRun r =
        CliRun.of(
            "twin", "map", "--points", "6", "--threads", "2", "--out", prefix, "--format", "svg");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("twin map [").contains("100 %");
    for (String s : new String[] {"-gloss.svg", "-melt.svg", "-blister.svg"}) {
      assertThat(Files.readString(Path.of(prefix + s)))
          .contains("<svg")
          .contains("(T - Tg) t = 2")
          .contains("(T - T_M) t = 3");
    }
    List<String> rows = Files.readAllLines(Path.of(prefix + ".csv"));
    assertThat(rows).hasSize(1 + 36);
  }

  @Test
  void liquidFromTheInkMapOverridesCoverage() {
    CliRun r = CliRun.of("twin", "--liquid", "12 mL/m2", "--coverage", "250%", "--no-files");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("liquid 12.00 mL/m²").doesNotContain("coverage)");
  }

  @Test
  void coverageUsesTheInkSetsDropAndLiquidShare() {
    // 1200 dpi, 4 pL middle drop: 8.93 mL/m² of ink per 100 %; pigment-cmyk is ~86 % liquid by
    // volume (water ~70 % by mass plus glycerol), so 100 % gives 7-8.5 mL/m² of liquid
    CliRun r = CliRun.of("twin", "--coverage", "100%", "--no-files");
    assertThat(r.status()).isZero();
    String s = r.out().replaceAll("(?s).*liquid ([0-9.]+) mL/m².*", "$1");
    assertThat(Double.parseDouble(s)).isBetween(7.0, 8.5);
  }

  /**
   * The twin's own parameters come from a settings file when one is given (they could only be set
   * in code): the contact conductance the file names is the one the pass used, and the surface peak
   * falls with it; a value outside its physical range is refused naming the file and key.
   */
  @Test
  void twinSettingsFileIsUsed(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("twin.yaml"), "front-contact: 20000\n");
    CliRun base = CliRun.of("twin", "--no-files");
    CliRun set = CliRun.of("twin", "--no-files", "--twin-settings", f.toString());
    assertThat(set.status()).as(set.err()).isZero();
    assertThat(set.out()).contains("contact 20000 W/(m²·K)");
    assertThat(base.out()).doesNotContain("contact 20000 W/(m²·K)");
    assertThat(peak(set.out())).isLessThan(peak(base.out()) - 1);
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "front-contact: 10\n");
    CliRun r = CliRun.of("twin", "--no-files", "--twin-settings", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(bad.toString()).contains("front-contact").doesNotContain("\tat ");
    for (String cmd : new String[] {"twin", "twin map"}) {
      assertThat(CliRun.of((cmd + " --help").split(" ")).out()).as(cmd).contains("--twin-settings");
    }
  }

  /** The particle layer's peak (°C) in twin's report. */
  private static double peak(String out) {
    return Double.parseDouble(
        out.replaceAll("(?s).*particle layer[^\\n]*?peak ([0-9.]+) °C.*", "$1"));
  }

  @Test
  void mapRejectsAnUnknownFormat() {
    CliRun r = CliRun.of("twin", "map", "--points", "3", "--format", "gif");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("gif");
  }
}
