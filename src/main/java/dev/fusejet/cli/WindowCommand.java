package dev.fusejet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.fuser.Blocking;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.fuser.ProcessWindowPlanner;
import dev.fusejet.fuser.Suggestion;
import dev.fusejet.fuser.WindowPlan;
import dev.fusejet.fuser.WindowProblem;
import dev.fusejet.media.Medium;
import dev.fusejet.nip.NipContact;
import dev.fusejet.units.Quantities;
import dev.fusejet.validation.Finding;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fusejet window}: plans the fusing set point for a medium on an apparatus and explains it.
 * Exit status 0 when a robust point exists, 4 when none does, 1 when the input is unusable.
 */
@Command(
    name = "window",
    mixinStandardHelpOptions = true,
    description = {
      "Plans the fusing set point (surface temperature, speed) that keeps the claimed conditions",
      "true over the sensor, droop and speed tolerances, preferring the highest throughput.",
      "Exit status: 0 point found, 4 no robust point, 1 unusable input or unwritable plot,"
          + " 2 bad option."
    })
final class WindowCommand implements Callable<Integer> {
  /** Exit status when no robust point exists. */
  static final int NO_ROBUST_POINT = 4;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SetupOptions setup = new SetupOptions();

  @Option(
      names = "--mode",
      paramLabel = "standard|high-gloss",
      defaultValue = "standard",
      description = "Fusing mode (default: ${DEFAULT-VALUE}).")
  FusingMode mode;

  @Option(
      names = "--plot",
      paramLabel = "FILE.png|FILE.svg",
      converter = Converters.PlotFile.class,
      description = "Also draw the (T, t) plane with both boundaries, limits and regions.")
  Path plot;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Option(
      names = "--twin",
      description =
          "With --plot: also draw the thermal twin's own fused, high-gloss and melt-onset"
              + " boundaries (takes a few seconds).")
  boolean plotTwin;

  @Option(
      names = "--override-design",
      paramLabel = "REASON",
      description = "Accept a medium or apparatus outside the design ranges; REASON is recorded.")
  String overrideReason;

