package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import java.nio.file.Path;
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

  Catalog catalog() {
    Path dir = configDir;
    if (dir == null && System.getenv(ENV) != null) {
      dir = Path.of(System.getenv(ENV));
    }
    return dir == null ? Catalog.builtIn() : Catalog.builtIn().withUserDirectory(dir);
  }
}
