package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.ApparatusValidator;
import dev.fusejet.config.Catalog;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.media.MediumValidator;
import dev.fusejet.nip.NipMechanics;
import dev.fusejet.units.Dimension;
import dev.fusejet.units.Quantities;
import dev.fusejet.units.Units;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
      description = "Addressability used to turn coverage into volume (default: ${DEFAULT-VALUE}).")
  double dpi;

  @Option(
      names = "--liquid",
      paramLabel = "VOLUME/m2",
      description =
          "Ink liquid per area, e.g. '15 mL/m2' (from the raster pipeline's ink map); overrides"
              + " --coverage.")
  String liquid;

  Medium medium;
  Apparatus app;
  InkSet inkSet;

  /** Loads the records; prints design-range notes; false (after printing) on errors. */
  boolean load(PrintWriter err) {
    medium = setup.medium();
    app = setup.apparatus();
    inkSet = setup.catalog().inkSet(ink);
    double pressure = Double.NaN;
    try {
      pressure = NipMechanics.contact(app).meanPressure();
    } catch (IllegalArgumentException e) {
      err.println("apparatus " + app.name() + ": " + e.getMessage());
    }
    return DesignGate.simulateAnyway(
        err, MediumValidator.validate(medium), ApparatusValidator.validate(app, pressure));
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
      String t = liquid.trim().replaceAll("(?i)\\s*/\\s*m\\^?2$", "").replaceAll("(?i)/m²$", "");
      return Quantities.parse(t, Dimension.VOLUME);
    }
    return coverage * volumeAtFullCoverage() * liquidPerInkVolume();
  }

  static String ml(double cubicMetresPerSquareMetre) {
    return String.format(Locale.ROOT, "%.2f mL/m²", cubicMetresPerSquareMetre * 1e6);
  }
}
