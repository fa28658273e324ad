package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** media, apparatus and ink share one command shape, and a template starts a valid user file. */
class CatalogueTest {

  @TempDir Path dir;

  @Test
  void everyCatalogueHasTheSameSubcommands() {
    CommandLine cl = FusejetCommand.commandLine();
    for (String kind : new String[] {"media", "apparatus", "ink"}) {
      assertThat(cl.getSubcommands().get(kind).getSubcommands().keySet())
          .as(kind)
          .containsExactlyInAnyOrder("list", "show", "validate", "template");
    }
  }

  @Test
  void templateIsAValidFileUnderItsOwnNameThatTheCommandsUse() throws Exception {
    String[][] kinds = {
      {"media", "glossy-ldpe-70", "--media"},
      {"apparatus", "roller-nip", "--apparatus"},
      {"ink", "pigment-cmyk", "--ink"}
    };
    for (String[] k : kinds) {
      Path f = dir.resolve(k[0] + ".yaml");
      CliRun t = CliRun.of(k[0], "template", "-o", f.toString());
      assertThat(t.status()).as(k[0] + t.err()).isZero();
      assertThat(Files.readString(f)).contains("name: my-" + k[1]).contains("docs/media-format.md");
      CliRun v = CliRun.of(k[0], "validate", f.toString());
      assertThat(v.status()).as(k[0] + v.out() + v.err()).isZero();
      assertThat(v.out()).contains("my-" + k[1]).contains(f.toString());
      assertThat(CliRun.of(k[0], "show", f.toString()).out()).contains("my-" + k[1]);
      CliRun twin = CliRun.of("twin", k[2], f.toString());
      assertThat(twin.status()).as(k[0] + twin.err()).isZero();
      assertThat(twin.out()).contains(k[0].equals("ink") ? "fusejet twin:" : "my-" + k[1]);
    }
  }

  @Test
  void templateNeverOverwritesAndStdoutWorks() throws Exception {
    Path f = dir.resolve("mine.yaml");
    Files.writeString(f, "my own work\n");
    CliRun r = CliRun.of("media", "template", "-o", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(f.toString()).contains("exists");
    assertThat(Files.readString(f)).isEqualTo("my own work\n");
    assertThat(CliRun.of("media", "template", "lustre-ldpe-85").out())
        .contains("name: my-lustre-ldpe-85");
    assertThat(CliRun.of("media", "template", "nope").status()).isEqualTo(1);
    // /proc takes no new files: the message names the file asked for, not a temporary name
    CliRun proc = CliRun.of("media", "template", "-o", "/proc/fusejet-template.yaml");
    assertThat(proc.status()).isEqualTo(1);
    assertThat(proc.err())
        .startsWith("fusejet media template: cannot write /proc/fusejet-template.yaml: ")
        .doesNotContain(".part");
  }

  /**
   * {@code show NAME --yaml}, what a user tries first for a file to start from, prints what {@code
   * template NAME} prints for a preset (one writer), which saved loads under its own name; for a
   * user's file it prints the file as written.
   */
  @Test
  void showYamlOfAPresetIsItsTemplateAndOfAFileTheFile() throws Exception {
    String[][] kinds = {
      {"media", "lustre-ldpe-85", "--media", "A medium"},
      {"apparatus", "belt-nip", "--apparatus", "An apparatus"},
      {"ink", "pigment-cmyk", "--ink", "An ink-set"}
    };
    for (String[] k : kinds) {
      CliRun shown = CliRun.of(k[0], "show", k[1], "--yaml");
      assertThat(shown.status()).as(k[0] + shown.err()).isZero();
      assertThat(shown.out())
          .as(k[0])
          .isEqualTo(CliRun.of(k[0], "template", k[1]).out())
          .startsWith("# " + k[3] + " file for fusejet")
          .contains("name: my-" + k[1]);
      Path f = dir.resolve(k[0] + "-shown.yaml");
      Files.writeString(f, shown.out());
      CliRun v = CliRun.of(k[0], "validate", f.toString());
      assertThat(v.status()).as(k[0] + v.out() + v.err()).isZero();
      CliRun twin = CliRun.of("twin", k[2], f.toString());
      assertThat(twin.status()).as(k[0] + twin.err()).isZero();
      String edited = shown.out().replace("name: my-" + k[1], "name: edited");
      Files.writeString(f, edited);
      assertThat(CliRun.of(k[0], "show", f.toString(), "--yaml").out()).isEqualTo(edited);
    }
    assertThat(CliRun.of("media", "show", "nope", "--yaml").status()).isEqualTo(1);
  }

  @Test
  void showWorksForEveryKind() {
    assertThat(CliRun.of("apparatus", "show", "belt-nip").out()).contains("limits").contains("nip");
    assertThat(CliRun.of("ink", "show", "pigment-cmyk").out()).contains("density");
  }
}
