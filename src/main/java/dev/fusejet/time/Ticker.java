package dev.fusejet.time;

/** A source of monotonic time in nanoseconds, injected wherever code needs elapsed time. */
@FunctionalInterface
public interface Ticker {
  /** Monotonic time (ns); only differences are meaningful. */
  long nanos();

  /** Elapsed seconds since an earlier reading {@code startNanos} (s). */
  default double secondsSince(long startNanos) {
    return (nanos() - startNanos) * 1e-9;
  }

  /** The wall-clock ticker, {@link System#nanoTime()}. */
  static Ticker wall() {
    return System::nanoTime;
  }
}
