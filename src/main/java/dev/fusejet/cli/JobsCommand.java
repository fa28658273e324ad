package dev.fusejet.cli;

import dev.fusejet.device.SheetRecord;
import dev.fusejet.job.DocumentInfo;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobService;
import dev.fusejet.job.JobSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fusejet jobs}: the jobs of a state directory and their states. */
@Command(
    name = "jobs",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the jobs journaled in a state directory with their states, reasons and sheets."
          + " Reads only: it prints nothing and changes no file. Exit status 0, 1 no such job."
    },
    subcommands = {JobsCommand.Show.class})
final class JobsCommand implements Callable<Integer> {

  /** Where the state lives unless {@code --state} says otherwise. */
  static final String DEFAULT = "$FUSEJET_STATE, else ~/.local/state/fusejet";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--state", paramLabel = "DIR", description = "State directory.")
  Path state;

  static Path defaultState() {
    String env = System.getenv("FUSEJET_STATE");
    return env != null
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".local", "state", "fusejet");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<JobInfo> jobs = JobService.read(state == null ? defaultState() : state);
    out.println(
        String.format(
            Locale.ROOT,
            "%5s  %-18s  %-9s  %-24s  %s",
            "id",
            "state",
            "sheets",
            "name",
            "reasons"));
    for (JobInfo j : jobs) {
      out.println(
          String.format(
              Locale.ROOT,
              "%5d  %-18s  %4d/%-4s  %-24s  %s%s",
              j.id(),
              j.state().keyword(),
              j.sheetsCompleted(),
              j.sheetsTotal() == 0 ? "?" : Integer.toString(j.sheetsTotal()),
              j.ticket().name(),
              String.join(",", j.reasons()),
              j.message().isEmpty() ? "" : " (" + j.message() + ")"));
    }
    out.flush();
    return 0;
  }

  /** {@code fusejet jobs show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One job: its ticket, state, set point, documents and per-sheet records.")
  static final class Show implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand JobsCommand parent;

    @Parameters(paramLabel = "ID", description = "The job's id.")
    int id;

    @Option(names = "--json", description = "As JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path dir = parent.state == null ? defaultState() : parent.state;
      Optional<JobInfo> job = JobService.read(dir).stream().filter(j -> j.id() == id).findFirst();
      if (job.isEmpty()) {
        spec.commandLine().getErr().println("fusejet jobs show: no job " + id + " in " + dir);
        return 1;
      }
      if (json) {
        out.println(PrintCommand.JSON.writeValueAsString(job.get()));
      } else {
        table(job.get(), out);
      }
      out.flush();
      return 0;
    }
  }

  /** A job and its sheet records as text. */
  static void table(JobInfo j, PrintWriter out) {
    out.println(
        String.format(
            Locale.ROOT,
            "job %d '%s' by %s: %s (%s)%s",
            j.id(),
            j.ticket().name(),
            j.ticket().user(),
            j.state().keyword(),
            String.join(", ", j.reasons()),
            j.message().isEmpty() ? "" : ": " + j.message()));
    for (DocumentInfo d : j.documents()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  document %d: %s, %s, %d bytes",
              d.number(),
              d.name(),
              d.format(),
              d.size()));
    }
    if (j.setPoint() != null) {
      out.println(
          String.format(
              Locale.ROOT,
              "  set point: %.1f °C, %.0f mm/s, dwell %.1f ms, %s",
              j.setPoint().temperature(),
              j.setPoint().speed() * 1000,
              j.setPoint().dwell() * 1000,
              j.setPoint().mode().label()));
    }
    out.println("  folder: " + j.folder());
    if (j.sheets().isEmpty()) {
      return;
    }
    out.println(
        "  sheet  page copy  ink mL  load mean/max mL/m²  entry °C  min °C  (T-Tg)t  (T-TM)t"
            + "  gloss60  melt %  blister  compliant");
    for (SheetRecord r : j.sheets()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %5d  %4d %4d  %6.4f  %8.2f / %-8.2f  %8.1f  %6.1f  %7.3f  %7.3f  %7.1f  %6.2f  %7.2f"
                  + "  %s%s",
              r.sheet(),
              r.page(),
              r.copy(),
              r.totalInk() * 1e6,
              r.loadMean() * 1e6,
              r.loadMax() * 1e6,
              r.surfaceEntry(),
              r.surfaceMinimum(),
              r.claimedSintering(),
              r.claimedMelting(),
              r.gloss60(),
              r.meltFraction() * 100,
              r.blisterRisk(),
              r.compliant() ? "yes" : "no",
              r.canceled() ? " (canceled job)" : ""));
    }
    JobSummary s = j.summary();
    out.println(
        String.format(
            Locale.ROOT,
            "  %d sheet(s), %d compliant, %.4f mL of ink, smallest margins %.3f / %.3f °C·s,"
                + " mean gloss %.1f GU, machine time %.1f s",
            s.sheets(),
            s.compliant(),
            s.inkUsed().values().stream().mapToDouble(Double::doubleValue).sum() * 1e6,
            s.minHeatMargin(),
            s.minMeltMargin(),
            s.meanGloss60(),
            s.machineTime()));
  }
}
