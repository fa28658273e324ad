package dev.fusejet.job;

/**
 * Learns of job and printer changes as they happen, for notifications. Called after the change is
 * journaled, one call at a time per service, in sequence order; keep calls short and never call
 * back into the service's mutating operations from them.
 */
public interface JobListener {

  /** A job changed. */
  default void jobChanged(JobEvent event) {}

  /**
   * The printer's state, reasons or supplies changed.
   *
   * @param sequence the service's event sequence number (shared with job events)
   * @param status the printer right after the change
   */
  default void printerChanged(long sequence, PrinterStatus status) {}
}