  private String nipModel;
  private double meanPressure;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FusingMode fusingMode = mode;
    if (plot != null) {
      Outputs.requireWritable(plot);
    }
    Medium medium = setup.medium();
    Apparatus app = setup.apparatus();
    NipContact nip = NipWidths.of(app);
    double width = nip.width();
    ValidationReport mr = setup.check(medium);
    ValidationReport ar = setup.check(app, nip.meanPressure());
    if (!DesignGate.accept(err, overrideReason, mr, ar)) {
      return 1;
    }
    WindowPlan plan = ProcessWindowPlanner.plan(WindowProblem.of(medium, app, width, fusingMode));
    WindowTwin twin = null;
    String twinProblem = null;
    if (plan.point().isPresent()) {
      try {
        twin = WindowTwin.at(medium, app, fusingMode, plan.point().orElseThrow());
      } catch (IllegalArgumentException e) {
        twinProblem = e.getMessage();
      }
    }
    if (json) {
      nipModel = nip.model().name();
      meanPressure = nip.meanPressure();
      out.println(toJson(plan, medium, app, mr, ar, twin, twinProblem));
      if (twin != null && !twin.agrees()) {
        err.println("fusejet window: warning: " + twin.disagreement());
      }
    } else {
      printText(out, plan, medium, app, nip);
      if (twin != null) {
        twin.lines().forEach(out::println);
      } else if (twinProblem != null) {
        out.println("Twin not run: " + twinProblem);
      }
    }
    if (plot != null) {
      WindowPlot.draw(plan, medium, app, plotTwin ? twinFor(medium, app, twin) : null).write(plot);
      if (!json) {
        out.println("Plot written to " + plot);
      }
    }
    return plan.feasible() ? 0 : NO_ROBUST_POINT;
  }

  private void printText(
      PrintWriter out, WindowPlan plan, Medium medium, Apparatus app, NipContact nip) {
    FusingMode m = plan.problem().conditions().mode();
    out.println(
        "fusejet window: medium " + medium.name() + " on " + app.name() + ", mode " + m.label());
    if (overrideReason != null) {
      out.println("Design override recorded: " + overrideReason);
    }
    out.println("  Nip: " + PlanText.nip(nip) + ".");
    for (String line : PlanText.reasoning(plan)) {
      out.println("  " + line);
    }
    if (plan.feasible()) {
      OperatingPoint p = plan.point().orElseThrow();
      out.println(
          "Operating point: T = "
              + Quantities.celsius(p.temperature())
              + ", v = "
              + Quantities.speed(p.speed())
              + " (dwell "
              + Quantities.millis(plan.problem().dwell(p.speed()))
              + ")");
      out.printf(
          "  (T - Tg) t  = %s °C·s > %s   worst-case margin %+.3f °C·s%n",
          Quantities.fmt(plan.heatValue()), Quantities.fmt(m.heatThreshold()), plan.heatMargin());
      out.printf(
          "  (T - T_M) t = %s °C·s < %s   worst-case margin %+.3f °C·s%n",
          Quantities.fmt(plan.meltValue()), Quantities.fmt(m.meltLimit()), plan.meltMargin());
    } else {
      out.println(
          "No robust operating point; blocked by "
              + PlanText.blocking(plan.blocking().orElse(Blocking.BOTH))
              + ".");
      out.println("Would make it feasible (each alone, all else kept):");
      for (Suggestion s : plan.suggestions()) {
        out.println(
            "  "
                + s.parameter().key()
                + ": "
                + PlanText.current(s, plan)
                + " -> "
                + PlanText.needed(s)
                + " ("
                + PlanText.why(s, plan)
                + ")");
      }
    }
  }

  /** The twin for the plot's boundaries: the one already run, else a new one (null if none). */
  private static dev.fusejet.twin.Twin twinFor(Medium medium, Apparatus app, WindowTwin run) {
    if (run != null) {
      return run.twin();
    }
    try {
      return dev.fusejet.twin.Twin.of(
          medium, app, dev.fusejet.twin.TwinSettings.defaults().withRecordHistory(false));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String toJson(
      WindowPlan plan,
      Medium medium,
      Apparatus app,
      ValidationReport mr,
      ValidationReport ar,
      WindowTwin twin,
      String twinProblem)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("medium", medium.name());
    root.put("apparatus", app.name());
    root.put("mode", plan.problem().conditions().mode().label());
    root.put("glassTransitionC", plan.problem().conditions().glassTransition());
    root.put("meltingTemperatureC", plan.problem().conditions().meltingTemperature());
    root.put("nipWidthM", plan.problem().nipWidth());
    root.put("nipModel", nipModel);
    root.put("meanPressurePa", meanPressure);
    root.put("temperatureToleranceK", plan.problem().temperatureTolerance());
    root.put("speedTolerance", plan.problem().speedTolerance());
    root.put("feasible", plan.feasible());
    if (overrideReason != null) {
      root.put("designOverride", overrideReason);
    }
    plan.point().ifPresent(p -> root.set("point", point(mapper, p, plan.problem())));
    plan.bestPoint().ifPresent(p -> root.set("bestPoint", point(mapper, p, plan.problem())));
    putNumber(root, "heatValueCs", plan.heatValue());
    putNumber(root, "meltValueCs", plan.meltValue());
    putNumber(root, "heatMarginCs", plan.heatMargin());
    putNumber(root, "meltMarginCs", plan.meltMargin());
    putNumber(root, "robustTemperatureLowC", plan.robustTemperatureLow());
    putNumber(root, "robustTemperatureHighC", plan.robustTemperatureHigh());
    plan.blocking().ifPresent(b -> root.put("blocking", b.label()));
    if (twin != null) {
      twin.json(root.putObject("twin"));
    } else if (twinProblem != null) {
      root.putObject("twin").put("notRun", twinProblem);
    }
    ArrayNode sug = root.putArray("suggestions");
    for (Suggestion s : plan.suggestions()) {
      ObjectNode n = sug.addObject();
      n.put("parameter", s.parameter().key());
      n.put("current", PlanText.current(s, plan));
      n.put("needed", PlanText.needed(s));
      n.put("why", PlanText.why(s, plan));
      n.put("direction", s.direction().name().toLowerCase(java.util.Locale.ROOT));
      putNumber(n, "neededSi", s.needed());
      putNumber(n, "neededHighSi", s.neededHigh());
      if (s.parameter().dimension() != null) {
        n.put("unitSi", s.parameter().dimension().siSymbol());
      }
    }
    ArrayNode why = root.putArray("reasoning");
    PlanText.reasoning(plan).forEach(why::add);
    ArrayNode findings = root.putArray("findings");
    for (ValidationReport r : List.of(mr, ar)) {
      for (Finding f : r.findings()) {
        ObjectNode n = findings.addObject();
        n.put("subject", r.subject());
        n.put("severity", f.severity().label());
        n.put("field", f.field());
        n.put("value", f.value());
        n.put("limit", f.limit());
        n.put("advice", f.advice());
        if (!f.location().isEmpty()) {
          n.put("location", f.location());
        }
      }
    }
    return mapper.writeValueAsString(root);
  }

  private static ObjectNode point(ObjectMapper mapper, OperatingPoint p, WindowProblem problem) {
    ObjectNode n = mapper.createObjectNode();
    n.put("temperatureC", p.temperature());
    n.put("speedMps", p.speed());
    n.put("dwellS", problem.dwell(p.speed()));
    return n;
  }

  private static void putNumber(ObjectNode n, String key, double v) {
    if (Double.isFinite(v)) {
      n.put(key, v);
    } else {
      n.putNull(key);
    }
  }
}
