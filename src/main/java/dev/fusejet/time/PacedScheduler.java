package dev.fusejet.time;

import java.util.concurrent.TimeUnit;

/** Real-time pacing: {@link #pass} parks the thread until the ticker has moved on that far. */
final class PacedScheduler implements Scheduler {
  private final Ticker ticker;

  PacedScheduler(Ticker ticker) {
    this.ticker = ticker;
  }

  @Override
  public Ticker ticker() {
    return ticker;
  }

  @Override
  public void pass(double seconds) throws InterruptedException {
    SimulatedScheduler.check(seconds);
    long end = ticker.nanos() + (long) (seconds * 1e9);
    // waits in slices so an interrupt ends it promptly and an early wake-up waits again
    for (long left = end - ticker.nanos(); left > 0; left = end - ticker.nanos()) {
      TimeUnit.NANOSECONDS.sleep(Math.min(left, 50_000_000L));
    }
  }

  @Override
  public boolean realTime() {
    return true;
  }
}
