package dev.fusejet.job;

/**
 * Something that happened to a job, for IPP notifications and notify-wait.
 *
 * @param sequence increases by one with every job or printer event of the service (1)
 * @param kind what happened
 * @param job the job right after it happened
 */
public record JobEvent(long sequence, Kind kind, JobInfo job) {

  /** What happened, named after the IPP notify-events it maps to. */
  public enum Kind {
    /** job-created. */
    CREATED,
    /** job-state-changed: state or reasons changed. */
    STATE_CHANGED,
    /** job-progress: a sheet was delivered. */
    PROGRESS,
    /** job-completed: the job became canceled, aborted or completed. */
    COMPLETED
  }
}
