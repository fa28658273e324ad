package dev.fusejet.job;

import java.util.Locale;

/** The job-state of RFC 8011 §5.3.7, with its IPP enum value. */
public enum JobState {
  /** Waiting to print (3). */
  PENDING(3),
  /** Held: waits for a release or its hold-until time (4). */
  PENDING_HELD(4),
  /** Printing (5). */
  PROCESSING(5),
  /** Printing but the printer is stopped; resumes when the cause is cleared (6). */
  PROCESSING_STOPPED(6),
  /** Canceled by a user or the operator (7). */
  CANCELED(7),
  /** Ended by the system because of an error (8). */
  ABORTED(8),
  /** Every sheet delivered (9). */
  COMPLETED(9);

  private final int ipp;

  JobState(int ipp) {
    this.ipp = ipp;
  }

  /** The IPP enum value. */
  public int ipp() {
    return ipp;
  }

  /** The IPP keyword, e.g. {@code processing-stopped}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True for canceled, aborted and completed: the job will not change any more. */
  public boolean terminal() {
    return this == CANCELED || this == ABORTED || this == COMPLETED;
  }

  /** The state with this keyword. */
  public static JobState ofKeyword(String keyword) {
    return valueOf(keyword.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
