package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import dev.fusejet.media.Medium;
import dev.fusejet.media.MediumValidator;
import dev.fusejet.units.Quantities;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code fusejet media}: list, show, validate and start image receiving media. */
@Command(
    name = "media",
    mixinStandardHelpOptions = true,
    description = "Lists, shows, validates and starts (template) image receiving media.",
    subcommands = {
      MediaCommand.ListMedia.class,
      MediaCommand.Show.class,
      MediaCommand.Validate.class,
      MediaCommand.Template.class
    })
final class MediaCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Media in the catalogue. */
  static final Catalogue.Kind<Medium> KIND =
      new Catalogue.Kind<>() {
        @Override
        public String noun() {
          return "medium";
        }

        @Override
        public String directory() {
          return "media";
        }

        @Override
        public String defaultPreset() {
          return Catalog.DEFAULT_MEDIUM;
        }

        @Override
        public List<String> names(Catalog c) {
          return c.mediaNames();
        }

        @Override
        public Medium load(Catalog c, String nameOrPath) {
          return c.medium(nameOrPath);
        }

        @Override
        public Optional<Path> source(Catalog c, String nameOrPath) {
          return c.mediumSource(nameOrPath);
        }

        @Override
        public ValidationReport validate(Medium m) {
          return MediumValidator.validate(m);
        }

        @Override
        public String summary(String name, Medium m) {
          return String.format(
              Locale.ROOT,
              "%-18s Tg %s, T_M %s  %s",
              name,
              Quantities.celsius(m.glassTransition()),
              Quantities.celsius(m.meltingTemperature()),
              m.description());
        }

        @Override
        public void show(PrintWriter out, Medium m) {
          var s = m.receiving().surface();
          var a = m.receiving().absorbing();
          var face = m.support().faceResin();
          out.println(m.name() + ": " + m.description());
          out.printf(
              "  surface layer      %s, %s resin particles Tg %s, %s; pigment/resin %s%n",
              Quantities.length(s.thickness()),
              s.resin() == null ? "(no)" : s.resin().polymer(),
              s.resin() == null ? "-" : Quantities.celsius(s.resin().glassTransition()),
              s.resin() == null ? "-" : Quantities.length(s.resin().meanDiameter()),
              Quantities.fmt(s.pigmentToResinRatio()));
          out.printf(
              "  absorbing layer    %s of %s, porosity %s%n",
              Quantities.length(a.thickness()), a.particles(), Quantities.percent(a.porosity()));
          out.printf(
              "  receiving layer    porosity %s, pore capacity %s mL/m²%n",
              Quantities.percent(m.receiving().porosity()),
              Quantities.fmt(m.receiving().poreCapacity() * 1e6));
          out.printf(
              "  face resin         %s %s, T_M %s%n",
              face.polymer(),
              Quantities.length(face.thickness()),
              Quantities.celsius(face.meltingTemperature()));
          out.printf(
              "  paper              %s, %s kg/m³%n",
              Quantities.length(m.support().paper().thickness()),
              Quantities.fmt(m.support().paper().density()));
        }
      };

  /** {@code fusejet media list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists media with Tg, T_M.")
  static final class ListMedia extends Catalogue.ListCommand<Medium> {
    @Override
    Catalogue.Kind<Medium> kind() {
      return KIND;
    }
  }

  /** {@code fusejet media show NAME|FILE}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a medium's layers.")
  static final class Show extends Catalogue.ShowCommand<Medium> {
    @Override
    Catalogue.Kind<Medium> kind() {
      return KIND;
    }
  }

  /** {@code fusejet media validate FILE|NAME}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Checks a medium file or preset; prints every finding with its file and line.",
        "Exit status: 0 valid, 3 usable only with a design override, 1 errors."
      })
  static final class Validate extends Catalogue.ValidateCommand<Medium> {
    @Override
    Catalogue.Kind<Medium> kind() {
      return KIND;
    }
  }

  /** {@code fusejet media template [PRESET] [-o FILE]}. */
  @Command(
      name = "template",
      mixinStandardHelpOptions = true,
      description =
          "Prints (or writes) a medium file to start your own from, copied from a preset.")
  static final class Template extends Catalogue.TemplateCommand<Medium> {
    @Override
    Catalogue.Kind<Medium> kind() {
      return KIND;
    }
  }
}
