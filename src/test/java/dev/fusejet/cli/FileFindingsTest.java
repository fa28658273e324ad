package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.config.Catalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken copy of a preset keeps the preset's {@code name:}; its findings must name the copy's
 * file and line, so that it does not read as if the built-in preset were broken. Physically
 * impossible values are refused whatever --override-design says.
 */
class FileFindingsTest {

  @TempDir Path dir;

  private Path copyOfPreset(String from, String to) throws Exception {
    String text =
        new String(
                Catalog.class
                    .getResourceAsStream("presets/media/glossy-ldpe-70.yaml")
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replace(from, to);
    assertThat(text).contains(to);
    Path f = dir.resolve("copy.yaml");
    Files.writeString(f, text);
    return f;
  }

  private static int lineOf(Path f, String text) throws Exception {
    var lines = Files.readAllLines(f);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }

  @Test
  void validateNamesTheFileAndLineOfTheFinding() throws Exception {
    Path f = copyOfPreset("    thickness: 5 um", "    thickness: 12 um");
    CliRun r = CliRun.of("media", "validate", f.toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out())
        .contains("(" + f + ")")
        .contains(f + ":" + lineOf(f, "thickness: 12 um") + ": outside-design-range");
  }

  @Test
  void windowRefusalNamesTheFileAndLine() throws Exception {
    Path f = copyOfPreset("    thickness: 5 um", "    thickness: 12 um");
    CliRun r = CliRun.of("window", "--media", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(f + ":" + lineOf(f, "thickness: 12 um") + ":");
  }

  @Test
  void bindingErrorNamesTheLine() throws Exception {
    Path f = copyOfPreset("    thickness: 5 um", "    thickness: 5");
    CliRun r = CliRun.of("media", "validate", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(f + ":" + lineOf(f, "    thickness: 5") + ":");
  }

  @Test
  void impossibleTgIsRefusedEvenWithAnOverride() throws Exception {
    Path f = copyOfPreset("glass-transition: 70 C", "glass-transition: -300 C");
    for (String cmd : new String[] {"window", "twin"}) {
      CliRun r = CliRun.of(cmd, "--media", f.toString(), "--override-design", "trial");
      assertThat(r.status()).as(cmd).isEqualTo(1);
      assertThat(r.err()).as(cmd).contains("-300 °C").contains("absolute zero");
    }
  }
}
