package dev.fusejet.job;

import dev.fusejet.device.SetPoint;
import dev.fusejet.device.SheetRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A snapshot of a job: what Get-Job-Attributes and {@code fusejet jobs show} report.
 *
 * @param id job-id (1, 2, ...; never reused in one state directory)
 * @param ticket what the job asked for
 * @param state job-state
 * @param reasons job-state-reasons as IPP keywords, e.g. {@code job-printing}; never empty (IPP's
 *     {@code none} when nothing else applies)
 * @param message job-state-message: why it is in its state, e.g. the planner's reason an abort
 * @param documents the documents accepted, in order
 * @param closed true once the last document has come (Close-Job, or Send-Document with
 *     last-document); a job prints only when closed
 * @param created time-at-creation
 * @param processing time-at-processing, or null
 * @param completed time-at-completed (also for canceled and aborted), or null
 * @param setPoint the fusing set point chosen for it, or null before it is planned
 * @param sheetsTotal sheets the job will deliver once rasterised, or 0 while unknown (1)
 * @param sheetsCompleted sheets delivered (job-impressions-completed and
 *     job-media-sheets-completed; simplex: one impression a sheet) (1)
 * @param sheets the per-sheet records, in order
 * @param summary totals over the sheets
 * @param folder the job's folder in the state directory (records, ink, previews)
 */
public record JobInfo(
    int id,
    JobTicket ticket,
    JobState state,
    Set<String> reasons,
    String message,
    List<DocumentInfo> documents,
    boolean closed,
    Instant created,
    Instant processing,
    Instant completed,
    SetPoint setPoint,
    int sheetsTotal,
    int sheetsCompleted,
    List<SheetRecord> sheets,
    JobSummary summary,
    Path folder) {

  /** Copies the collections, keeping the reasons' order. */
  public JobInfo {
    reasons = Collections.unmodifiableSet(new LinkedHashSet<>(reasons));
    documents = List.copyOf(documents);
    sheets = List.copyOf(sheets);
  }
}
