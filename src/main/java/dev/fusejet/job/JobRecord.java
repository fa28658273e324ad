package dev.fusejet.job;

import dev.fusejet.device.SetPoint;
import java.time.Instant;
import java.util.List;

/**
 * A job as journaled: everything needed to show it and to continue it after a restart. Immutable;
 * each change makes a new one that the journal writes atomically.
 *
 * @param id job-id
 * @param ticket what it asked for
 * @param state job-state
 * @param reasons job-state-reasons
 * @param message job-state-message
 * @param documents the documents spooled
 * @param closed whether the last document has come
 * @param created time-at-creation
 * @param processing time-at-processing, or null
 * @param completed time-at-completed, or null
 * @param setPoint the chosen set point, or null
 * @param sheetsTotal sheets it will deliver, or 0 while unknown (1)
 * @param sheetsCompleted sheets delivered (1)
 * @param resumed true when it was printing at a restart and continues first
 */
record JobRecord(
    int id,
    JobTicket ticket,
    JobState state,
    List<String> reasons,
    String message,
    List<DocumentInfo> documents,
    boolean closed,
    Instant created,
    Instant processing,
    Instant completed,
    SetPoint setPoint,
    int sheetsTotal,
    int sheetsCompleted,
    boolean resumed) {

  JobRecord {
    reasons = List.copyOf(reasons);
    documents = List.copyOf(documents);
    message = message == null ? "" : message;
  }

  JobRecord withState(JobState s, List<String> r, String m) {
    return new JobRecord(
        id,
        ticket,
        s,
        r,
        m,
        documents,
        closed,
        created,
        processing,
        completed,
        setPoint,
        sheetsTotal,
        sheetsCompleted,
        resumed);
  }

  JobRecord withDocuments(List<DocumentInfo> docs, boolean isClosed) {
    return new JobRecord(
        id,
        ticket,
        state,
        reasons,
        message,
        docs,
        isClosed,
        created,
        processing,
        completed,
        setPoint,
        sheetsTotal,
        sheetsCompleted,
        resumed);
  }

  JobRecord withTicket(JobTicket t) {
    return new JobRecord(
        id,
        t,
        state,
        reasons,
        message,
        documents,
        closed,
        created,
        processing,
        completed,
        setPoint,
        sheetsTotal,
        sheetsCompleted,
        resumed);
  }

  JobRecord withTimes(Instant started, Instant ended) {
    return new JobRecord(
        id,
        ticket,
        state,
        reasons,
        message,
        documents,
        closed,
        created,
        started,
        ended,
        setPoint,
        sheetsTotal,
        sheetsCompleted,
        resumed);
  }

  JobRecord withPlan(SetPoint sp, int total) {
    return new JobRecord(
        id,
        ticket,
        state,
        reasons,
        message,
        documents,
        closed,
        created,
        processing,
        completed,
        sp,
        total,
        sheetsCompleted,
        resumed);
  }

  JobRecord withSheets(int done) {
    return new JobRecord(
        id,
        ticket,
        state,
        reasons,
        message,
        documents,
        closed,
        created,
        processing,
        completed,
        setPoint,
        sheetsTotal,
        done,
        resumed);
  }

  JobRecord withResumed(boolean r) {
    return new JobRecord(
        id,
        ticket,
        state,
        reasons,
        message,
        documents,
        closed,
        created,
        processing,
        completed,
        setPoint,
        sheetsTotal,
        sheetsCompleted,
        r);
  }
}
