package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.media.Medium;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options naming what is fused on what: {@code --media}, {@code --apparatus} and the user
 * configuration directory, shared by {@code window}, {@code twin} and {@code twin map}.
 */
final class SetupOptions {
  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Option(
      names = "--media",
      paramLabel = "NAME|FILE",
      defaultValue = Catalog.DEFAULT_MEDIUM,
      description = "Medium preset name or YAML/JSON file (default: ${DEFAULT-VALUE}).")
  String media;

  @Option(
      names = "--apparatus",
      paramLabel = "NAME|FILE",
      defaultValue = Catalog.DEFAULT_APPARATUS,
      description = "Apparatus preset name or YAML/JSON file (default: ${DEFAULT-VALUE}).")
  String apparatus;

  Catalog catalog() {
    return catalogOptions.catalog();
  }

  Medium medium() {
    return catalog().medium(media);
  }

  Apparatus apparatus() {
    return catalog().apparatus(apparatus);
  }
}
