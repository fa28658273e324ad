package dev.fusejet.time;

/**
 * Lets time pass for code that paces a machine: the simulated apparatus asks it to let a sheet's
 * travel time go by. The same code then runs paced in real time ({@link #paced()}: the calling
 * thread waits on the wall clock) or as fast as the computer allows ({@link #fast()}: a simulated
 * clock jumps forward at once). Its {@link #ticker()} is the only clock such code reads, so
 * simulated and wall time never mix. Thread-safe.
 */
public interface Scheduler {

  /** The clock this scheduler's time runs on (ns). */
  Ticker ticker();

  /**
   * Lets {@code seconds} of this scheduler's time pass (s, at least 0). Paced: returns after that
   * much wall time; fast: advances the simulated clock and returns at once.
   *
   * @throws InterruptedException when the waiting thread is interrupted (paced only); the time that
   *     passed until then has passed
   * @throws IllegalArgumentException when {@code seconds} is negative or not finite
   */
  void pass(double seconds) throws InterruptedException;

  /** True when time is the wall clock's, false when it is simulated. */
  boolean realTime();

  /** A scheduler on the wall clock: {@link #pass} waits. */
  static Scheduler paced() {
    return new PacedScheduler(Ticker.wall());
  }

  /** A scheduler on a fresh simulated clock starting at 0: {@link #pass} advances it at once. */
  static Scheduler fast() {
    return new SimulatedScheduler(new ManualTicker());
  }
}
