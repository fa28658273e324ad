package dev.fusejet.bench;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.control.Fuser;
import dev.fusejet.control.Job;
import dev.fusejet.control.JobResult;
import dev.fusejet.control.JobRunner;
import dev.fusejet.control.Sheet;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.media.Medium;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the heater loop (issue 16 target): one simulated hour of printing, a 4 × 6 in sheet
 * every 3 s (0.5 s in the nip at 300 mm/s, 2.5 s gap) with the twin on every revolution of every
 * sheet, the prediction before each sheet, the observer and the six guards, in at most 5 s on one
 * core. Inputs: the glossy-ldpe-70 medium on the roller-nip preset at the planner's point.
 *
 * <pre>
 * java -cp target/fusejet.jar org.openjdk.jmh.Main FuserBenchmark -p controller=pid,mpc
 * </pre>
 */
@State(Scope.Benchmark)
public class FuserBenchmark {

  /** The controller. */
  @Param({"pid", "mpc"})
  public String controller;

  Apparatus apparatus;
  Medium medium;
  Job job;

  @Setup
  public void setUp() {
    apparatus = Catalog.builtIn().apparatus("roller-nip");
    medium = Catalog.builtIn().medium("glossy-ldpe-70");
    Job planned = Job.planned(medium, apparatus, FusingMode.STANDARD, 1, Sheet.photo(2.0), 2.5);
    // sheets for an hour at one per 3 s, after the warm-up
    job = planned.withSheets(1200);
  }

  /** One simulated hour; returns the simulated duration so the work is not eliminated (s). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  @Fork(1)
  public double oneSimulatedHour() {
    Fuser f = Fuser.create(apparatus, medium, Fuser.Options.defaults().withController(controller));
    JobResult r = JobRunner.run(f, job, false);
    if (r.records().size() != job.sheets()) {
      throw new IllegalStateException("job stopped: " + r.stopReason());
    }
    return r.duration();
  }
}
