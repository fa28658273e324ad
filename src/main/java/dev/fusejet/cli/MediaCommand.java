package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import dev.fusejet.media.Medium;
import dev.fusejet.media.MediumValidator;
import dev.fusejet.units.Quantities;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fusejet media}: list the known media, and validate or show one. */
@Command(
    name = "media",
    mixinStandardHelpOptions = true,
    description = "Lists, shows and validates image receiving media.",
    subcommands = {
      MediaCommand.ListMedia.class,
      MediaCommand.Validate.class,
      MediaCommand.Show.class
    })
final class MediaCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code fusejet media list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists media names.")
  static final class ListMedia implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Catalog catalog = catalogOptions.catalog();
      for (String name : catalog.mediaNames()) {
        Medium m = catalog.medium(name);
        out.printf(
            "%-18s Tg %s, T_M %s  %s%n",
            name,
            Quantities.celsius(m.glassTransition()),
            Quantities.celsius(m.meltingTemperature()),
            m.description());
      }
      return 0;
    }
  }

  /** {@code fusejet media validate FILE}: exit 1 on errors. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Checks a medium file or preset; prints every finding.",
        "Exit status: 0 valid, 3 usable only with a design override, 1 errors."
      })
  static final class Validate implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    @Parameters(paramLabel = "FILE|NAME", description = "Medium file (YAML/JSON) or preset name.")
    String medium;

    @Override
    public Integer call() {
      Catalog catalog = catalogOptions.catalog();
      ValidationReport r =
          CatalogOptions.located(
              MediumValidator.validate(catalog.medium(medium)), catalog.mediumSource(medium));
      Findings.print(spec.commandLine().getOut(), r);
      return DesignGate.exitStatus(r);
    }
  }

  /** {@code fusejet media show NAME}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a medium's layers.")
  static final class Show implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    @Parameters(paramLabel = "FILE|NAME", description = "Medium file or preset name.")
    String medium;

    @Override
    public Integer call() {
      Medium m = catalogOptions.catalog().medium(medium);
      PrintWriter out = spec.commandLine().getOut();
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
      return 0;
    }
  }
}
