package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.ApparatusValidator;
import dev.fusejet.config.Catalog;
import dev.fusejet.media.Medium;
import dev.fusejet.media.MediumValidator;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
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

  /** The medium, refused when it has errors ({@link CatalogOptions#medium}). */
  Medium usableMedium(PrintWriter err) {
    return catalogOptions.medium(media, err);
  }

  /** The apparatus, refused when it has errors ({@link CatalogOptions#apparatus}). */
  Apparatus usableApparatus(PrintWriter err) {
    return catalogOptions.apparatus(apparatus, err);
  }

  /** The medium's findings, naming its file and lines when it came from one. */
  ValidationReport check(Medium m) {
    return CatalogOptions.located(MediumValidator.validate(m), catalog().mediumSource(media));
  }

  /** The apparatus' findings at this mean nip pressure (Pa), naming its file and lines. */
  ValidationReport check(Apparatus a, double meanPressure) {
    return CatalogOptions.located(
        ApparatusValidator.validate(a, meanPressure), catalog().apparatusSource(apparatus));
  }
}
