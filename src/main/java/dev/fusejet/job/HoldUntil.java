package dev.fusejet.job;

import java.time.Instant;
import java.util.Objects;

/**
 * When a held job may print: job-hold-until as a keyword and, for a time of day, the instant it
 * resolves to (the IPP server resolves {@code night}, {@code evening} and so on against its clock).
 *
 * @param keyword {@code no-hold}, {@code indefinite}, or the IPP keyword that gave {@code until}
 *     (e.g. {@code night}); {@code time} for job-hold-until-time
 * @param until the instant it may print, or null for {@code no-hold} and {@code indefinite}
 */
public record HoldUntil(String keyword, Instant until) {

  /** Not held. */
  public static final HoldUntil NO_HOLD = new HoldUntil("no-hold", null);

  /** Held until released. */
  public static final HoldUntil INDEFINITE = new HoldUntil("indefinite", null);

  /** Checks that a timed hold has its instant. */
  public HoldUntil {
    Objects.requireNonNull(keyword, "keyword");
    boolean timed = !keyword.equals("no-hold") && !keyword.equals("indefinite");
    if (timed && until == null) {
      throw new IllegalArgumentException("job-hold-until '" + keyword + "' needs its time");
    }
  }

  /** Held until {@code until} (job-hold-until-time). */
  public static HoldUntil at(Instant until) {
    return new HoldUntil("time", until);
  }

  /** True unless {@code no-hold}. */
  public boolean holds() {
    return !keyword.equals("no-hold");
  }

  /** True when the hold has run out at {@code now}; never for {@code indefinite}. */
  public boolean expired(Instant now) {
    return until != null && !now.isBefore(until);
  }
}
