package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkSet;
import dev.fusejet.ink.InkSetValidator;
import dev.fusejet.units.Quantities;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code fusejet ink}: list, show, validate and start ink sets. */
@Command(
    name = "ink",
    mixinStandardHelpOptions = true,
    description = "Lists, shows, validates and starts (template) ink sets.",
    subcommands = {
      InkCommand.ListInks.class,
      InkCommand.Show.class,
      InkCommand.Validate.class,
      InkCommand.Template.class
    })
final class InkCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Ink sets in the catalogue. */
  static final Catalogue.Kind<InkSet> KIND =
      new Catalogue.Kind<>() {
        @Override
        public String noun() {
          return "ink-set";
        }

        @Override
        public String directory() {
          return "ink";
        }

        @Override
        public String defaultPreset() {
          return Catalog.DEFAULT_INK_SET;
        }

        @Override
        public List<String> names(Catalog c) {
          return c.inkSetNames();
        }

        @Override
        public InkSet load(Catalog c, String nameOrPath) {
          return c.inkSet(nameOrPath);
        }

        @Override
        public Optional<Path> source(Catalog c, String nameOrPath) {
          return c.inkSetSource(nameOrPath);
        }

        @Override
        public ValidationReport validate(InkSet set) {
          return InkSetValidator.validate(set);
        }

        /** Ink sets have no design ranges: 1 errors, else 0. */
        @Override
        public int exitStatus(ValidationReport r) {
          return r.hasErrors() ? 1 : 0;
        }

        @Override
        public String summary(String name, InkSet set) {
          StringBuilder sb = new StringBuilder(name + ": " + set.description());
          for (Ink ink : set.inks()) {
            sb.append(
                String.format(
                    Locale.ROOT,
                    "%n  %-8s %-22s pigment %s, water %s, %s %s",
                    ink.name(),
                    ink.colourant(),
                    Quantities.percent(ink.pigmentFraction()),
                    Quantities.percent(ink.waterFraction()),
                    ink.coSolvent().name(),
                    Quantities.percent(ink.coSolventFraction())));
          }
          sb.append(
              "\n  drops: "
                  + String.join(
                      ", ",
                      set.dropSizes().stream()
                          .map(d -> d.name() + " " + Quantities.picolitres(d.volume()))
                          .toList()));
          return sb.toString();
        }

        @Override
        public void show(PrintWriter out, InkSet set) {
          out.println(summary(set.name(), set));
          for (Ink ink : set.inks()) {
            out.printf(
                Locale.ROOT,
                "  %-8s density %s kg/m³%n",
                ink.name(),
                Quantities.fmt(ink.density()));
          }
        }
      };

  /** {@code fusejet ink list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists ink sets.")
  static final class ListInks extends Catalogue.ListCommand<InkSet> {
    @Override
    Catalogue.Kind<InkSet> kind() {
      return KIND;
    }
  }

  /** {@code fusejet ink show NAME|FILE}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows an ink set.")
  static final class Show extends Catalogue.ShowCommand<InkSet> {
    @Override
    Catalogue.Kind<InkSet> kind() {
      return KIND;
    }
  }

  /** {@code fusejet ink validate FILE|NAME}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Checks an ink-set file or preset; prints every finding with its file and line.",
        "Exit status: 0 valid, 1 errors."
      })
  static final class Validate extends Catalogue.ValidateCommand<InkSet> {
    @Override
    Catalogue.Kind<InkSet> kind() {
      return KIND;
    }
  }

  /** {@code fusejet ink template [PRESET] [-o FILE]}. */
  @Command(
      name = "template",
      mixinStandardHelpOptions = true,
      description = "Prints (or writes) an ink-set file to start your own from.")
  static final class Template extends Catalogue.TemplateCommand<InkSet> {
    @Override
    Catalogue.Kind<InkSet> kind() {
      return KIND;
    }
  }
}
