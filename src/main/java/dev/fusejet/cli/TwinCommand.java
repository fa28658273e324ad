package dev.fusejet.cli;

import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.plot.Chart;
import dev.fusejet.twin.History;
import dev.fusejet.twin.InkLoad;
import dev.fusejet.twin.SheetReport;
import dev.fusejet.twin.Twin;
import dev.fusejet.units.Quantities;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fusejet twin}: one sheet pass through the thermal twin, printed as a report, with the
 * temperature histories written as CSV and as a plot.
 */
@Command(
    name = "twin",
    mixinStandardHelpOptions = true,
    subcommands = {TwinMapCommand.class},
    description =
        "Simulates one sheet point through the heated nip (1-D thermal twin): temperatures,"
            + " resin-layer melting, particle sintering and gloss, ink water and blister risk, and"
            + " compares them with the design's claimed conditions. Writes the temperature"
            + " histories as CSV (--csv) and a plot (--plot). Exit status 0, 1 unusable input or"
            + " unwritable output, 2 bad option value.")
final class TwinCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin TwinInputs inputs = new TwinInputs();

  @Option(
      names = "--temperature",
      paramLabel = "T",
      defaultValue = "160 C",
      converter = Converters.Temperature.class,
      description =
          "Roller (image-side member) surface temperature, within the apparatus' limits (default:"
              + " ${DEFAULT-VALUE}).")
  double temperature;

  @Option(
      names = "--speed",
      paramLabel = "V",
      defaultValue = "100 mm/s",
      converter = Converters.Speed.class,
      description = "Process speed, within the apparatus' limits (default: ${DEFAULT-VALUE}).")
  double speed;

  @Option(
      names = "--coverage",
      paramLabel = "PERCENT",
      defaultValue = "0%",
      converter = Converters.Coverage.class,
      description = "Total ink coverage at this point, e.g. 250%% (default: 0%%).")
  double coverage;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Also write the temperature histories as CSV to FILE.")
  Path csv;

  @Option(
      names = "--plot",
      paramLabel = "FILE.png|FILE.svg",
      converter = Converters.PlotFile.class,
      description = "Also plot the temperature histories to FILE.")
  Path plot;

  @Option(
      names = "--no-files",
      description = "Write no CSV or plot even if named (the default writes only what is named).")
  boolean noFiles;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    double t = temperature;
    double v = speed;
    double cov = coverage;
    if (!noFiles) {
      for (Path p : new Path[] {csv, plot}) {
        if (p != null) {
          Outputs.requireWritable(p);
        }
      }
    }
    if (!inputs.load(err)) {
      return 1;
    }
    inputs.requireWithinLimits(spec, "--temperature", t, "--speed", v);
    inputs.requireCoverage(spec, "--coverage", cov);
    double liquid;
    try {
      liquid = inputs.liquidFor(cov);
      Twin twin = Twin.of(inputs.medium, inputs.app, inputs.settings);
      SheetReport r =
          twin.pass(new OperatingPoint(t, v), new InkLoad(liquid, inputs.waterFraction()));
      print(out, r, cov);
      if (!noFiles && plot != null) {
        chart(r).write(plot);
        out.println("Plot written to " + plot);
      }
      if (!noFiles && csv != null) {
        writeCsv(csv, r.history());
        out.println("Histories written to " + csv);
      }
    } catch (IllegalArgumentException e) {
      err.println("fusejet twin: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private void print(PrintWriter out, SheetReport r, double cov) {
    var p = r.point();
    out.printf(
        Locale.ROOT,
        "fusejet twin: medium %s on %s, T = %s, v = %s, liquid %s%s%n",
        inputs.medium.name(),
        inputs.app.name(),
        Quantities.celsius(p.temperature()),
        Quantities.speed(p.speed()),
        TwinInputs.ml(r.liquidApplied()),
        inputs.liquid == null ? " (" + Quantities.percent(cov) + " coverage)" : "");
    out.printf(
        Locale.ROOT,
        "Nip: width %s (%s), mean %s, peak %s; dwell %s%n",
        Quantities.length(r.nip().width()),
        r.nip().model().label(),
        Quantities.pressure(r.nip().meanPressure()),
        Quantities.pressure(r.nip().peakPressure()),
        Quantities.millis(r.dwell()));
    out.println("Claimed conditions (T = roller surface, t = dwell):");
    FusingMode std = FusingMode.STANDARD;
    FusingMode high = FusingMode.HIGH_GLOSS;
    out.printf(
        Locale.ROOT,
        "  (T - Tg) t  = %.3f °C·s   standard > %s: %s, high gloss > %s: %s%n",
        r.claimedSintering(),
        Quantities.fmt(std.heatThreshold()),
        yes(r.claimedSintering() > std.heatThreshold()),
        Quantities.fmt(high.heatThreshold()),
        yes(r.claimedSintering() > high.heatThreshold()));
    out.printf(
        Locale.ROOT,
        "  (T - T_M) t = %.3f °C·s   < %s: %s%n",
        r.claimedMelting(),
        Quantities.fmt(std.meltLimit()),
        yes(r.claimedMelting() < std.meltLimit()));
    out.println("What the physics gives:");
    out.printf(
        Locale.ROOT,
        "  particle layer: peak %.1f °C, %.1f ms above Tg = %s, ∫(T - Tg) dt = %.3f °C·s%n",
        r.particlePeak(),
        r.particleTimeAboveTg() * 1e3,
        Quantities.celsius(r.glassTransition()),
        r.particleProduct());
    out.printf(
        Locale.ROOT,
        "  resin layer top: peak %.1f °C, %.1f ms above T_M = %s, ∫(T - T_M) dt = %.3f °C·s,"
            + " melted %.1f %%%n",
        r.resinPeak(),
        r.resinTimeAboveTm() * 1e3,
        Quantities.celsius(r.meltingTemperature()),
        r.resinProduct(),
        100 * r.meltFraction());
    out.printf(
        Locale.ROOT,
        "  sintering: (x/a)² = %.3g, relative density %.3f, degree %.1f %%%n",
        r.neckSquared(),
        r.relativeDensity(),
        100 * r.sinteringDegree());
    out.printf(
        Locale.ROOT,
        "  gloss: 20° %.1f GU, 60° %.1f GU, 85° %.1f GU (residual roughness %s)%n",
        r.gloss20(),
        r.gloss60(),
        r.gloss85(),
        Quantities.length(r.roughness()));
    double[] ev = r.waterEvaporated();
    out.printf(
        Locale.ROOT,
        "  water: applied %s, over capacity %s, evaporated before/in/after nip %.2f/%.2f/%.2f"
            + " mL/m², left %s%n",
        TwinInputs.ml(r.liquidApplied()),
        TwinInputs.ml(r.liquidOverflow()),
        ev[0] * 1e6,
        ev[1] * 1e6,
        ev[2] * 1e6,
        TwinInputs.ml(r.waterLeft()));
    out.printf(
        Locale.ROOT,
        "  blister risk: %s (score %.2f)%n",
        r.blister() ? "YES" : "no",
        r.blisterScore());
    out.printf(
        Locale.ROOT,
        "  energy from the roller: %.2f kJ/m² (energy balance residual %.1e), contact %.0f"
            + " W/(m²·K)%n",
        r.energyFromRoller() / 1e3,
        r.energyResidual(),
        r.frontContact());
    out.println("  the twin's verdict: " + WindowTwin.verdict(r));
    if (!r.converged()) {
      out.println(
          "  warning: "
              + r.unconvergedSteps()
              + " time steps stopped at the solver's iteration limit before converging");
    }
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
  }

  static void writeCsv(Path file, History h) {
    StringBuilder sb =
        new StringBuilder(
            "time_s,in_nip,surface_C,particle_layer_C,resin_top_C,roller_surface_C,back_C,"
                + "melt_fraction,water_m3_per_m2\n");
    for (int i = 0; i < h.time().length; i++) {
      double ti = h.time()[i];
      sb.append(
          String.format(
              Locale.ROOT,
              "%.6f,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.5f,%.4e%n",
              ti,
              ti > h.nipStart() + 1e-12 && ti <= h.nipEnd() + 1e-12 ? 1 : 0,
              h.surface()[i],
              h.particleLayer()[i],
              h.resinTop()[i],
              h.rollerSurface()[i],
              h.back()[i],
              h.meltFraction()[i],
              h.water()[i]));
    }
    Outputs.writeString(file, sb);
  }

  /** Histories against time from nip entry (ms), nip shaded, Tg and T_M as lines. */
  static Chart chart(SheetReport r) {
    History h = r.history();
    int n = h.time().length;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (h.time()[i] - h.nipStart()) * 1e3;
    }
    double dwellMs = r.dwell() * 1e3;
    Chart c =
        new Chart(
            String.format(
                Locale.ROOT,
                "Thermal twin: T = %.0f °C, v = %.0f mm/s, dwell %.0f ms",
                r.point().temperature(),
                r.point().speed() * 1e3,
                dwellMs),
            "time from nip entry (ms)",
            "temperature (°C)");
    c.verticalBand(0, dwellMs, "nip");
    c.line("roller surface", x, h.rollerSurface());
    c.line("sheet surface", x, h.surface());
    c.line("particle layer", x, h.particleLayer());
    c.line("resin layer top", x, h.resinTop());
    c.line("back", x, h.back());
    c.horizontalLine(r.glassTransition(), "Tg");
    c.horizontalLine(r.meltingTemperature(), "T_M");
    c.xRange(-Math.max(20, dwellMs), Math.max(300, 6 * dwellMs));
    return c;
  }
}
