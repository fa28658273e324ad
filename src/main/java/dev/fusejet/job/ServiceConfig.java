package dev.fusejet.job;

import dev.fusejet.raster.colour.PrinterProfiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How a job service runs.
 *
 * @param stateDirectory where spool, journal and job folders live (created if needed)
 * @param threads pages rasterised at once (1 or more); each page then uses one thread
 * @param clock wall clock for job times and hold-until (never the device's simulated time)
 * @param historyJobs finished jobs kept (with their folders), newest first; older are removed
 * @param historyAge finished jobs older than this are removed
 * @param previews write per-ink previews of each sheet
 * @param profiles the printer's output profiles (user ones before the built-in), which the jobs'
 *     separations go through
 */
public record ServiceConfig(
    Path stateDirectory,
    int threads,
    Clock clock,
    int historyJobs,
    Duration historyAge,
    boolean previews,
    PrinterProfiles profiles) {

  /** Default number of finished jobs kept, as PAPPL's max_completed_jobs. */
  public static final int DEFAULT_HISTORY_JOBS = 100;

  /** Default age of finished jobs kept: 7 days. */
  public static final Duration DEFAULT_HISTORY_AGE = Duration.ofDays(7);

  /** Checks the values. */
  public ServiceConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be at least 1");
    }
    profiles = profiles == null ? PrinterProfiles.builtIn() : profiles;
    if (historyJobs < 0 || historyAge.isNegative()) {
      throw new IllegalArgumentException(
          "history " + historyJobs + " jobs / " + historyAge + " must not be negative");
    }
  }

  /** Defaults on {@code stateDirectory}: one thread, the system clock, 100 jobs or 7 days. */
  public static ServiceConfig of(Path stateDirectory) {
    return new ServiceConfig(
        stateDirectory,
        1,
        Clock.systemUTC(),
        DEFAULT_HISTORY_JOBS,
        DEFAULT_HISTORY_AGE,
        true,
        PrinterProfiles.builtIn());
  }

  /** A copy with {@code n} page threads. */
  public ServiceConfig withThreads(int n) {
    return new ServiceConfig(stateDirectory, n, clock, historyJobs, historyAge, previews, profiles);
  }

  /** A copy with another wall clock. */
  public ServiceConfig withClock(Clock c) {
    return new ServiceConfig(
        stateDirectory, threads, c, historyJobs, historyAge, previews, profiles);
  }

  /** A copy keeping {@code jobs} finished jobs for at most {@code age}. */
  public ServiceConfig withHistory(int jobs, Duration age) {
    return new ServiceConfig(stateDirectory, threads, clock, jobs, age, previews, profiles);
  }

  /** A copy with previews on or off. */
  public ServiceConfig withPreviews(boolean on) {
    return new ServiceConfig(stateDirectory, threads, clock, historyJobs, historyAge, on, profiles);
  }

  /** A copy separating through {@code p}'s profiles. */
  public ServiceConfig withProfiles(PrinterProfiles p) {
    return new ServiceConfig(stateDirectory, threads, clock, historyJobs, historyAge, previews, p);
  }
}
