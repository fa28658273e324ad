package dev.fusejet.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The stop sequence of {@code fusejet serve} on Ctrl-C or SIGTERM, bounded by {@link #BUDGET}: each
 * step runs on a thread of its own and is waited for until its share of the budget (and never past
 * the whole budget) is spent. A step still running then is named on the console and left behind,
 * the steps after it are skipped (each one stops what the one before it uses: the apparatus is not
 * closed under a job service still printing on it), and the JVM exits when the shutdown hook
 * returns. Nothing accepted is lost by leaving a step behind: jobs are journaled, and a job that
 * was printing continues from its first sheet not delivered at the next start.
 *
 * <p>The steps, in order: the printer application (DNS-SD goodbye, HTTP stops accepting and ends
 * the requests in progress), the job service (the queue stops at the next band), the simulated
 * apparatus.
 */
final class ServeShutdown {

  /** The whole stop sequence's bound (s), as the documentation and {@code --help} promise. */
  static final Duration BUDGET = Duration.ofSeconds(5);

  /** One step: a name for the console and what it does, with its share of the budget. */
  record Step(String name, Duration share, Runnable action) {}

  private final List<Step> steps = new ArrayList<>();
  private final Duration budget;
  private final LongSupplier nanoTime;

  ServeShutdown(Duration budget, LongSupplier nanoTime) {
    this.budget = budget;
    this.nanoTime = nanoTime;
  }

  /** Adds a step waited for at most {@code share} (and at most what is left of the budget). */
  ServeShutdown then(String name, Duration share, Runnable action) {
    steps.add(new Step(name, share, action));
    return this;
  }

  /**
   * Runs the steps in order and returns the name of the step left running, or null when every step
   * ended in time. A step that throws is reported on {@code err} and the sequence goes on.
   */
  String run(PrintWriter err) {
    long end = nanoTime.getAsLong() + budget.toNanos();
    for (Step s : steps) {
      long now = nanoTime.getAsLong();
      long wait = Math.min(s.share().toNanos(), end - now);
      Thread t =
          new Thread(
              () -> {
                try {
                  s.action().run();
                } catch (RuntimeException e) {
                  err.println("fusejet: stopping " + s.name() + " failed: " + e.getMessage());
                  err.flush();
                }
              },
              "fusejet-stop-" + s.name());
      t.setDaemon(true);
      t.start();
      try {
        t.join(Math.max(1, wait / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (t.isAlive()) {
        err.println(
            "fusejet: "
                + s.name()
                + " did not stop within "
                + Math.max(0, wait / 1_000_000)
                + " ms; exiting anyway (jobs are journaled and continue at the next start)");
        err.flush();
        return s.name();
      }
    }
    return null;
  }
}
