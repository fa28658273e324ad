package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.ApparatusValidator;
import dev.fusejet.config.Catalog;
import dev.fusejet.units.Quantities;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fusejet apparatus}: list heating and pressing devices, and validate one. */
@Command(
    name = "apparatus",
    mixinStandardHelpOptions = true,
    description = "Lists and validates heating and pressing devices.",
    subcommands = {ApparatusCommand.ListApparatus.class, ApparatusCommand.Validate.class})
final class ApparatusCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code fusejet apparatus list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists apparatus.")
  static final class ListApparatus implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Catalog catalog = catalogOptions.catalog();
      for (String name : catalog.apparatusNames()) {
        Apparatus a = catalog.apparatus(name);
        out.printf(
            "%-12s %s, %s to %s, %s to %s  %s%n",
            name,
            a.belt() == null ? "roller nip" : "belt nip",
            Quantities.celsius(a.limits().minTemperature()),
            Quantities.celsius(a.limits().maxTemperature()),
            Quantities.speed(a.limits().minSpeed()),
            Quantities.speed(a.limits().maxSpeed()),
            a.description());
      }
      return 0;
    }
  }

  /** {@code fusejet apparatus validate FILE}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Checks an apparatus file or preset; prints every finding.",
        "Exit status: 0 valid, 3 usable only with a design override, 1 errors."
      })
  static final class Validate implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    @Parameters(paramLabel = "FILE|NAME", description = "Apparatus file (YAML/JSON) or preset.")
    String apparatus;

    @Override
    public Integer call() {
      Catalog catalog = catalogOptions.catalog();
      Apparatus a = catalog.apparatus(apparatus);
      ValidationReport r =
          CatalogOptions.located(
              ApparatusValidator.validate(a, NipWidths.of(a).meanPressure()),
              catalog.apparatusSource(apparatus));
      Findings.print(spec.commandLine().getOut(), r);
      return DesignGate.exitStatus(r);
    }
  }
}
