package dev.fusejet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.control.Fuser;
import dev.fusejet.control.Job;
import dev.fusejet.control.JobResult;
import dev.fusejet.control.JobRunner;
import dev.fusejet.control.Sample;
import dev.fusejet.control.Sheet;
import dev.fusejet.control.SheetRecord;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.media.Medium;
import dev.fusejet.plot.Chart;
import dev.fusejet.units.Quantities;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fusejet fuser simulate}: a job on the simulated fuser at the planner's set point, with the
 * chosen controller and injected faults; prints the summary and writes the plot and CSV. Exit
 * status 0 when every sheet went through compliant, 5 when the job stopped or a sheet was not
 * compliant, 1 unusable input, 2 bad option.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a job on the simulated fuser (plant, controller, guards, per-sheet compliance) at the",
      "planner's fastest robust set point, in simulated time.",
      "Exit status: 0 all sheets compliant, 5 stopped or not compliant, 1 unusable input."
    })
final class FuserSimulateCommand implements Callable<Integer> {
  /** Exit status when the job stopped or a sheet was not compliant. */
  static final int NOT_COMPLIANT = 5;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SetupOptions setup = new SetupOptions();

  @Option(names = "--mode", paramLabel = "standard|high-gloss", defaultValue = "standard")
  String mode;

  @Option(
      names = "--sheets",
      defaultValue = "200",
      description = "Sheets (default: ${DEFAULT-VALUE}).")
  int sheets;

  @Option(
      names = "--controller",
      paramLabel = "pid|onoff|mpc",
      description = "Controller (default: the apparatus file's).")
  String controller;

  @Option(
      names = "--coverage",
      defaultValue = "200%",
      converter = Converters.Coverage.class,
      description =
          "Ink coverage of each 4x6 in sheet, with its %% sign, at most 100 %% per ink of the"
              + " default ink set (default: ${DEFAULT-VALUE}).")
  double coverage;

  @Option(
      names = "--gap",
      defaultValue = "1.0",
      description =
          "Seconds between a sheet's exit and the next feed, 0 or more (default:"
              + " ${DEFAULT-VALUE}).")
  double gap;

  @Option(
      names = "--fault",
      paramLabel = "NAME@SECONDS",
      description =
          "Inject a fault: detached, heater-open, stuck, shorted, silent, stall, sag or reads-low at a"
              + " simulated time from the job's start (repeatable).")
  List<String> faults = new ArrayList<>();

