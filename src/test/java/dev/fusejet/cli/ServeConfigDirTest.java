package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} finds the user's files as every other command does ({@code --config-dir}, else
 * {@code $FUSEJET_CONFIG_DIR}): it used the built-in catalogue and profiles only, so a user's
 * medium, tuned apparatus or profile never reached the printer.
 */
class ServeConfigDirTest {

  @TempDir Path dir;

  @Test
  void aMediumFileWithErrorsInTheConfigDirStopsTheStartNamingItsLine() throws Exception {
    String text =
        CliRun.preset("media/glossy-ldpe-70.yaml")
            .replace("name: glossy-ldpe-70", "name: broken")
            .replace("glass-transition: 70 C", "glass-transition: -300 C");
    Path config = dir.resolve("config");
    Path file = Files.createDirectories(config.resolve("media")).resolve("broken.yaml");
    Files.writeString(file, text);
    // the line holds the indented key, so the text before it ends in that line's indentation
    int line = text.substring(0, text.indexOf("glass-transition: -300 C")).split("\n").length;
    Path state = dir.resolve("state");
    CliRun r =
        CliRun.of(
            "serve",
            "--config-dir",
            config.toString(),
            "--state",
            state.toString(),
            "--port",
            "0",
            "--no-dns-sd",
            "--pace",
            "fast");
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains(file + ":" + line + ": error").contains("-300 °C");
    assertThat(state).doesNotExist();
  }
}
