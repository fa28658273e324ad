package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkSet;
import dev.fusejet.ink.InkSetValidator;
import dev.fusejet.media.Medium;
import dev.fusejet.units.Quantities;
import dev.fusejet.units.Units;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Options shared by {@code twin} and {@code twin map}: medium, apparatus, ink set and the liquid
 * load, and their conversion to the twin's inputs (liquid volume per area and water fraction).
 */
final class TwinInputs {
  /** Density of the co-solvents (kg/m³), glycerol [T CRC], used to turn mass into volume. */
  private static final double CO_SOLVENT_DENSITY = 1260;

  @Mixin SetupOptions setup = new SetupOptions();

  @Option(
      names = "--ink",
      paramLabel = "NAME|FILE",
      defaultValue = Catalog.DEFAULT_INK_SET,
      description = "Ink set, for the ink volume and water fraction (default: ${DEFAULT-VALUE}).")
  String ink;

  @Option(
      names = "--resolution",
      paramLabel = "DPI",
      defaultValue = "1200",
      converter = Converters.Dpi.class,
      description = "Addressability used to turn coverage into volume (default: ${DEFAULT-VALUE}).")
  double dpi;

  @Option(
      names = "--liquid",
      paramLabel = "VOLUME/m2",
      converter = Converters.LiquidPerArea.class,
      description =
          "Ink liquid per area, e.g. '15 mL/m2' (from the raster pipeline's ink map); overrides"
              + " --coverage.")
  Double liquid;

  @Option(
      names = "--override-design",
      paramLabel = "REASON",
      description =
          "Simulate a medium or apparatus outside the design ranges; REASON is printed. Errors"
              + " (impossible values) are refused whatever the reason.")
  String overrideReason;

  @Option(
      names = "--twin-settings",
      paramLabel = "FILE",
      description =
          "The twin's own parameters (key: number in SI units, docs/twin.md 'Settings') over the"
              + " defaults; a value outside its physical range is refused naming the file and key.")
  java.nio.file.Path settingsFile;

  Medium medium;
  Apparatus app;
  InkSet inkSet;
  dev.fusejet.twin.TwinSettings settings;

  /**
   * Loads the records; false (after printing the findings) on errors, or on values outside the
   * design ranges without {@code --override-design}, the rule {@code window} follows too.
   */
  boolean load(PrintWriter err) {
    medium = setup.medium();
    app = setup.apparatus();
    inkSet = setup.catalog().inkSet(ink);
    settings =
        settingsFile == null
            ? dev.fusejet.twin.TwinSettings.defaults()
            : Catalog.twinSettingsFile(settingsFile);
    double pressure = NipWidths.of(app).meanPressure();
    boolean ok =
        DesignGate.accept(
            err,
            overrideReason,
            setup.check(medium),
            setup.check(app, pressure),
            CatalogOptions.located(
                InkSetValidator.validate(inkSet), setup.catalog().inkSetSource(ink)));
    if (ok && overrideReason != null) {
      err.println("Design override recorded: " + overrideReason);
    }
    return ok;
  }

  /**
   * Refuses, as a usage error, a temperature or speed the apparatus cannot run at, naming its
   * limits in the user's units and the file that sets them.
   */
  void requireWithinLimits(
      CommandSpec spec, String tOption, double temperature, String vOption, double speed) {
    requireTemperatureWithinLimits(spec, tOption, temperature, app);
    var l = app.limits();
    if (speed < l.minSpeed() || speed > l.maxSpeed()) {
      throw new ParameterException(
          spec.commandLine(),
          vOption
              + " "
              + Quantities.speed(speed)
              + " is outside what apparatus "
              + app.name()
              + " can run at, "
              + Quantities.speed(l.minSpeed())
              + " to "
              + Quantities.speed(l.maxSpeed())
              + " (its limits.min-speed and limits.max-speed)");
    }
  }

  /**
   * Refuses, as a usage error, a temperature outside the apparatus' limits, naming the option, the
   * value and the limits with their keys (every command that takes a set point says it this way).
   */
  static void requireTemperatureWithinLimits(
      CommandSpec spec, String option, double temperature, Apparatus app) {
    var l = app.limits();
    if (temperature < l.minTemperature() || temperature > l.maxTemperature()) {
      throw new ParameterException(
          spec.commandLine(),
          option
              + " "
              + Quantities.celsius(temperature)
              + " is outside what apparatus "
              + app.name()
              + " can run at, "
              + Quantities.celsius(l.minTemperature())
              + " to "
              + Quantities.celsius(l.maxTemperature())
              + " (its limits.min-temperature and limits.max-temperature)");
    }
  }

  /** Refuses a coverage above 100 % per ink of the ink set, as a usage error. */
  void requireCoverage(CommandSpec spec, String option, double coverage) {
    int inks = inkSet.inks().size();
    if (coverage > inks) {
      throw new ParameterException(
          spec.commandLine(),
          option
              + " "
              + Quantities.percent(coverage)
              + " is more than ink set "
              + inkSet.name()
              + " can lay down: "
              + inks
              + " inks at 100 % each make "
              + Quantities.percent(inks));
    }
  }

  /**
   * Volume of ink per area at 100 % coverage (m³/m²): one drop of the ink set's middle size per
   * pixel at {@link #dpi}.
   */
  double volumeAtFullCoverage() {
    var drops = inkSet.dropSizes();
    double drop = drops.get(drops.size() / 2).volume();
    double perMetre = dpi / Units.INCH;
    return perMetre * perMetre * drop;
  }

  /** Liquid volume fraction of an ink volume (1): water plus co-solvent, averaged over inks. */
  double liquidPerInkVolume() {
    double s = 0;
    for (Ink i : inkSet.inks()) {
      s += i.waterVolumeFraction() + i.coSolventFraction() * i.density() / CO_SOLVENT_DENSITY;
    }
    return s / inkSet.inks().size();
  }

  /** Water share of the liquid (1), averaged over the inks. */
  double waterFraction() {
    double w = 0;
    double l = 0;
    for (Ink i : inkSet.inks()) {
      w += i.waterVolumeFraction();
      l += i.waterVolumeFraction() + i.coSolventFraction() * i.density() / CO_SOLVENT_DENSITY;
    }
    return w / l;
  }

  /** Liquid per area (m³/m²) for {@code coverage} (1) unless --liquid was given. */
  double liquidFor(double coverage) {
    if (liquid != null) {
      return liquid;
    }
    return coverage * volumeAtFullCoverage() * liquidPerInkVolume();
  }

  static String ml(double cubicMetresPerSquareMetre) {
    return String.format(Locale.ROOT, "%.2f mL/m²", cubicMetresPerSquareMetre * 1e6);
  }
}
