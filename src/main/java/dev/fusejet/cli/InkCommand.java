package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkSet;
import dev.fusejet.ink.InkSetValidator;
import dev.fusejet.units.Quantities;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fusejet ink}: list ink sets, and validate one. */
@Command(
    name = "ink",
    mixinStandardHelpOptions = true,
    description = "Lists and validates ink sets.",
    subcommands = {InkCommand.ListInks.class, InkCommand.Validate.class})
final class InkCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code fusejet ink list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists ink sets.")
  static final class ListInks implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Catalog catalog = catalogOptions.catalog();
      for (String name : catalog.inkSetNames()) {
        InkSet set = catalog.inkSet(name);
        out.println(name + ": " + set.description());
        for (Ink ink : set.inks()) {
          out.printf(
              "  %-8s %-22s pigment %s, water %s, %s %s%n",
              ink.name(),
              ink.colourant(),
              Quantities.percent(ink.pigmentFraction()),
              Quantities.percent(ink.waterFraction()),
              ink.coSolvent().name(),
              Quantities.percent(ink.coSolventFraction()));
        }
        out.println(
            "  drops: "
                + String.join(
                    ", ",
                    set.dropSizes().stream()
                        .map(d -> d.name() + " " + Quantities.picolitres(d.volume()))
                        .toList()));
      }
      return 0;
    }
  }

  /** {@code fusejet ink validate FILE}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {"Checks an ink-set file or preset.", "Exit status: 0 valid, 1 errors."})
  static final class Validate implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin CatalogOptions catalogOptions = new CatalogOptions();

    @Parameters(paramLabel = "FILE|NAME", description = "Ink-set file (YAML/JSON) or preset.")
    String inkSet;

    @Override
    public Integer call() {
      Catalog catalog = catalogOptions.catalog();
      ValidationReport r =
          CatalogOptions.located(
              InkSetValidator.validate(catalog.inkSet(inkSet)), catalog.inkSetSource(inkSet));
      Findings.print(spec.commandLine().getOut(), r);
      return r.hasErrors() ? 1 : 0;
    }
  }
}
