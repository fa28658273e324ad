package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.ApparatusValidator;
import dev.fusejet.config.Catalog;
import dev.fusejet.nip.NipContact;
import dev.fusejet.units.Quantities;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code fusejet apparatus}: list, show, validate and start heating and pressing devices. */
@Command(
    name = "apparatus",
    mixinStandardHelpOptions = true,
    description = "Lists, shows, validates and starts (template) heating and pressing devices.",
    subcommands = {
      ApparatusCommand.ListApparatus.class,
      ApparatusCommand.Show.class,
      ApparatusCommand.Validate.class,
      ApparatusCommand.Template.class
    })
final class ApparatusCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Apparatus in the catalogue. */
  static final Catalogue.Kind<Apparatus> KIND =
      new Catalogue.Kind<>() {
        @Override
        public String noun() {
          return "apparatus";
        }

        @Override
        public String directory() {
          return "apparatus";
        }

        @Override
        public String defaultPreset() {
          return Catalog.DEFAULT_APPARATUS;
        }

        @Override
        public List<String> names(Catalog c) {
          return c.apparatusNames();
        }

        @Override
        public Apparatus load(Catalog c, String nameOrPath) {
          return c.apparatus(nameOrPath);
        }

        @Override
        public Optional<Path> source(Catalog c, String nameOrPath) {
          return c.apparatusSource(nameOrPath);
        }

        @Override
        public ValidationReport validate(Apparatus a) {
          return ApparatusValidator.validate(a, NipWidths.of(a).meanPressure());
        }

        @Override
        public String summary(String name, Apparatus a) {
          return String.format(
              Locale.ROOT,
              "%-12s %s, %s to %s, %s to %s  %s",
              name,
              a.belt() == null ? "roller nip" : "belt nip",
              Quantities.celsius(a.limits().minTemperature()),
              Quantities.celsius(a.limits().maxTemperature()),
              Quantities.speed(a.limits().minSpeed()),
              Quantities.speed(a.limits().maxSpeed()),
              a.description());
        }

        @Override
        public void show(PrintWriter out, Apparatus a) {
          var l = a.limits();
          NipContact nip = NipWidths.of(a);
          out.println(a.name() + ": " + a.description());
          out.println(
              "  heat roller        radius "
                  + Quantities.length(a.heatRoller().radius())
                  + ", surface "
                  + a.imageSideSurface()
                  + " Ra "
                  + Quantities.length(a.imageSideRoughness())
                  + (a.belt() == null ? "" : " (belt on the image side)"));
          out.println("  nip                " + PlanText.nip(nip));
          out.println(
              "  limits             "
                  + Quantities.celsius(l.minTemperature())
                  + " to "
                  + Quantities.celsius(l.maxTemperature())
                  + " in "
                  + Quantities.fmt(l.temperatureStep())
                  + " K steps, "
                  + Quantities.speed(l.minSpeed())
                  + " to "
                  + Quantities.speed(l.maxSpeed())
                  + " in "
                  + Quantities.speed(l.speedStep())
                  + " steps");
          out.println(
              "  tolerances         speed ± "
                  + Quantities.percent(l.speedTolerance())
                  + ", droop "
                  + Quantities.fmt(l.temperatureDroop())
                  + " K");
        }
      };

  /** {@code fusejet apparatus list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists apparatus.")
  static final class ListApparatus extends Catalogue.ListCommand<Apparatus> {
    @Override
    Catalogue.Kind<Apparatus> kind() {
      return KIND;
    }
  }

  /** {@code fusejet apparatus show NAME|FILE}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows an apparatus.")
  static final class Show extends Catalogue.ShowCommand<Apparatus> {
    @Override
    Catalogue.Kind<Apparatus> kind() {
      return KIND;
    }
  }

  /** {@code fusejet apparatus validate FILE|NAME}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Checks an apparatus file or preset; prints every finding with its file and line.",
        "Exit status: 0 valid, 3 usable only with a design override, 1 errors."
      })
  static final class Validate extends Catalogue.ValidateCommand<Apparatus> {
    @Override
    Catalogue.Kind<Apparatus> kind() {
      return KIND;
    }
  }

  /** {@code fusejet apparatus template [PRESET] [-o FILE]}. */
  @Command(
      name = "template",
      mixinStandardHelpOptions = true,
      description = "Prints (or writes) an apparatus file to start your own from.")
  static final class Template extends Catalogue.TemplateCommand<Apparatus> {
    @Override
    Catalogue.Kind<Apparatus> kind() {
      return KIND;
    }
  }
}
