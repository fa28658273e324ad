package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fusejet.config.Catalog;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"standard", "high-gloss"})
  void answersForEveryPresetCombination(String mode) throws Exception {
    Catalog c = Catalog.builtIn();
    ObjectMapper json = new ObjectMapper();
    for (String m : c.mediaNames()) {
      for (String a : c.apparatusNames()) {
        CliRun r = CliRun.of("window", "--media", m, "--apparatus", a, "--mode", mode, "--json");
        assertThat(r.status()).as(m + " " + a).isIn(0, WindowCommand.NO_ROBUST_POINT);
        JsonNode n = json.readTree(r.out());
        assertThat(n.get("feasible").asBoolean()).isEqualTo(r.status() == 0);
        if (r.status() == 0) {
          double t = n.at("/point/temperatureC").asDouble();
          double dwell = n.at("/point/dwellS").asDouble();
          double tg = n.get("glassTransitionC").asDouble();
          double tm = n.get("meltingTemperatureC").asDouble();
          double g = mode.equals("standard") ? 2 : 6;
          assertThat((t - tg) * dwell).isGreaterThan(g);
          assertThat((t - tm) * dwell).isLessThan(3);
          assertThat(n.get("heatMarginCs").asDouble()).isPositive();
          assertThat(n.get("meltMarginCs").asDouble()).isPositive();
        } else {
          assertThat(n.get("suggestions").size()).isPositive();
          assertThat(n.get("blocking").asText()).isIn("heat", "melt", "both");
        }
      }
    }
  }

  @Test
  void textReportShowsPointAndMargins() {
    CliRun r = CliRun.of("window", "--media", "glossy-ldpe-70");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("Operating point: T = 200 °C, v = 300 mm/s")
        .contains("worst-case margin +");
  }

  @Test
  void runsTheTwinAtThePointAndSaysWhenItAgrees() throws Exception {
    // glossy on the roller nip, standard: 200 °C at 300 mm/s; the twin finds it fused
    CliRun r = CliRun.of("window", "--media", "glossy-ldpe-70");
    assertThat(r.out())
        .contains("Twin at this point (100 % coverage, 8.90 mL/m²)")
        .contains("the twin finds: fused, high gloss; nothing melts; no blister")
        .doesNotContain("Warning");
    JsonNode n =
        new ObjectMapper()
            .readTree(CliRun.of("window", "--media", "glossy-ldpe-70", "--json").out());
    assertThat(n.at("/twin/agreesWithClaims").asBoolean()).isTrue();
    assertThat(n.at("/twin/sinteringDegree").asDouble()).isEqualTo(1.0);
    assertThat(n.at("/twin/meltFraction").asDouble()).isZero();
    assertThat(n.at("/twin/converged").asBoolean()).isTrue();
  }

  @Test
  void warnsWhenTheTwinDisagreesWithTheClaims() throws Exception {
    // lustre on the belt nip, standard: the planner's 181 °C at 400 mm/s (30 ms) satisfies
    // (T - Tg) t > 2, but the twin's particles stay below their sintering temperature
    CliRun r = CliRun.of("window", "--media", "lustre-ldpe-85", "--apparatus", "belt-nip");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("the twin finds: not fused")
        .contains("Warning: the claims promise a fused surface here but the twin finds not fused");
    CliRun j =
        CliRun.of("window", "--media", "lustre-ldpe-85", "--apparatus", "belt-nip", "--json");
    JsonNode n = new ObjectMapper().readTree(j.out());
    assertThat(n.at("/twin/agreesWithClaims").asBoolean()).isFalse();
    assertThat(n.at("/twin/fused").asBoolean()).isFalse();
    assertThat(n.at("/twin/warning").asText()).startsWith("the claims promise a fused surface");
    assertThat(j.err()).contains("fusejet window: warning: the claims promise");
  }

  @Test
  void plotWithTheTwinsBoundaries(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("w.png");
    CliRun r = CliRun.of("window", "--media", "glossy-ldpe-70", "--plot", png.toString(), "--twin");
    assertThat(r.status()).isZero();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isGreaterThan(400);
    Path svg = dir.resolve("w.svg");
    CliRun.of("window", "--media", "glossy-ldpe-70", "--plot", svg.toString(), "--twin");
    assertThat(Files.readString(svg)).contains("twin: fused").contains("twin: melt onset");
  }

  @Test
  void plotsArePngAndSvgWithContent(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("w.png");
    Path svg = dir.resolve("w.svg");
    assertThat(CliRun.of("window", "--plot", png.toString()).status()).isZero();
    assertThat(CliRun.of("window", "--mode", "high-gloss", "--plot", svg.toString()).status())
        .isZero();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(960);
    int coloured = 0;
    for (int y = 0; y < img.getHeight(); y += 4) {
      for (int x = 0; x < img.getWidth(); x += 4) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (g > r + 30 && g > b + 30) {
          coloured++;
        }
      }
    }
    assertThat(coloured).as("green window region pixels").isGreaterThan(500);
    String text = Files.readString(svg);
    assertThat(text)
        .startsWith("<?xml")
        .contains("<svg")
        .contains("polyline")
        .contains("dwell t (ms)");
  }

  @Test
  void infeasibleCaseExplainsInNumbers() {
    CliRun r = CliRun.of("window", "--media", "lustre-ldpe-85", "--mode", "high-gloss");
    assertThat(r.status()).isEqualTo(WindowCommand.NO_ROBUST_POINT);
    assertThat(r.out())
        .contains("No robust operating point")
        .contains("sensor.accuracy")
        .contains(" K");
  }

  @Test
  void badFileGivesClearErrorAndStatus1(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "name: bad\nsupport: {}\n");
    CliRun r = CliRun.of("window", "--media", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(f.toString()).contains("support.paper: missing");
  }

  @Test
  void outsideDesignNeedsOverrideWhichIsRecorded(@TempDir Path dir) throws Exception {
    String text =
        CliRun.preset("media/glossy-ldpe-70.yaml")
            .replace("    thickness: 5 um", "    thickness: 12 um");
    Path f = dir.resolve("thick.yaml");
    Files.writeString(f, text);
    CliRun refused = CliRun.of("window", "--media", f.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err())
        .contains("surface-layer.thickness")
        .contains("12 µm")
        .contains("--override-design");
    CliRun accepted =
        CliRun.of(
            "window", "--media", f.toString(), "--override-design", "trial coating", "--json");
    assertThat(accepted.status()).isZero();
    assertThat(accepted.out()).contains("\"designOverride\" : \"trial coating\"");
  }

  @Test
  void mediaValidateExitCodes(@TempDir Path dir) throws Exception {
    assertThat(CliRun.of("media", "validate", "glossy-ldpe-70").status()).isZero();
    String base = CliRun.preset("media/glossy-ldpe-70.yaml");
    Path outside = dir.resolve("o.yaml");
    Files.writeString(outside, base.replace("porosity: 55 %", "porosity: 75 %"));
    CliRun o = CliRun.of("media", "validate", outside.toString());
    assertThat(o.status()).isEqualTo(3);
    assertThat(o.out()).contains("ink-receiving-layer.porosity").contains("75 %");
    Path error = dir.resolve("e.yaml");
    Files.writeString(error, base.replace("porosity: 55 %", "porosity: 120 %"));
    CliRun e = CliRun.of("media", "validate", error.toString());
    assertThat(e.status()).isEqualTo(1);
    assertThat(e.out()).contains("error").contains("120 %");
    Path typo = dir.resolve("t.yaml");
    Files.writeString(
        typo,
        base.replace("binder: PVA\n    thickness: 30 um", "bindr: PVA\n    thickness: 30 um"));
    CliRun t = CliRun.of("media", "validate", typo.toString());
    assertThat(t.status()).isEqualTo(1);
    assertThat(t.err()).contains("bindr").contains("solvent-absorbing-layer");
  }

  @Test
  void rollerNipWithoutMeasuredWidthUsesTheContactModel(@TempDir Path dir) throws Exception {
    String text =
        CliRun.preset("apparatus/roller-nip.yaml")
            .replace("  measured-width: 6 mm           # -> mean pressure 0.65 MPa\n", "");
    assertThat(text).doesNotContain("measured-width");
    Path f = dir.resolve("model.yaml");
    Files.writeString(f, text);
    CliRun r = CliRun.of("window", "--apparatus", f.toString(), "--json", "--override-design", "x");
    assertThat(r.status()).as(r.err()).isIn(0, WindowCommand.NO_ROBUST_POINT);
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertThat(n.get("nipModel").asText()).isNotEqualTo("MEASURED").isNotEqualTo("BELT");
    // A modelled nip of rubber rollers at 3.9 N/mm is a few millimetres wide.
    assertThat(n.get("nipWidthM").asDouble()).isBetween(1e-3, 15e-3);
    assertThat(n.get("meanPressurePa").asDouble())
        .isCloseTo(
            3900 / n.get("nipWidthM").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void listAndShow() {
    assertThat(CliRun.of("media", "list").out())
        .contains("glossy-ldpe-70", "high-tg-pp-120", "lustre-ldpe-85");
    assertThat(CliRun.of("media", "show", "high-tg-pp-120").out()).contains("pore capacity");
  }
}
