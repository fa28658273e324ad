package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The one shape of the catalogue commands {@code media}, {@code apparatus} and {@code ink}: {@code
 * list}, {@code show NAME|FILE}, {@code validate FILE|NAME} and {@code template [PRESET]}, each
 * with {@code --config-dir}. A {@link Kind} says how one kind of record is listed, shown and
 * checked; the subcommands below are written once and bound to a kind by a one-line subclass.
 */
final class Catalogue {
  private Catalogue() {}

  /** How one kind of catalogue record is found, described and validated. */
  interface Kind<T> {
    /** The word for one record in messages, e.g. {@code medium}. */
    String noun();

    /** The preset directory and the user directory's subdirectory: media, apparatus, ink. */
    String directory();

    /** The preset a template starts from when none is named. */
    String defaultPreset();

    List<String> names(Catalog c);

    T load(Catalog c, String nameOrPath);

    Optional<Path> source(Catalog c, String nameOrPath);

    ValidationReport validate(T record);

    /** One line for {@code list}. */
    String summary(String name, T record);

    /** The details for {@code show}. */
    void show(PrintWriter out, T record);

    /** Exit status of {@code validate}: 1 errors, 3 outside the design ranges only, 0 valid. */
    default int exitStatus(ValidationReport r) {
      return DesignGate.exitStatus(r);
    }
  }

  /** {@code list}: presets and the user's files. */
  abstract static class ListCommand<T> implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    abstract Kind<T> kind();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Catalog catalog = catalogOptions.catalog();
      for (String name : kind().names(catalog)) {
        out.println(kind().summary(name, kind().load(catalog, name)));
      }
      return 0;
    }
  }

  /** {@code show NAME|FILE}: one record in detail. */
  abstract static class ShowCommand<T> implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    @Parameters(paramLabel = "NAME|FILE", description = "Preset name, user file name or path.")
    String name;

    @Option(
        names = "--yaml",
        description =
            "Print the record as a file instead: a user file as written, a preset as `template"
                + " PRESET` prints it (renamed my-PRESET, with its comments), to save and edit.")
    boolean yaml;

    abstract Kind<T> kind();

    @Override
    public Integer call() throws java.io.IOException {
      Catalog catalog = catalogOptions.catalog();
      T record = kind().load(catalog, name);
      PrintWriter out = spec.commandLine().getOut();
      if (!yaml) {
        kind().show(out, record);
        return 0;
      }
      Optional<Path> file = kind().source(catalog, name);
      out.print(
          file.isPresent()
              ? Files.readString(file.get())
              : TemplateCommand.document(kind(), name, spec.parent().name()));
      out.flush();
      return 0;
    }
  }

  /** {@code validate FILE|NAME}: every finding, with the file and line. */
  abstract static class ValidateCommand<T> implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    @Parameters(paramLabel = "FILE|NAME", description = "File (YAML/JSON) or preset name.")
    String name;

    abstract Kind<T> kind();

    @Override
    public Integer call() {
      Catalog catalog = catalogOptions.catalog();
      ValidationReport r =
          CatalogOptions.located(
              kind().validate(kind().load(catalog, name)), kind().source(catalog, name));
      Findings.print(spec.commandLine().getOut(), r);
      return kind().exitStatus(r);
    }
  }

  /**
   * {@code template [PRESET] [-o FILE]}: a built-in preset's file, comments included, renamed
   * {@code my-PRESET}, as the start of a user's own file; never overwrites an existing file.
   */
  abstract static class TemplateCommand<T> implements Callable<Integer> {
    private static final Pattern NAME_LINE = Pattern.compile("(?m)^name:\\s*(\\S+)\\s*$");

    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "PRESET",
        arity = "0..1",
        description = "Built-in preset to start from (default: the default preset).")
    String preset;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Write the template to FILE (refused if it exists) instead of stdout.")
    Path output;

    abstract Kind<T> kind();

    /**
     * The template of one built-in preset: a header saying where it came from and how to check and
     * use it, then the preset's file with its comments, renamed {@code my-PRESET}.
     *
     * @param command the catalogue command, e.g. {@code media}
     */
    static String document(Kind<?> kind, String preset, String command) {
      String text = Catalog.presetText(kind.directory(), preset);
      Matcher m = NAME_LINE.matcher(text);
      String renamed = m.find() ? m.replaceFirst("name: my-" + preset) : text;
      String noun = kind.noun();
      String header =
          "# "
              + ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ")
              + noun
              + " file for fusejet, started from the built-in preset "
              + preset
              + ".\n# Change name: and the values; every key, unit and range is in"
              + " docs/media-format.md.\n# Check it with: fusejet "
              + command
              + " validate FILE; use it by path, or save it as DIR/"
              + kind.directory()
              + "/NAME.yaml with --config-dir DIR.\n";
      return header + renamed;
    }

    @Override
    public Integer call() {
      String from = preset == null ? kind().defaultPreset() : preset;
      String doc = document(kind(), from, spec.parent().name());
      if (output == null) {
        spec.commandLine().getOut().print(doc);
        spec.commandLine().getOut().flush();
        return 0;
      }
      if (Files.exists(output)) {
        throw Outputs.cannotWrite(output, "it exists; templates never overwrite a file");
      }
      Outputs.requireWritable(output);
      Outputs.writeString(output, doc);
      spec.commandLine().getOut().println("Template written to " + output);
      return 0;
    }
  }
}
