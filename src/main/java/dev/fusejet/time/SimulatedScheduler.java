package dev.fusejet.time;

import java.time.Duration;

/**
 * Simulated time: {@link #pass} advances a {@link ManualTicker} at once, so a job runs as fast as
 * the computer allows while every duration it records is the simulated machine's.
 */
public final class SimulatedScheduler implements Scheduler {
  private final ManualTicker ticker;

  /** A scheduler that advances {@code ticker}. */
  public SimulatedScheduler(ManualTicker ticker) {
    this.ticker = ticker;
  }

  @Override
  public Ticker ticker() {
    return ticker;
  }

  @Override
  public void pass(double seconds) {
    check(seconds);
    ticker.advance(Duration.ofNanos((long) (seconds * 1e9)));
  }

  @Override
  public boolean realTime() {
    return false;
  }

  static void check(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException(
          "time to pass " + seconds + " s must be finite and at least 0");
    }
  }
}
