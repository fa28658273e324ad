package dev.fusejet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.ApparatusValidator;
import dev.fusejet.ink.InkSet;
import dev.fusejet.ink.InkSetValidator;
import dev.fusejet.media.Medium;
import dev.fusejet.media.MediumValidator;
import dev.fusejet.validation.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
  private final Catalog catalog = Catalog.builtIn();

  @Test
  void everyMediumPresetLoadsAndIsWithinTheDesign() {
    for (String name : catalog.mediaNames()) {
      Medium m = catalog.medium(name);
      assertThat(m.name()).isEqualTo(name);
      var report = MediumValidator.validate(m);
      assertThat(report.of(Severity.ERROR)).as(name).isEmpty();
      assertThat(report.of(Severity.OUTSIDE_DESIGN_RANGE)).as(name).isEmpty();
    }
  }

  @Test
  void glossyPresetValuesAreConvertedToSi() {
    Medium m = catalog.medium("glossy-ldpe-70");
    assertThat(m.receiving().surface().thickness()).isCloseTo(5e-6, within(1e-15));
    assertThat(m.glassTransition()).isCloseTo(70, within(1e-12));
    assertThat(m.receiving().surface().resin().meanDiameter()).isCloseTo(200e-9, within(1e-18));
    assertThat(m.receiving().porosity()).isCloseTo(0.55, within(1e-12));
    // pore capacity = 0.55 x 35 µm = 19.25 mL/m² (physics reference 5.2)
    assertThat(m.receiving().poreCapacity()).isCloseTo(19.25e-6, within(1e-12));
  }

  @Test
  void everyApparatusPresetLoadsWithinTheDesign() {
    for (String name : catalog.apparatusNames()) {
      Apparatus a = catalog.apparatus(name);
      double width =
          a.nip().measuredWidth().orElse(a.belt() != null ? a.belt().nipLength() : Double.NaN);
      var report = ApparatusValidator.validate(a, a.nip().lineLoad() / width);
      assertThat(report.of(Severity.ERROR)).as(name).isEmpty();
      assertThat(report.of(Severity.OUTSIDE_DESIGN_RANGE)).as(name).isEmpty();
    }
  }

  @Test
  void inkPresetLoadsAndIsValid() {
    InkSet set = catalog.inkSet("pigment-cmyk");
    assertThat(set.inks()).hasSize(4);
    assertThat(set.dropSizes().get(0).volume()).isCloseTo(2e-15, within(1e-24));
    assertThat(InkSetValidator.validate(set).findings()).isEmpty();
  }

  @Test
  void unknownKeyIsNamedWithItsPath(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("m.yaml");
    String text =
        new String(
                Catalog.class
                    .getResourceAsStream("presets/media/glossy-ldpe-70.yaml")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("    density: 800 kg/m3", "    density: 800 kg/m3\n    densty: 3");
    Files.writeString(f, text);
    assertThatThrownBy(() -> catalog.medium(f.toString()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("support.paper")
        .hasMessageContaining("densty");
  }

  @Test
  void valueWithoutUnitIsRejectedNamingTheUnits(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("m.yaml");
    String text =
        new String(
                Catalog.class
                    .getResourceAsStream("presets/media/glossy-ldpe-70.yaml")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("    thickness: 5 um", "    thickness: 5");
    Files.writeString(f, text);
    assertThatThrownBy(() -> catalog.medium(f.toString()))
        .hasMessageContaining("ink-receiving-layer.surface-layer.thickness")
        .hasMessageContaining("no unit")
        .hasMessageContaining("um")
        // no example in metres: '5 m' for a 5 µm layer is a million times the thickness meant
        .hasMessageNotContaining("'5 m'");
  }

  /**
   * A file in the working directory named without a path or a .yaml ending is read as the file it
   * is, so its problem is named (a PDF given as --media read as "no medium named 's.pdf'").
   */
  @Test
  void aFileOfAnyNameIsReadAsTheFile() throws Exception {
    Path f = Path.of("catalog-test-medium.pdf");
    Files.writeString(f, "%PDF-1.4\n");
    try {
      assertThatThrownBy(() -> catalog.medium(f.toString()))
          .hasMessageStartingWith("catalog-test-medium.pdf")
          .hasMessageNotContaining("no medium named")
          // one line, without the parser's excerpt and caret (SnakeYAML's message has five)
          .hasMessageNotContaining("\n")
          .hasMessageContaining("not valid YAML: while scanning a directive; expected");
    } finally {
      Files.deleteIfExists(f);
    }
  }

  @Test
  void missingKeyAndUnknownPresetAreExplained(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("m.yaml");
    Files.writeString(f, "name: x\ndescription: y\n");
    assertThatThrownBy(() -> catalog.medium(f.toString())).hasMessageContaining("support: missing");
    assertThatThrownBy(() -> catalog.medium("no-such"))
        .hasMessageContaining("glossy-ldpe-70")
        .hasMessageContaining("no-such");
  }

  @Test
  void userDirectoryShadowsAndExtendsPresets(@TempDir Path dir) throws Exception {
    Path media = Files.createDirectories(dir.resolve("media"));
    String text =
        new String(
                Catalog.class
                    .getResourceAsStream("presets/media/glossy-ldpe-70.yaml")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("name: glossy-ldpe-70", "name: my-paper");
    Files.writeString(media.resolve("my-paper.yaml"), text);
    Catalog c = catalog.withUserDirectory(dir);
    assertThat(c.mediaNames()).contains("my-paper", "glossy-ldpe-70");
    assertThat(c.medium("my-paper").name()).isEqualTo("my-paper");
  }

  @Test
  void yamlSyntaxErrorGivesLineNumber(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "name: x\n  support: [\n");
    assertThatThrownBy(() -> catalog.medium(f.toString()))
        .hasMessageContaining("bad.yaml:")
        .hasMessageContaining("not valid YAML");
  }
}
