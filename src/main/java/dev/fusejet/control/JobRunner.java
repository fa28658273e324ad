package dev.fusejet.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link Job} on a {@link Fuser} the way the printing path does: set point, wait for ready,
 * then per sheet ask, delay or slow as told, feed, let it through, and record; faults are injected
 * on schedule. Everything in simulated time.
 */
public final class JobRunner {
  private JobRunner() {}

  /** Runs {@code job}; {@code keepSamples} keeps one sample per control period for plots. */
  public static JobResult run(Fuser f, Job job, boolean keepSamples) {
    List<Sample> samples = new ArrayList<>();
    if (keepSamples) {
      f.onSample(samples::add);
    }
    List<Job.ScheduledFault> pending = new ArrayList<>(job.faults());
    pending.sort(Comparator.comparingDouble(Job.ScheduledFault::time));
    List<Job.ScheduledFault> injected = new ArrayList<>();
    double start = f.time();
    double energy0 = f.heaterEnergy();
    List<SheetRecord> records = new ArrayList<>();
    List<Double> entries = new ArrayList<>();
    String stop = "";
    f.setTarget(job.target());
    Stepper step = new Stepper(f, start, pending, injected);
    while (!f.status().ready()) {
      step.run(f.period());
      if (f.fault().isPresent()) {
        stop = "fault while warming up: " + f.fault().get().message();
        break;
      }
      if (f.time() - start > job.warmUpLimit()) {
        stop = "not ready after " + job.warmUpLimit() + " s";
        break;
      }
    }
    double warm = f.status().ready() ? f.time() - start : Double.NaN;
    if (stop.isEmpty()) {
      outer:
      for (int i = 0; i < job.sheets(); i++) {
        while (true) {
          SheetDecision d = f.beforeSheet(job.sheet(), job.mode(), job.speed());
          if (d.feeds()) {
            entries.add(f.time());
            f.feed(job.sheet(), job.mode(), d);
            break;
          }
          if (d.action() == SheetDecision.Action.STOP) {
            stop = d.reason();
            break outer;
          }
          step.run(d.waitTime());
        }
        while (f.sheetInNip()) {
          step.run(f.period());
        }
        records.addAll(f.drainRecords());
        step.run(job.gap());
      }
    }
    records.addAll(f.drainRecords());
    f.onSample(null);
    return new JobResult(
        records,
        samples,
        stop,
        warm,
        f.fault(),
        f.heaterEnergy() - energy0,
        f.time() - start,
        entries,
        injected);
  }

  /** Advances the fuser, injecting scheduled faults when their time comes. */
  private static final class Stepper {
    private final Fuser f;
    private final double start;
    private final List<Job.ScheduledFault> pending;
    private final List<Job.ScheduledFault> injected;

    Stepper(Fuser f, double start, List<Job.ScheduledFault> pending, List<Job.ScheduledFault> in) {
      this.f = f;
      this.start = start;
      this.pending = pending;
      this.injected = in;
    }

    void run(double seconds) {
      double end = f.time() + seconds;
      while (f.time() < end - 1e-9) {
        Optional<Job.ScheduledFault> next =
            pending.isEmpty() ? Optional.empty() : Optional.of(pending.get(0));
        if (next.isPresent() && start + next.get().time() <= f.time() + 1e-9) {
          f.inject(next.get().fault());
          injected.add(new Job.ScheduledFault(next.get().fault(), f.time() - start));
          pending.remove(0);
          continue;
        }
        f.advance(f.period());
      }
    }
  }
}
