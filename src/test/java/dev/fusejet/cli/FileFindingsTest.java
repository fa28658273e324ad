package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    String text = CliRun.preset("media/glossy-ldpe-70.yaml").replace(from, to);
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
      assertThat(r.err())
          .as(cmd)
          .contains("-300 °C")
          .contains("absolute zero")
          .contains(">= -273.15 °C");
    }
  }

  private Path copyOf(String kind, String preset, String from, String to) throws Exception {
    String text =
        CliRun.preset(kind + "/" + preset + ".yaml")
            .replaceFirst(java.util.regex.Pattern.quote(from), to);
    assertThat(text).contains(to);
    Path f = dir.resolve(kind + "-copy.yaml");
    Files.writeString(f, text);
    return f;
  }

  /**
   * docs/cli.md: a record with errors is refused (exit 1) by every command, not only by those with
   * the design gate; the commands without it used to plan, print and profile with a Tg of -300 °C
   * (print fused at 100 °C and called the sheet compliant). Nothing is written.
   */
  @Test
  void impossibleRecordIsRefusedByEveryCommandThatUsesIt() throws Exception {
    Path medium = copyOfPreset("glass-transition: 70 C", "glass-transition: -300 C");
    String where = medium + ":" + lineOf(medium, "glass-transition: -300 C") + ": error";
    Path photo = dir.resolve("p.ppm");
    Files.write(
        photo, "P6 2 2 255 ".concat("\u00ff".repeat(12)).getBytes(StandardCharsets.ISO_8859_1));
    Path out = dir.resolve("out");
    String m = medium.toString();
    String[][] commands = {
      {"rip", photo.toString(), "--media", m, "-o", out.toString()},
      {"print", photo.toString(), "--media", m, "--fast", "--state", out.toString()},
      {"fuser", "simulate", "--media", m, "--sheets", "1", "--csv", out.toString() + ".csv"},
      {"fuser", "autotune", "--media", m, "-o", out.toString() + ".yaml"},
      {"profile", "--media", m, "-o", out.toString()},
      {"measure", photo.toString(), "--media", m, "-o", out.toString() + ".ti3"},
    };
    for (String[] c : commands) {
      CliRun r = CliRun.of(c);
      String what = String.join(" ", c);
      assertThat(r.status()).as(what + ": " + r.err()).isEqualTo(1);
      assertThat(r.err()).as(what).contains(where).contains("-300 °C").contains("absolute zero");
      try (var left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .as(what)
            .containsExactlyInAnyOrder("copy.yaml", "p.ppm");
      }
    }
    Path apparatus = copyOf("apparatus", "roller-nip", "length: 330 mm", "length: -330 mm");
    Path inks = copyOf("ink", "pigment-cmyk", "density: 1060 kg/m3", "density: -1060 kg/m3");
    for (String[] c :
        new String[][] {
          {"rip", photo.toString(), "--apparatus", apparatus.toString(), "-o", out.toString()},
          {"rip", photo.toString(), "--ink", inks.toString(), "-o", out.toString()},
          {
            "print",
            photo.toString(),
            "--apparatus",
            apparatus.toString(),
            "--fast",
            "--state",
            out.toString()
          },
          {
            "print", photo.toString(), "--ink", inks.toString(), "--fast", "--state", out.toString()
          },
        }) {
      CliRun r = CliRun.of(c);
      String what = String.join(" ", c);
      assertThat(r.status()).as(what + ": " + r.err()).isEqualTo(1);
      assertThat(r.err())
          .as(what)
          .containsAnyOf(
              apparatus + ":" + lineOf(apparatus, "length: -330 mm") + ": error",
              inks + ":" + lineOf(inks, "density: -1060 kg/m3") + ": error");
      assertThat(out).as(what).doesNotExist();
    }
  }

  /**
   * The commands without the design gate (rip, print) do not refuse a medium outside the design
   * ranges (docs/cli.md) but say so, with the file and line; they used to be silent.
   */
  @Test
  void ripAndPrintNoteValuesOutsideTheDesignRanges() throws Exception {
    Path f = copyOfPreset("    thickness: 5 um", "    thickness: 12 um");
    String note =
        "Note: medium glossy-ldpe-70 (" + f + "): " + f + ":" + lineOf(f, "thickness: 12 um");
    Path photo = dir.resolve("p.ppm");
    Files.write(
        photo, "P6 2 2 255 ".concat("\u00ff".repeat(12)).getBytes(StandardCharsets.ISO_8859_1));
    for (String[] c :
        new String[][] {
          {"rip", photo.toString(), "--media", f.toString(), "--no-simulate", "-o", "" + dir},
          {
            "print",
            photo.toString(),
            "--media",
            f.toString(),
            "--fast",
            "--no-previews",
            "--state",
            dir.resolve("state").toString()
          },
        }) {
      CliRun r = CliRun.of(c);
      assertThat(r.status()).as(c[0] + r.err()).isZero();
      assertThat(r.err()).as(c[0]).contains(note).contains("outside-design-range");
    }
  }
}
