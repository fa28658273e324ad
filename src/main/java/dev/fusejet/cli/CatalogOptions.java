package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import dev.fusejet.config.Lines;
import dev.fusejet.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/**
 * The option shared by every command that looks media, ink sets or apparatus up by name: the user
 * directory searched before the built-in presets.
 */
final class CatalogOptions {
  /** Environment variable naming the user configuration directory. */
  static final String ENV = "FUSEJET_CONFIG_DIR";

  @Option(
      names = "--config-dir",
      paramLabel = "DIR",
      description =
          "Directory with user files media/NAME.yaml, apparatus/NAME.yaml, ink/NAME.yaml, searched"
              + " before the presets (default: $"
              + ENV
              + ").")
  Path configDir;

  /**
   * The report with its subject naming the file the record came from, and each finding the line
   * where its field is written; unchanged for a built-in preset.
   */
  static ValidationReport located(ValidationReport r, Optional<Path> file) {
    if (file.isEmpty()) {
      return r;
    }
    Path f = file.get();
    Lines lines = Lines.of(f);
    return r.locatedIn(
        f.toString(),
        field -> {
          OptionalInt n = lines.line(field);
          return n.isPresent() ? f + ":" + n.getAsInt() : f.toString();
        });
  }

  /** The user configuration directory (--config-dir, else $FUSEJET_CONFIG_DIR), or null. */
  Path directory() {
    Path dir = configDir;
    if (dir == null && System.getenv(ENV) != null) {
      dir = Path.of(System.getenv(ENV));
    }
    return dir;
  }

  Catalog catalog() {
    Path dir = directory();
    return dir == null ? Catalog.builtIn() : Catalog.builtIn().withUserDirectory(dir);
  }
}
