package dev.fusejet.job;

import dev.fusejet.device.Device;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The printer's job system: a queue in front of one {@link Device}, with spool and journal in a
 * state directory. What the IPP server, the web page and the command line drive. Thread-safe; every
 * operation that returns has journaled its change, so a crash right after loses nothing.
 *
 * <p>IPP mapping: Print-Job is {@link #createJob} then {@link #addDocument} with {@code last};
 * Create-Job, Send-Document and Close-Job are the three calls; Cancel-Job, Hold-Job, Release-Job,
 * Get-Job-Attributes, Get-Jobs, Pause-Printer and Resume-Printer are {@link #cancel}, {@link
 * #hold}, {@link #release}, {@link #job}, {@link #jobs}, {@link #pause} and {@link #resume}.
 * Failures throw {@link JobException} with a kind a server maps to its status.
 */
public interface JobService extends AutoCloseable {
  /**
   * IPP multiple-operation-time-out (RFC 8011 §5.4.30, PWG 5100.14): how long a job created with
   * Create-Job may go without its next document. Then, as PAPPL's and ippeveprinter's
   * multiple-operation-time-out-action {@code process-job}, it is closed and prints what it has, or
   * is aborted when it has nothing. 60 s, as both of them.
   */
  Duration MULTIPLE_OPERATION_TIME_OUT = Duration.ofSeconds(60);

  /**
   * Opens the job service on {@code config.stateDirectory()} in front of {@code device}: loads the
   * journal (a job that was printing continues from its first sheet not delivered) and starts the
   * queue.
   *
   * @throws java.io.UncheckedIOException when the state directory cannot be read or written
   */
  static JobService open(Device device, ServiceConfig config) {
    return PrintService.open(device, config);
  }

  /**
   * The jobs journaled in a state directory, by id, read without starting a queue or changing a
   * file (for {@code fusejet jobs}); empty when there is none.
   *
   * @throws java.io.UncheckedIOException when a journal cannot be read
   */
  static List<JobInfo> read(java.nio.file.Path stateDirectory) {
    try {
      return PrintService.read(stateDirectory);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot read the state directory " + stateDirectory + ": " + e.getMessage(), e);
    }
  }

  /** Which jobs {@link #jobs} lists (IPP which-jobs). */
  enum Which {
    /** Pending, held, processing or stopped. */
    NOT_COMPLETED,
    /** Canceled, aborted or completed, still in the history. */
    COMPLETED,
    /** Both. */
    ALL
  }

  /**
   * Creates a job with no document yet (state pending, reason {@code job-incoming}; it prints once
   * closed).
   *
   * @throws JobException UNSUPPORTED_ATTRIBUTE naming the attribute when the ticket asks for what
   *     this printer cannot do (unknown source, medium, keyword, resolution)
   */
  JobInfo createJob(JobTicket ticket);

  /**
   * Spools a document into job {@code id}: it is accepted once it is on disk (written to a
   * temporary name, forced, renamed). Reads {@code data} to its end; does not close it.
   *
   * @param last true when it is the job's last document (the job is then closed)
   * @throws JobException NOT_FOUND, NOT_POSSIBLE (job closed or finished), UNSUPPORTED_FORMAT (not
   *     a format it prints, or not the format named), SPOOL_FAILED
   */
  JobInfo addDocument(int id, DocumentRequest document, InputStream data, boolean last);

  /** Closes job {@code id} without another document (Close-Job). */
  JobInfo close(int id);

  /**
   * Print-Job: a job with one document, closed.
   *
   * @see #createJob
   * @see #addDocument
   */
  default JobInfo submit(JobTicket ticket, DocumentRequest document, InputStream data) {
    JobInfo job = createJob(ticket);
    try {
      return addDocument(job.id(), document, data, true);
    } catch (JobException e) {
      cancel(job.id(), "document not accepted: " + e.getMessage());
      throw e;
    }
  }

  /**
   * Cancels job {@code id} at any stage: a pending job ends at once; a printing job stops at its
   * next band, the sheet on the paper path is finished and recorded as belonging to a canceled job.
   *
   * @param why job-state-message, e.g. {@code canceled by alice}
   * @throws JobException NOT_FOUND, or NOT_POSSIBLE when it has already ended
   */
  JobInfo cancel(int id, String why);

  /**
   * Holds a job that has not started printing (pending-held, reason {@code job-hold-until-
   * specified}).
   *
   * @throws JobException NOT_FOUND, or NOT_POSSIBLE when it is printing or ended
   */
  JobInfo hold(int id, HoldUntil until);

  /** Releases a held job back into the queue (pending). */
  JobInfo release(int id);

  /** Job {@code id}, while it is in the queue or the history. */
  Optional<JobInfo> job(int id);

  /** Jobs in queue order (not completed) or newest first (completed), up to {@code limit}. */
  List<JobInfo> jobs(Which which, int limit);

  /**
   * Waits until job {@code id} satisfies {@code until} or {@code timeout} passes (wall time; for
   * callers that must block, such as the command line and notify-wait).
   *
   * @return the job as it was when it satisfied it, or as it is at the timeout
   * @throws InterruptedException when the waiting thread is interrupted
   */
  JobInfo await(int id, Predicate<JobInfo> until, Duration timeout) throws InterruptedException;

  /**
   * Pause-Printer: no new job starts; the one printing finishes ({@code moving-to-paused}, then
   * {@code paused}, state stopped).
   */
  PrinterStatus pause();

  /** Resume-Printer: jobs start again. */
  PrinterStatus resume();

  /** The printer now. */
  PrinterStatus printer();

  /** The device jobs print on (capabilities, supplies, operator calls). */
  Device device();

  /** Calls {@code listener} on every job and printer change; returns what stops the calls. */
  AutoCloseable addListener(JobListener listener);

  /** The service's latest event sequence number (1). */
  long sequence();

  /**
   * Stops the queue: the job printing stops at its next band and stays journaled as processing, so
   * the next service on the same state directory continues it from its first sheet not delivered.
   * Does not close the device.
   */
  @Override
  void close();
}
