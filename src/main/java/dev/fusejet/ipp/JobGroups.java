package dev.fusejet.ipp;

import dev.fusejet.job.JobInfo;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each job's attribute group for Get-Jobs, encoded once and kept while the job stays the same: a
 * client polling Get-Jobs (CUPS does, every few seconds, for every printer it watches) gets the
 * finished jobs of the history from the bytes of the first answer instead of having each job's
 * attributes built and encoded again.
 *
 * <p>An entry is used only for the same job snapshot (the job service hands out one {@link JobInfo}
 * per change of the job, so identity is the test), the same request (which attributes, whether the
 * client owns the job, the scheme, host and port its URIs are written with) and the same supplied
 * document format (kept by the printer beside the job). Attributes that change with the clock
 * ({@code job-printer-up-time}) are never kept: the caller does not ask for a kept group then.
 */
final class JobGroups {

  /** Entries kept at most; on reaching it all are dropped (a history is 100 jobs by default). */
  static final int MAX_ENTRIES = 4096;

  private record Key(int job, String request) {}

  /** A kept group; the bytes are never written to once kept. */
  private static final class Entry {
    final JobInfo job;
    final String format;
    final byte[] bytes;

    Entry(JobInfo job, String format, byte[] bytes) {
      this.job = job;
      this.format = format;
      this.bytes = bytes;
    }

    /** Whether this entry was made from this very snapshot (not an equal one: see the class). */
    @SuppressWarnings("ReferenceEquality")
    boolean of(JobInfo snapshot, String supplied) {
      return job == snapshot && Objects.equals(format, supplied);
    }
  }

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  /**
   * The encoded group of {@code job} for {@code request} (a signature of everything else the group
   * depends on), from {@code encode} unless an entry for this very snapshot is kept.
   */
  byte[] group(JobInfo job, String request, String format, Supplier<byte[]> encode) {
    Key key = new Key(job.id(), request);
    Entry kept = entries.get(key);
    if (kept != null && kept.of(job, format)) {
      return kept.bytes;
    }
    byte[] bytes = encode.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(job, format, bytes));
    return bytes;
  }
}
