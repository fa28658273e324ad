package dev.fusejet.cli;

import dev.fusejet.time.Ticker;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long commands: fraction done, rate and time left. Redraws
 * at most every 100 ms of the injected ticker's time, and once at the end. Thread-safe.
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final Ticker ticker;
  private final String label;
  private final long total;
  private final long start;
  private long done;
  private long lastDraw = Long.MIN_VALUE;

  ProgressBar(PrintWriter err, Ticker ticker, String label, long total) {
    this.err = err;
    this.ticker = ticker;
    this.label = label;
    this.total = Math.max(1, total);
    this.start = ticker.nanos();
  }

  /** Records {@code n} more units done and redraws if due. */
  synchronized void step(long n) {
    done = Math.min(total, done + n);
    long now = ticker.nanos();
    if (done == total || lastDraw == Long.MIN_VALUE || now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      err.print("\r" + line(now));
      err.flush();
    }
  }

  /** Ends the line. */
  synchronized void finish() {
    err.println("\r" + line(ticker.nanos()));
    err.flush();
  }

  /** The text of the bar at time {@code now} (ns). */
  synchronized String line(long now) {
    double f = (double) done / total;
    int filled = (int) Math.round(f * WIDTH);
    double elapsed = (now - start) * 1e-9;
    double rate = elapsed > 0 ? done / elapsed : 0;
    String eta =
        rate > 0 && done < total
            ? String.format(Locale.ROOT, ", %.0f s left", (total - done) / rate)
            : "";
    return String.format(
        Locale.ROOT,
        "%s [%s%s] %3.0f %% (%d/%d, %.1f s%s)",
        label,
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        100 * f,
        done,
        total,
        elapsed,
        eta);
  }
}
