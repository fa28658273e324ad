package dev.fusejet.cli;

import dev.fusejet.fuser.FusingMode;
import dev.fusejet.plot.Chart;
import dev.fusejet.time.Ticker;
import dev.fusejet.twin.Twin;
import dev.fusejet.twin.TwinMap;
import dev.fusejet.units.Quantities;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fusejet twin map}: sweeps roller temperature × speed through the twin and draws heat maps
 * of gloss, resin-layer melt fraction and blister risk with the claimed boundary curves over them.
 */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description =
        "Sweeps roller temperature x speed through the thermal twin and writes heat maps of 60°"
            + " gloss, resin-layer melt fraction and blister risk, with the claimed boundaries"
            + " (T - Tg) t = 2 and 6 and (T - T_M) t = 3 drawn over them, plus the grid as CSV."
            + " Progress on stderr.")
final class TwinMapCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin TwinInputs inputs = new TwinInputs();

  @Option(
      names = "--t-min",
      paramLabel = "T",
      converter = Converters.Temperature.class,
      description = "Lowest temperature (default: the apparatus limit).")
  Double tMin;

  @Option(
      names = "--t-max",
      paramLabel = "T",
      converter = Converters.Temperature.class,
      description = "Highest temperature (default: the apparatus limit).")
  Double tMax;

  @Option(
      names = "--v-min",
      paramLabel = "V",
      converter = Converters.Speed.class,
      description = "Lowest speed (default: the apparatus limit).")
  Double vMin;

  @Option(
      names = "--v-max",
      paramLabel = "V",
      converter = Converters.Speed.class,
      description = "Highest speed (default: the apparatus limit).")
  Double vMax;

  @Option(
      names = "--points",
      paramLabel = "N",
      defaultValue = "100",
      description = "Grid points per axis (default: ${DEFAULT-VALUE}, i.e. 100 x 100 passes).")
  int points;

  @Option(
      names = "--coverage",
      paramLabel = "PERCENT",
      defaultValue = "200%",
      converter = Converters.Coverage.class,
      description = "Ink coverage for water and blister risk (default: 200%%).")
  double coverage;

  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = Converters.AtLeastOne.class,
      description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(
      names = "--out",
      paramLabel = "PREFIX",
      defaultValue = "twin-map",
      description =
          "Output prefix: PREFIX-gloss.png, PREFIX-melt.png, PREFIX-blister.png, PREFIX.csv"
              + " (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(
      names = "--format",
      paramLabel = "png|svg",
      defaultValue = "png",
      description = "Image format of the maps: png or svg (default: ${DEFAULT-VALUE}).")
  Chart.Format format;

  /** Injected for tests; wall time otherwise. */
  Ticker ticker = Ticker.wall();

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (points < 2) {
      throw new ParameterException(
          spec.commandLine(), "--points " + points + " must be at least 2");
    }
    String ext = "." + format.name().toLowerCase(Locale.ROOT);
    Path gloss = Path.of(out + "-gloss" + ext);
    Path melt = Path.of(out + "-melt" + ext);
    Path blister = Path.of(out + "-blister" + ext);
    Path csv = Path.of(out + ".csv");
    for (Path p : new Path[] {gloss, melt, blister, csv}) {
      Outputs.requireWritable(p);
    }
    if (!inputs.load(err)) {
      return 1;
    }
    var lim = inputs.app.limits();
    double t0 = tMin == null ? lim.minTemperature() : tMin;
    double t1 = tMax == null ? lim.maxTemperature() : tMax;
    double v0 = vMin == null ? lim.minSpeed() : vMin;
    double v1 = vMax == null ? lim.maxSpeed() : vMax;
    double cov = coverage;
    if (!(t1 > t0) || !(v1 > v0)) {
      throw new ParameterException(
          spec.commandLine(),
          "need --t-min < --t-max and --v-min < --v-max, got "
              + Quantities.celsius(t0)
              + " to "
              + Quantities.celsius(t1)
              + ", "
              + Quantities.speed(v0)
              + " to "
              + Quantities.speed(v1));
    }
    inputs.requireWithinLimits(spec, "--t-min", t0, "--v-min", v0);
    inputs.requireWithinLimits(spec, "--t-max", t1, "--v-max", v1);
    inputs.requireCoverage(spec, "--coverage", cov);
    double liquid = inputs.liquidFor(cov);
    Twin twin = Twin.of(inputs.medium, inputs.app, inputs.settings.withRecordHistory(false));
    double[] temps = TwinMap.linspace(t0, t1, points);
    double[] speeds = TwinMap.linspace(v0, v1, points);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    ProgressBar bar = new ProgressBar(err, ticker, "twin map", (long) points * points);
    long start = ticker.nanos();
    TwinMap map =
        TwinMap.sweep(
            twin, temps, speeds, liquid, inputs.waterFraction(), n, row -> bar.step(points));
    bar.finish();
    double seconds = ticker.secondsSince(start);
    double tg = inputs.medium.glassTransition();
    double tm = inputs.medium.meltingTemperature();
    double width = twin.nip().width();
    chart("60° gloss (GU)", map.gloss60(), map, tg, tm, width, "gloss 60° (GU)").write(gloss);
    chart("resin-layer melt fraction", map.meltFraction(), map, tg, tm, width, "melted (1)")
        .write(melt);
    chart("blister risk", map.blisterScore(), map, tg, tm, width, "risk (0-1)").write(blister);
    writeCsv(csv, map);
    o.printf(
        Locale.ROOT,
        "fusejet twin map: %s on %s, %d x %d passes (%s..%s, %s..%s), liquid %s, %d threads,"
            + " %.2f s%n",
        inputs.medium.name(),
        inputs.app.name(),
        points,
        points,
        Quantities.celsius(t0),
        Quantities.celsius(t1),
        Quantities.speed(v0),
        Quantities.speed(v1),
        TwinInputs.ml(liquid),
        n,
        seconds);
    o.println("Maps written to " + gloss + ", " + melt + ", " + blister + " and " + csv);
    return 0;
  }

  /** Heat map over speed (mm/s) × temperature (°C) with the claimed boundaries. */
  static Chart chart(
      String title, double[][] z, TwinMap map, double tg, double tm, double width, String zLabel) {
    double[] v = map.speeds();
    double[] t = map.temperatures();
    double[] vmm = new double[v.length];
    double[] heat2 = new double[v.length];
    double[] heat6 = new double[v.length];
    double[] melt3 = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      vmm[i] = v[i] * 1e3;
      double dwell = width / v[i];
      heat2[i] = tg + FusingMode.STANDARD.heatThreshold() / dwell;
      heat6[i] = tg + FusingMode.HIGH_GLOSS.heatThreshold() / dwell;
      melt3[i] = tm + FusingMode.STANDARD.meltLimit() / dwell;
    }
    return new Chart(title, "speed (mm/s)", "roller temperature (°C)")
        .heatMap(z, vmm[0], vmm[vmm.length - 1], t[0], t[t.length - 1], zLabel)
        .line("(T - Tg) t = " + Quantities.fmt(FusingMode.STANDARD.heatThreshold()), vmm, heat2)
        .line("(T - Tg) t = " + Quantities.fmt(FusingMode.HIGH_GLOSS.heatThreshold()), vmm, heat6)
        .line("(T - T_M) t = " + Quantities.fmt(FusingMode.STANDARD.meltLimit()), vmm, melt3)
        .yRange(t[0], t[t.length - 1])
        .xRange(vmm[0], vmm[vmm.length - 1]);
  }

  static void writeCsv(Path file, TwinMap m) {
    StringBuilder sb =
        new StringBuilder(
            "temperature_C,speed_m_per_s,dwell_s,gloss20_GU,gloss60_GU,melt_fraction,blister_score\n");
    for (int r = 0; r < m.temperatures().length; r++) {
      for (int c = 0; c < m.speeds().length; c++) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%.3f,%.5f,%.5f,%.3f,%.3f,%.5f,%.4f%n",
                m.temperatures()[r],
                m.speeds()[c],
                m.dwell()[c],
                m.gloss20()[r][c],
                m.gloss60()[r][c],
                m.meltFraction()[r][c],
                m.blisterScore()[r][c]));
      }
    }
    Outputs.writeString(file, sb);
  }
}
