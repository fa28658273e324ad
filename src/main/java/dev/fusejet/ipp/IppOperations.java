package dev.fusejet.ipp;

import java.util.Set;

/** What the HTTP layer hands IPP requests to once they are well formed. */
interface IppOperations {

  /** The operation codes served ({@code operations-supported}). */
  Set<Integer> supported();

  /** True when the operation needs the administrator (HTTP Basic over TLS). */
  boolean adminOnly(int operation);

  /** True when the operation targets a job (printer-uri + job-id, or job-uri). */
  boolean targetsJob(int operation);

  /**
   * True when the operation answers from what the printer holds in memory: it neither waits (a
   * document to spool, notify-wait) nor writes the spool or the journal, so the thread that read
   * the request may answer it.
   */
  boolean answersAtOnce(int operation);

  /**
   * Answers {@code exchange} with the bytes of the IPP response.
   *
   * @throws IppException for a refusal
   */
  byte[] handle(Exchange exchange) throws InterruptedException;
}