  @Option(
      names = "--disable-guard",
      paramLabel = "NAME",
      description = "Leave a guard out, to see what it catches (repeatable; demonstrations only).")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "1", description = "Sensor noise seed.")
  long seed;

  @Option(
      names = "--plot",
      paramLabel = "FILE.png|FILE.svg",
      converter = Converters.PlotFile.class,
      description = "Plot of the run.")
  Path plot;

  @Option(names = "--csv", paramLabel = "FILE", description = "Per-sheet records as CSV.")
  Path csv;

  @Option(names = "--json", description = "Print the summary and records as JSON.")
  boolean json;

  @Override
  public Integer call() {
    requireOptions();
    if (plot != null) {
      Outputs.requireWritable(plot);
    }
    if (csv != null) {
      Outputs.requireWritable(csv);
    }
    Medium m = setup.usableMedium(spec.commandLine().getErr());
    Apparatus a = setup.usableApparatus(spec.commandLine().getErr());
    FusingMode fm;
    List<Job.ScheduledFault> scheduled = new ArrayList<>();
    try {
      fm = FusingMode.fromLabel(mode);
      for (String f : faults) {
        scheduled.add(Job.ScheduledFault.parse(f));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Fuser fuser;
    try {
      // its only refusals are an unknown --controller or --disable-guard name: usage errors
      fuser = Fuser.create(a, m, new Fuser.Options(controller, seed, Set.copyOf(disabled)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Job job;
    try {
      job = Job.planned(m, a, fm, sheets, Sheet.photo(coverage), gap).withFaults(scheduled);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("fusejet fuser simulate: " + e.getMessage());
      return 1;
    }
    JobResult r = JobRunner.run(fuser, job, plot != null);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(job, fuser, r));
    } else {
      summary(out, job, fuser, r);
    }
    if (csv != null) {
      writeCsv(csv, r);
      out.println("records: " + csv);
    }
    if (plot != null) {
      plot(plot, job, m, fuser, r);
      out.println("plot: " + plot);
    }
    boolean ok = r.stopReason().isEmpty() && r.compliant() == r.records().size();
    return ok ? 0 : NOT_COMPLIANT;
  }

  /** The option values no job could run with: usage errors (exit status 2), before any work. */
  private void requireOptions() {
    CommandLine cl = spec.commandLine();
    if (sheets < 1 || sheets > 100000) {
      throw new ParameterException(cl, "--sheets " + sheets + ": 1 to 100000");
    }
    int inks = setup.catalog().inkSet(Catalog.DEFAULT_INK_SET).inks().size();
    if (coverage > inks) {
      throw new ParameterException(
          cl,
          "--coverage "
              + Quantities.percent(coverage)
              + " is more than ink set "
              + Catalog.DEFAULT_INK_SET
              + " can lay down: "
              + inks
              + " inks at 100 % each make "
              + Quantities.percent(inks));
    }
    if (!(gap >= 0) || Double.isInfinite(gap)) {
      throw new ParameterException(
          cl, "--gap " + Quantities.fmt(gap) + " s is not a time between sheets: give 0 s or more");
    }
  }

  private static void summary(PrintWriter out, Job job, Fuser f, JobResult r) {
    out.printf(
        Locale.ROOT,
        "fuser %s with %s, %s on %s, %s: set point %.1f °C at %.0f mm/s, %d sheets%n",
        f.apparatus().name(),
        f.controllerName(),
        f.medium().name(),
        f.apparatus().name(),
        job.mode().label(),
        job.target(),
        job.speed() * 1000,
        job.sheets());
    out.printf(Locale.ROOT, "warm-up: %.1f s to ready%n", r.warmUpTime());
    out.printf(
        Locale.ROOT,
        "sheets: %d through, %d compliant, %d delayed or slowed%n",
        r.records().size(),
        r.compliant(),
        r.adjusted());
    out.printf(
        Locale.ROOT,
        "worst margins: (T - Tg) t %+.3f °C·s, (T - T_M) t %+.3f °C·s%n",
        r.worstHeatMargin(),
        r.worstMeltMargin());
    out.printf(
        Locale.ROOT, "droop per sheet: mean %.2f K, max %.2f K%n", r.meanDroop(), r.maxDroop());
    if (!r.records().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "true surface at entry: %.2f to %.2f °C, hottest met %.2f °C (limits.max-temperature"
              + " %.1f °C)%n",
          r.records().stream().mapToDouble(SheetRecord::entryTemperature).min().orElseThrow(),
          r.records().stream().mapToDouble(SheetRecord::entryTemperature).max().orElseThrow(),
          r.records().stream().mapToDouble(SheetRecord::maxTemperature).max().orElseThrow(),
          f.apparatus().limits().maxTemperature());
    }
    out.printf(
        Locale.ROOT,
        "energy: %.1f kJ heater over %.0f s (%.0f W mean)%n",
        r.heaterEnergy() / 1000,
        r.duration(),
        r.heaterEnergy() / Math.max(1e-9, r.duration()));
    r.fault()
        .ifPresent(
            x ->
                out.printf(
                    Locale.ROOT,
                    "FAULT (latched) %s at %.1f s: %s [%s]%n",
                    x.guard(),
                    x.time(),
                    x.message(),
                    x.reason()));
    if (!r.stopReason().isEmpty()) {
      out.println("stopped: " + r.stopReason());
    }
  }

  private static String json(Job job, Fuser f, JobResult r) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode o = mapper.createObjectNode();
    o.put("apparatus", f.apparatus().name());
    o.put("medium", f.medium().name());
    o.put("controller", f.controllerName());
    o.put("mode", job.mode().label());
    o.put("setPointCelsius", job.target());
    o.put("speedMetresPerSecond", job.speed());
    o.put("warmUpSeconds", r.warmUpTime());
    o.put("sheets", r.records().size());
    o.put("compliant", r.compliant());
    o.put("adjusted", r.adjusted());
    o.put("worstHeatMargin", r.worstHeatMargin());
    o.put("worstMeltMargin", r.worstMeltMargin());
    o.put("meanDroopKelvin", r.meanDroop());
    o.put("maxDroopKelvin", r.maxDroop());
    o.put("heaterEnergyJoules", r.heaterEnergy());
    o.put("stopReason", r.stopReason());
    r.fault()
        .ifPresent(
            x -> {
              ObjectNode fo = o.putObject("fault");
              fo.put("guard", x.guard());
              fo.put("reason", x.reason());
              fo.put("message", x.message());
              fo.put("time", x.time());
            });
    ArrayNode recs = o.putArray("records");
    for (SheetRecord s : r.records()) {
      recs.add(mapper.valueToTree(s));
    }
    try {
      return mapper.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeCsv(Path file, JobResult r) {
    StringBuilder b =
        new StringBuilder(
            "index,entry_s,speed_m_s,dwell_s,entry_c,min_c,max_c,sintering_cs,melting_cs,"
                + "heat_margin_cs,melt_margin_cs,compliant,action,delay_s,energy_j,gloss60,reason\n");
    for (SheetRecord s : r.records()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%d,%.2f,%.4f,%.5f,%.3f,%.3f,%.3f,%.4f,%.4f,%.4f,%.4f,%s,%s,%.1f,%.2f,%.2f,\"%s\"%n",
              s.index(),
              s.entryTime(),
              s.speed(),
              s.dwell(),
              s.entryTemperature(),
              s.minTemperature(),
              s.maxTemperature(),
              s.sinteringProduct(),
              s.meltingProduct(),
              s.heatMargin(),
              s.meltMargin(),
              s.compliant(),
              s.action(),
              s.delay(),
              s.energy(),
              s.gloss60(),
              s.reason().replace("\"", "'")));
    }
    Outputs.writeString(file, b);
  }

  private static void plot(Path file, Job job, Medium m, Fuser f, JobResult r) {
    List<Sample> s = r.samples();
    int step = Math.max(1, s.size() / 4000);
    int n = (s.size() + step - 1) / step;
    double[] t = new double[n];
    double[] reading = new double[n];
    double[] surface = new double[n];
    double[] power = new double[n];
    for (int i = 0, j = 0; i < s.size(); i += step, j++) {
      Sample x = s.get(i);
      t[j] = x.time();
      reading[j] = Double.isNaN(x.reading()) ? x.surface() : x.reading();
      surface[j] = x.surface();
      power[j] = 100 * x.duty();
    }
    double dwell = f.nipWidth() / job.speed();
    double low = m.glassTransition() + job.mode().heatThreshold() / dwell;
    double high = m.meltingTemperature() + job.mode().meltLimit() / dwell;
    Chart c =
        new Chart(
                String.format(
                    Locale.ROOT,
                    "%s, %s on %s (%s)",
                    f.controllerName(),
                    m.name(),
                    f.apparatus().name(),
                    job.mode().label()),
                "simulated time (s)",
                "°C; heater output (%)")
            .line("true surface", t, surface)
            .line("thermistor", t, reading)
            .dashedLine("heater output (%)", t, power)
            .horizontalLine(job.target(), "set point")
            .horizontalLine(low, "window low at the nominal dwell")
            .horizontalLine(high, "window high");
    if (r.entries().size() <= 40) {
      for (double e : r.entries()) {
        c.verticalLine(e, "");
      }
    }
    r.fault().ifPresent(x -> c.verticalLine(x.time(), "fault: " + x.guard()));
    c.write(file);
  }
}
