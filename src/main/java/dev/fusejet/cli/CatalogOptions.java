package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.ApparatusValidator;
import dev.fusejet.config.Catalog;
import dev.fusejet.config.ConfigException;
import dev.fusejet.config.Lines;
import dev.fusejet.ink.InkSet;
import dev.fusejet.ink.InkSetValidator;
import dev.fusejet.media.Medium;
import dev.fusejet.media.MediumValidator;
import dev.fusejet.validation.Finding;
import dev.fusejet.validation.Severity;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
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

  /**
   * The medium, refused when it has errors (impossible values such as a Tg below absolute zero):
   * what every command that uses a medium without the design gate of {@code window} and {@code
   * twin} does, so no command plans, prints or profiles with one. Values outside the design ranges
   * are not refused here but each is noted on {@code err} with its file and line.
   *
   * @throws ConfigException listing the errors with the file and line of each (exit status 1)
   */
  Medium medium(String nameOrPath, PrintWriter err) {
    Catalog c = catalog();
    Medium m = c.medium(nameOrPath);
    check(located(MediumValidator.validate(m), c.mediumSource(nameOrPath)), err);
    return m;
  }

  /** The apparatus, refused when it has errors, design findings noted; see {@link #medium}. */
  Apparatus apparatus(String nameOrPath, PrintWriter err) {
    Catalog c = catalog();
    Apparatus a = c.apparatus(nameOrPath);
    Optional<Path> file = c.apparatusSource(nameOrPath);
    // errors do not depend on the nip pressure (only a design check does), and the nip model
    // needs an apparatus without errors
    check(located(ApparatusValidator.validate(a, Double.NaN), file), null);
    check(located(ApparatusValidator.validate(a, NipWidths.of(a).meanPressure()), file), err);
    return a;
  }

  /** The ink set, refused when it has errors, design findings noted; see {@link #medium}. */
  InkSet inkSet(String nameOrPath, PrintWriter err) {
    Catalog c = catalog();
    InkSet i = c.inkSet(nameOrPath);
    check(located(InkSetValidator.validate(i), c.inkSetSource(nameOrPath)), err);
    return i;
  }

  /**
   * Throws, one line per error naming the record, file and line, when the report has errors; else
   * prints each finding outside the design ranges on {@code err} (when not null) as a note.
   */
  static void check(ValidationReport r, PrintWriter err) {
    if (r.hasErrors()) {
      StringBuilder m = new StringBuilder();
      for (Finding f : r.of(Severity.ERROR)) {
        m.append(r.subject()).append(": ").append(f.describe()).append('\n');
      }
      m.append("Fix the errors above in the named file; see docs/media-format.md.");
      throw new ConfigException(m.toString());
    }
    if (err != null) {
      for (Finding f : r.of(Severity.OUTSIDE_DESIGN_RANGE)) {
        err.println("Note: " + r.subject() + ": " + f.describe());
      }
      err.flush();
    }
  }
}
