package dev.fusejet.job;

import dev.fusejet.device.Device;
import dev.fusejet.device.DeviceListener;
import dev.fusejet.device.DeviceState;
import dev.fusejet.device.DeviceStatus;
import dev.fusejet.device.JobOutput;
import dev.fusejet.device.MediaSource;
import dev.fusejet.device.PrintMode;
import dev.fusejet.device.Resolution;
import dev.fusejet.device.SheetRecord;
import dev.fusejet.device.SheetRecords;
import dev.fusejet.halftone.Halftoners;
import dev.fusejet.raster.Orientation;
import dev.fusejet.raster.PageRanges;
import dev.fusejet.raster.PrintScaling;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.decode.Document;
import dev.fusejet.raster.decode.DocumentException;
import dev.fusejet.raster.decode.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The job service: jobs journaled in a state directory ({@link Journal}), a queue thread that
 * prints one job at a time on the device ({@link JobRun}), listeners told in order on an event
 * thread of their own. One lock guards the jobs; device calls are made without it.
 */
final class PrintService implements JobService {

  private static final String CANCEL_PENDING = "processing-to-stop-point";

  private final Device device;
  private final ServiceConfig config;
  private final Journal journal;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final TreeMap<Integer, JobRecord> jobs = new TreeMap<>();
  private final Map<Integer, List<SheetRecord>> sheets = new HashMap<>();

  /**
   * The last snapshot made of each job, kept while its record and its sheet count are the same:
   * Get-Jobs and the status page ask for every job's snapshot on each request, and a finished job's
   * never changes. Guarded by lock.
   */
  private final Map<Integer, Snapshot> snapshots = new HashMap<>();

  private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService events;
  private final Thread queue;
  private final DeviceListener deviceListener;
  private int nextId;
  private long sequence;
  private boolean paused;
  private boolean closing;

  /**
   * While the printing job waits for a medium no source holds: what to load (the job's and the
   * printer's state message), else null. Guarded by lock.
   */
  private String mediaNeeded;

  /** When each job still taking documents last received one (or was created). Guarded by lock. */
  private final java.util.Map<Integer, Instant> incomingSince = new java.util.HashMap<>();

  private int printing;
  private Thread printer;
  private PrinterStatus lastPrinter;

  private PrintService(Device device, ServiceConfig config) throws IOException {
    this.device = device;
    this.config = config;
    this.journal = new Journal(config.stateDirectory());
    this.events =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "job-events");
              t.setDaemon(true);
              return t;
            });
    load();
    prune();
    this.deviceListener =
        new DeviceListener() {
          @Override
          public void statusChanged(DeviceStatus status) {
            deviceChanged(status);
          }

          @Override
          public void mediaChanged(MediaSource source) {
            lock.lock();
            try {
              changed.signalAll(); // a job waiting for its medium looks again
            } finally {
              lock.unlock();
            }
          }
        };
    device.addListener(deviceListener);
    this.queue = new Thread(this::runQueue, "job-queue");
    queue.setDaemon(true);
    queue.start();
  }

  /** Opens the service on {@code config.stateDirectory()}, loading and resuming its jobs. */
  static PrintService open(Device device, ServiceConfig config) {
    try {
      return new PrintService(device, config);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the state directory " + config.stateDirectory() + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- loading

  /** Loads the journal: a job that was printing continues first; cut-short jobs end. */
  private void load() throws IOException {
    nextId = journal.service().nextId();
    Instant now = config.clock().instant();
    for (JobRecord j : journal.load(true)) {
      nextId = Math.max(nextId, j.id() + 1);
      Path folder = journal.folder(j.id());
      List<SheetRecord> done = SheetRecords.repair(folder);
      sheets.put(j.id(), new ArrayList<>(done));
      removeTemporaries(folder);
      JobRecord r = j.withSheets(Math.max(j.sheetsCompleted(), done.size()));
      if (!r.state().terminal()) {
        boolean wasPrinting =
            r.state() == JobState.PROCESSING || r.state() == JobState.PROCESSING_STOPPED;
        if (r.reasons().contains(CANCEL_PENDING)) {
          r = end(r, JobState.CANCELED, "job-canceled-by-user", cancelMessage(r), now);
        } else if (!r.closed()) {
          r =
              end(
                  r,
                  JobState.ABORTED,
                  "aborted-by-system",
                  "the printer restarted before the job's last document arrived",
                  now);
        } else if (r.documents().stream().anyMatch(d -> !Files.exists(d.file()))) {
          r = end(r, JobState.ABORTED, "aborted-by-system", "a spooled document is missing", now);
        } else if (wasPrinting) {
          r =
              r.withState(JobState.PENDING, List.of("job-queued"), "continues after a restart")
                  .withResumed(true);
        }
      }
      if (!r.equals(j)) {
        journal.write(r);
      }
      jobs.put(r.id(), r);
    }
    journal.writeService(new Journal.ServiceState(nextId));
  }

  private static void removeTemporaries(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (n.startsWith(".") && n.endsWith(".tmp")) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static String cancelMessage(JobRecord r) {
    return r.message().isEmpty() ? "canceled" : r.message();
  }

  private static JobRecord end(
      JobRecord r, JobState state, String reason, String message, Instant now) {
    return r.withState(state, List.of(reason), message)
        .withTimes(r.processing(), now)
        .withResumed(false);
  }

  // ---------------------------------------------------------------- operations

  @Override
  public JobInfo createJob(JobTicket ticket) {
    check(ticket);
    lock.lock();
    try {
      refuseWhenClosing();
      int id = nextId++;
      journal.writeService(new Journal.ServiceState(nextId));
      List<String> reasons = new ArrayList<>();
      reasons.add("job-incoming");
      JobRecord r =
          new JobRecord(
              id,
              ticket,
              ticket.holdUntil().holds() ? JobState.PENDING_HELD : JobState.PENDING,
              reasons,
              "",
              List.of(),
              false,
              config.clock().instant(),
              null,
              null,
              null,
              0,
              0,
              false);
      if (ticket.holdUntil().holds()) {
        r = r.withState(r.state(), List.of("job-incoming", "job-hold-until-specified"), "");
      }
      sheets.put(id, new ArrayList<>());
      incomingSince.put(id, now());
      put(r, JobEvent.Kind.CREATED);
      return info(r);
    } catch (IOException e) {
      throw spoolFailed(e);
    } finally {
      lock.unlock();
    }
  }

  /** Checks a ticket against what the device offers, naming the attribute. */
  private void check(JobTicket t) {
    attribute("print-quality", () -> PrintMode.of(t.quality()));
    attribute("print-content-optimize", () -> Halftoners.select(t.quality(), t.content()));
    attribute("print-scaling", () -> PrintScaling.ofKeyword(t.scaling()));
    attribute("orientation-requested", () -> Orientation.ofKeyword(t.orientation()));
    attribute("print-color-mode", () -> ColourMode.ofKeyword(t.colourMode()));
    attribute(
        "print-rendering-intent",
        () -> dev.fusejet.colour.OutputProfile.Intent.ofKeyword(t.renderingIntent()));
    attribute("page-ranges", () -> PageRanges.parse(t.pages()));
    if (t.resolution() != null) {
      Resolution r = attribute("printer-resolution", () -> PrintMode.resolution(t.resolution()));
      List<Resolution> offered = device.capabilities().resolutions();
      if (!offered.contains(r)) {
        throw new JobException(
            JobException.Kind.UNSUPPORTED_ATTRIBUTE,
            "printer-resolution",
            "printer-resolution "
                + PrintMode.text(r)
                + " is not one this printer offers: "
                + String.join(", ", offered.stream().map(PrintMode::text).toList()));
      }
    }
    List<MediaSource> sources = device.capabilities().sources();
    if (t.source() != null && sources.stream().noneMatch(s -> s.name().equals(t.source()))) {
      throw new JobException(
          JobException.Kind.UNSUPPORTED_ATTRIBUTE,
          "media-source",
          "media-source '"
              + t.source()
              + "' is not one of this printer's: "
              + sources.stream().map(MediaSource::name).toList());
    }
    if (t.medium() != null
        && sources.stream()
            .noneMatch(s -> s.medium() != null && s.medium().name().equals(t.medium()))) {
      throw new JobException(
          JobException.Kind.UNSUPPORTED_ATTRIBUTE,
          "media-type",
          "medium '"
              + t.medium()
              + "' is not loaded in any source (loaded: "
              + sources.stream()
                  .map(s -> s.name() + "=" + (s.medium() == null ? "nothing" : s.medium().name()))
                  .toList()
              + "); load it or ask for a loaded one");
    }
    if (t.size() != null) {
      // a size no source holds but the machine takes waits for it (media-needed) when it prints
      MediaMatch.unprintable(t.size(), device.capabilities().apparatus())
          .ifPresent(
              why -> {
                throw new JobException(
                    JobException.Kind.UNSUPPORTED_ATTRIBUTE,
                    "media",
                    why + ": this printer cannot print it");
              });
    }
  }

  private static <T> T attribute(String name, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new JobException(
          JobException.Kind.UNSUPPORTED_ATTRIBUTE, name, name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public JobInfo addDocument(int id, DocumentRequest document, InputStream data, boolean last) {
    JobRecord r;
    int number;
    lock.lock();
    try {
      r = require(id);
      if (r.closed() || r.state().terminal()) {
        throw new JobException(
            JobException.Kind.NOT_POSSIBLE,
            null,
            "job "
                + id
                + " is "
                + (r.closed() ? "closed" : r.state().keyword())
                + ": no more documents");
      }
      number = r.documents().size() + 1;
    } finally {
      lock.unlock();
    }
    if (!DocumentRequest.FORMATS.contains(document.format())) {
      throw new JobException(
          JobException.Kind.UNSUPPORTED_FORMAT,
          "document-format",
          "document-format '" + document.format() + "' is not one of " + DocumentRequest.FORMATS);
    }
    // spooled outside the lock: a large document does not hold up the queue
    Path folder = journal.folder(id);
    Path file = folder.resolve(String.format(Locale.ROOT, "document-%d.spool", number));
    long size;
    String detected;
    try {
      Files.createDirectories(folder);
      size = Journal.spool(data, file);
    } catch (IOException e) {
      throw spoolFailed(e);
    }
    try (Document doc = Documents.open(file)) {
      detected = doc.mediaType();
    } catch (DocumentException e) {
      deleteQuietly(file);
      throw new JobException(
          JobException.Kind.UNSUPPORTED_FORMAT, "document-format", e.getMessage(), e);
    }
    if (!document.format().equals("application/octet-stream")
        && !document.format().equals(detected)) {
      deleteQuietly(file);
      throw new JobException(
          JobException.Kind.UNSUPPORTED_FORMAT,
          "document-format",
          document.name() + ": the data is " + detected + ", not " + document.format());
    }
    lock.lock();
    try {
      r = require(id);
      if (r.closed() || r.state().terminal() || r.documents().size() + 1 != number) {
        deleteQuietly(file);
        throw new JobException(
            JobException.Kind.NOT_POSSIBLE, null, "job " + id + " changed while spooling");
      }
      List<DocumentInfo> docs = new ArrayList<>(r.documents());
      docs.add(new DocumentInfo(number, document.name(), detected, size, file));
      r = r.withDocuments(docs, last);
      if (last) {
        r = r.withState(r.state(), queuedReasons(r), r.message());
        incomingSince.remove(id);
      } else {
        incomingSince.put(id, now());
      }
      put(r, JobEvent.Kind.STATE_CHANGED);
      return info(r);
    } catch (IOException e) {
      throw spoolFailed(e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public JobInfo close(int id) {
    lock.lock();
    try {
      JobRecord r = require(id);
      if (r.closed() || r.state().terminal()) {
        throw new JobException(
            JobException.Kind.NOT_POSSIBLE, null, "job " + id + " is already closed");
      }
      if (r.documents().isEmpty()) {
        r = end(r, JobState.ABORTED, "job-data-insufficient", "the job has no document", now());
        put(r, JobEvent.Kind.COMPLETED);
        return info(r);
      }
      r = r.withDocuments(r.documents(), true);
      r = r.withState(r.state(), queuedReasons(r), r.message());
      put(r, JobEvent.Kind.STATE_CHANGED);
      return info(r);
    } catch (IOException e) {
      throw spoolFailed(e);
    } finally {
      lock.unlock();
    }
  }

  private static List<String> queuedReasons(JobRecord r) {
    return r.state() == JobState.PENDING_HELD
        ? List.of("job-hold-until-specified")
        : List.of("job-queued");
  }

  @Override
  public JobInfo cancel(int id, String why) {
    lock.lock();
    try {
      JobRecord r = require(id);
      if (r.state().terminal()) {
        throw new JobException(
            JobException.Kind.NOT_POSSIBLE,
            null,
            "job " + id + " is already " + r.state().keyword() + ": it cannot be canceled");
      }
      String message = why == null || why.isBlank() ? "canceled" : why;
      if (r.id() == printing) {
        // the printing thread stops at the next band and ends the job as canceled
        if (!r.reasons().contains(CANCEL_PENDING)) {
          List<String> reasons = new ArrayList<>(r.reasons());
          reasons.add(CANCEL_PENDING);
          r = r.withState(r.state(), reasons, message);
          put(r, JobEvent.Kind.STATE_CHANGED);
          printer.interrupt();
        }
        return info(r);
      }
      r = end(r, JobState.CANCELED, "job-canceled-by-user", message, now());
      put(r, JobEvent.Kind.COMPLETED);
      prune();
      return info(r);
    } catch (IOException e) {
      throw spoolFailed(e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public JobInfo hold(int id, HoldUntil until) {
    lock.lock();
    try {
      JobRecord r = require(id);
      if (r.state() != JobState.PENDING && r.state() != JobState.PENDING_HELD) {
        throw new JobException(
            JobException.Kind.NOT_POSSIBLE,
            null,
            "job " + id + " is " + r.state().keyword() + ": only a pending job can be held");
      }
      HoldUntil h = until == null || !until.holds() ? HoldUntil.INDEFINITE : until;
      r = r.withTicket(r.ticket().withScheduling(h, r.ticket().priority()));
      List<String> reasons = new ArrayList<>();
      if (!r.closed()) {
        reasons.add("job-incoming");
      }
      reasons.add("job-hold-until-specified");
      r = r.withState(JobState.PENDING_HELD, reasons, "held (" + h.keyword() + ")");
      put(r, JobEvent.Kind.STATE_CHANGED);
      return info(r);
    } catch (IOException e) {
      throw spoolFailed(e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public JobInfo release(int id) {
    lock.lock();
    try {
      JobRecord r = require(id);
      if (r.state() != JobState.PENDING_HELD) {
        throw new JobException(
            JobException.Kind.NOT_POSSIBLE,
            null,
            "job " + id + " is " + r.state().keyword() + ", not held: nothing to release");
      }
      r = released(r, "released");
      put(r, JobEvent.Kind.STATE_CHANGED);
      return info(r);
    } catch (IOException e) {
      throw spoolFailed(e);
    } finally {
      lock.unlock();
    }
  }

  private static JobRecord released(JobRecord r, String message) {
    r = r.withTicket(r.ticket().withScheduling(HoldUntil.NO_HOLD, r.ticket().priority()));
    return r.withState(
        JobState.PENDING, r.closed() ? List.of("job-queued") : List.of("job-incoming"), message);
  }

  @Override
  public Optional<JobInfo> job(int id) {
    lock.lock();
    try {
      JobRecord r = jobs.get(id);
      return r == null ? Optional.empty() : Optional.of(info(r));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<JobInfo> jobs(Which which, int limit) {
    lock.lock();
    try {
      List<JobRecord> active = new ArrayList<>();
      List<JobRecord> done = new ArrayList<>();
      for (JobRecord r : jobs.values()) {
        (r.state().terminal() ? done : active).add(r);
      }
      active.sort(queueOrder());
      done.sort(Comparator.comparingInt(JobRecord::id).reversed());
      List<JobRecord> out = new ArrayList<>();
      if (which != Which.COMPLETED) {
        out.addAll(active);
      }
      if (which != Which.NOT_COMPLETED) {
        out.addAll(done);
      }
      return out.stream().limit(Math.max(0, limit)).map(this::info).toList();
    } finally {
      lock.unlock();
    }
  }

  /** Printing first, then a job resumed after a restart, then by priority, then by id. */
  private Comparator<JobRecord> queueOrder() {
    return Comparator.comparing((JobRecord r) -> r.id() != printing)
        .thenComparing(r -> !r.resumed())
        .thenComparing(r -> -r.ticket().priority())
        .thenComparingInt(JobRecord::id);
  }

  @Override
  public JobInfo await(int id, Predicate<JobInfo> until, Duration timeout)
      throws InterruptedException {
    long left = timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        JobInfo j = info(require(id));
        if (until.test(j) || left <= 0) {
          return j;
        }
        left = changed.awaitNanos(left);
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public PrinterStatus pause() {
    lock.lock();
    try {
      paused = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    return printerChanged();
  }

  @Override
  public PrinterStatus resume() {
    lock.lock();
    try {
      paused = false;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    return printerChanged();
  }

  @Override
  public PrinterStatus printer() {
    DeviceStatus d = device.status();
    lock.lock();
    try {
      return printer(d);
    } finally {
      lock.unlock();
    }
  }

  private PrinterStatus printer(DeviceStatus d) {
    Set<String> reasons = new LinkedHashSet<>(d.reasons());
    DeviceState state = d.state();
    if (mediaNeeded != null) {
      reasons.add("media-needed-error");
      state = DeviceState.STOPPED;
    }
    if (paused) {
      reasons.add(printing != 0 ? "moving-to-paused" : "paused");
      if (printing == 0) {
        state = DeviceState.STOPPED;
      }
    }
    if (state == DeviceState.IDLE && printing != 0) {
      state = DeviceState.PROCESSING;
    }
    int queued = (int) jobs.values().stream().filter(r -> !r.state().terminal()).count();
    String message = d.message().isEmpty() && paused ? "paused" : d.message();
    if (message.isEmpty() && mediaNeeded != null) {
      message = mediaNeeded;
    }
    return new PrinterStatus(state, reasons, message, d.supplies(), paused, queued, printing);
  }

  @Override
  public Device device() {
    return device;
  }

  @Override
  public AutoCloseable addListener(JobListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public long sequence() {
    lock.lock();
    try {
      return sequence;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (closing) {
        return;
      }
      closing = true;
      changed.signalAll();
      if (printer != null) {
        // the sheet on the paper path is finished at once, then the job stops at its next band
        device.shutdownRequested();
        printer.interrupt();
      }
    } finally {
      lock.unlock();
    }
    boolean interrupted = false;
    while (queue.isAlive()) {
      try {
        queue.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    device.removeListener(deviceListener);
    events.shutdown();
    try {
      events.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------- the queue

  private void runQueue() {
    while (true) {
      JobRecord r;
      lock.lock();
      try {
        r = null;
        while (!closing && expireIncoming() && (r = nextJob()) == null) {
          Duration wait = min(untilNextHoldExpires(), untilNextTimeOut());
          if (wait == null) {
            changed.await();
          } else {
            changed.awaitNanos(Math.max(1, wait.toNanos()));
          }
        }
        if (closing) {
          return;
        }
        printing = r.id();
        printer = Thread.currentThread();
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      try {
        print(r);
      } finally {
        lock.lock();
        try {
          printing = 0;
          printer = null;
          Thread.interrupted(); // a cancel that came as the job ended is spent
          changed.signalAll();
        } finally {
          lock.unlock();
        }
        printerChanged();
      }
    }
  }

  /** The next job to print (lock held), releasing holds that ran out; null when none. */
  private JobRecord nextJob() {
    if (paused) {
      return null;
    }
    Instant now = now();
    for (JobRecord r : List.copyOf(jobs.values())) {
      if (r.state() == JobState.PENDING_HELD && r.ticket().holdUntil().expired(now)) {
        try {
          put(released(r, "job-hold-until time reached"), JobEvent.Kind.STATE_CHANGED);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return jobs.values().stream()
        .filter(r -> r.state() == JobState.PENDING && r.closed())
        .min(queueOrder())
        .orElse(null);
  }

  /**
   * Closes (or, with no document, aborts) every job whose next document did not come within {@link
   * #MULTIPLE_OPERATION_TIME_OUT} (lock held). Always true, for use in a loop condition.
   */
  private boolean expireIncoming() {
    Instant limit = now().minus(MULTIPLE_OPERATION_TIME_OUT);
    for (var e : List.copyOf(incomingSince.entrySet())) {
      JobRecord r = jobs.get(e.getKey());
      if (r == null || r.closed() || r.state().terminal()) {
        incomingSince.remove(e.getKey());
        continue;
      }
      if (e.getValue().isAfter(limit)) {
        continue;
      }
      incomingSince.remove(e.getKey());
      String why =
          "no document came within the multiple-operation-time-out ("
              + MULTIPLE_OPERATION_TIME_OUT.toSeconds()
              + " s)";
      try {
        if (r.documents().isEmpty()) {
          put(
              end(r, JobState.ABORTED, "job-data-insufficient", why, now()),
              JobEvent.Kind.COMPLETED);
        } else {
          r = r.withDocuments(r.documents(), true);
          r = r.withState(r.state(), queuedReasons(r), why + ": printing the documents received");
          put(r, JobEvent.Kind.STATE_CHANGED);
        }
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    return true;
  }

  /** Time until the oldest job taking documents times out (lock held), or null. */
  private Duration untilNextTimeOut() {
    Instant now = now();
    return incomingSince.values().stream()
        .map(t -> Duration.between(now, t.plus(MULTIPLE_OPERATION_TIME_OUT)))
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  private static Duration min(Duration a, Duration b) {
    return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
  }

  private Duration untilNextHoldExpires() {
    Instant now = now();
    return jobs.values().stream()
        .filter(r -> r.state() == JobState.PENDING_HELD && r.ticket().holdUntil().until() != null)
        .map(r -> Duration.between(now, r.ticket().holdUntil().until()))
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** Prints one job on the queue thread and journals how it ended. */
  private void print(JobRecord start) {
    JobRecord r;
    lock.lock();
    try {
      r = start.withState(JobState.PROCESSING, List.of("job-printing"), "");
      r = r.withTimes(r.processing() == null ? now() : r.processing(), null);
      put(r, JobEvent.Kind.STATE_CHANGED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
    printerChanged();
    deviceChanged(device.status()); // a device stopped before the job began stops the job too
    JobRun run = null;
    String failure = null;
    String failureReason = "aborted-by-system";
    boolean interrupted = false;
    try {
      MediaSource source = awaitSource(r);
      SetPoints.Choice choice =
          SetPoints.choose(
              source.medium(),
              device.capabilities().apparatus(),
              r.ticket().fusing(),
              r.ticket().quality());
      if (choice.setPoint() == null) {
        failure = choice.reason();
      } else {
        run =
            new JobRun(
                device,
                r,
                journal.folder(r.id()),
                source,
                choice.setPoint(),
                config.threads(),
                config.previews(),
                config.profiles());
        int id = r.id();
        update(
            id, j -> j.withPlan(choice.setPoint(), j.sheetsTotal()), JobEvent.Kind.STATE_CHANGED);
        run.run(
            r.sheetsCompleted(),
            new JobRun.Progress() {
              @Override
              public void planned(int total) {
                update(id, j -> j.withPlan(j.setPoint(), total), JobEvent.Kind.STATE_CHANGED);
              }

              @Override
              public void delivered(SheetRecord sheet) {
                lock.lock();
                try {
                  sheets.computeIfAbsent(id, k -> new ArrayList<>()).add(sheet);
                } finally {
                  lock.unlock();
                }
                update(id, j -> j.withSheets(j.sheetsCompleted() + 1), JobEvent.Kind.PROGRESS);
              }
            });
      }
    } catch (InterruptedException e) {
      interrupted = true;
    } catch (JobException e) {
      failure = e.getMessage();
    } catch (DocumentException e) {
      failure = e.getMessage();
      failureReason = "document-format-error";
    } catch (RuntimeException e) {
      failure = "the printer failed: " + e;
    }
    boolean canceled;
    lock.lock();
    try {
      canceled = jobs.get(r.id()).reasons().contains(CANCEL_PENDING);
    } finally {
      lock.unlock();
    }
    if (!canceled && closing && (interrupted || failure != null)) {
      // shutting down: the job stays journaled as printing and continues on the next start
      endDeviceJob(run, false);
      return;
    }
    if (run != null && run.started() && (interrupted || failure != null || canceled)) {
      recordLate(r.id(), endDeviceJob(run, true));
    }
    lock.lock();
    try {
      JobRecord j = jobs.get(r.id());
      if (canceled) {
        j = end(j, JobState.CANCELED, "job-canceled-by-user", cancelMessage(j), now());
      } else if (failure != null) {
        j = end(j, JobState.ABORTED, failureReason, failure, now());
      } else {
        j = end(j, JobState.COMPLETED, "job-completed-successfully", "", now());
      }
      put(j, JobEvent.Kind.COMPLETED);
      prune();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  private JobOutput endDeviceJob(JobRun run, boolean canceled) {
    if (run == null || !run.started()) {
      return null;
    }
    Thread.interrupted();
    try {
      return device.endJob(canceled);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Adds the sheets the device finished as the job ended (the one in the nip at a cancel). */
  private void recordLate(int id, JobOutput out) {
    if (out == null) {
      return;
    }
    lock.lock();
    try {
      List<SheetRecord> known = sheets.computeIfAbsent(id, k -> new ArrayList<>());
      int last = known.isEmpty() ? 0 : known.get(known.size() - 1).sheet();
      for (SheetRecord r : out.sheets()) {
        if (r.sheet() > last) {
          known.add(r);
          last = r.sheet();
          put(jobs.get(id).withSheets(jobs.get(id).sheetsCompleted() + 1), JobEvent.Kind.PROGRESS);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  /** RFC 8011 job-state-reason of a job waiting for media (or other resources). */
  static final String RESOURCES_NOT_READY = "resources-are-not-ready";

  /**
   * The source the printing job prints from; while no source holds the medium it asks for (it was
   * unloaded or replaced after the job was accepted), the job waits, processing-stopped with
   * {@value #RESOURCES_NOT_READY} and the printer with {@code media-needed-error}, until an
   * operator loads it or the job is canceled. A source that no longer exists aborts the job.
   *
   * @throws InterruptedException when the job is canceled or the printer shuts down while it waits
   */
  private MediaSource awaitSource(JobRecord r) throws InterruptedException {
    lock.lock();
    try {
      while (true) {
        String missing = missingMedium(r);
        if (missing == null) {
          if (mediaNeeded != null) {
            mediaNeeded = null;
            JobRecord now = jobs.get(r.id());
            put(
                now.withState(JobState.PROCESSING, keepingCancel(now, "job-printing"), ""),
                JobEvent.Kind.STATE_CHANGED);
            printerChanged();
          }
          return chooseSource(r);
        }
        if (!missing.equals(mediaNeeded)) {
          mediaNeeded = missing;
          JobRecord now = jobs.get(r.id());
          put(
              now.withState(
                  JobState.PROCESSING_STOPPED, keepingCancel(now, RESOURCES_NOT_READY), missing),
              JobEvent.Kind.STATE_CHANGED);
          printerChanged();
        }
        changed.await();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      if (mediaNeeded != null) {
        mediaNeeded = null;
        printerChanged();
      }
      throw e;
    } finally {
      lock.unlock();
    }
  }

  /** {@code reason}, followed by the cancel on its way if {@code r} has one. */
  private static List<String> keepingCancel(JobRecord r, String reason) {
    List<String> reasons = new ArrayList<>(List.of(reason));
    if (r.reasons().contains(CANCEL_PENDING)) {
      reasons.add(CANCEL_PENDING);
    }
    return reasons;
  }

  /**
   * What an operator must load for {@code r} to print, when no source holds its medium and size
   * (or, with neither asked for, no source holds any medium); null when it can print now or cannot
   * print at all (a source that no longer exists: {@link #chooseSource} says why).
   */
  private String missingMedium(JobRecord r) {
    return MediaMatch.missing(device.capabilities().sources(), r.ticket()).orElse(null);
  }

  /**
   * The source a job prints from: the first that holds what it asks for (the source named, its
   * medium, a sheet of its size within {@link MediaMatch#TOLERANCE}).
   */
  private MediaSource chooseSource(JobRecord r) {
    List<MediaSource> sources = device.capabilities().sources();
    JobTicket t = r.ticket();
    if (t.source() != null && sources.stream().noneMatch(x -> x.name().equals(t.source()))) {
      throw new JobException(
          JobException.Kind.UNSUPPORTED_ATTRIBUTE,
          "media-source",
          "media-source '" + t.source() + "' no longer exists");
    }
    return MediaMatch.source(sources, t)
        .orElseThrow(
            () ->
                new JobException(
                    JobException.Kind.UNSUPPORTED_ATTRIBUTE,
                    t.size() != null ? "media" : t.medium() != null ? "media-type" : "media-source",
                    MediaMatch.missing(sources, t)
                        .orElse("no source holds what the job asks for")));
  }

  /** The device's state shows in the printing job: stopped while the device is. */
  private void deviceChanged(DeviceStatus status) {
    lock.lock();
    try {
      JobRecord r = printing == 0 ? null : jobs.get(printing);
      if (r != null) {
        boolean stopped = status.state() == DeviceState.STOPPED || mediaNeeded != null;
        List<String> reasons = new ArrayList<>();
        if (mediaNeeded != null) {
          reasons.add(RESOURCES_NOT_READY);
        } else if (stopped) {
          reasons.add("printer-stopped");
        } else {
          reasons.add("job-printing");
        }
        if (r.reasons().contains(CANCEL_PENDING)) {
          reasons.add(CANCEL_PENDING);
        }
        JobState state = stopped ? JobState.PROCESSING_STOPPED : JobState.PROCESSING;
        if (r.state() == JobState.PROCESSING || r.state() == JobState.PROCESSING_STOPPED) {
          if (state != r.state() || !reasons.equals(r.reasons())) {
            put(
                r.withState(
                    state,
                    reasons,
                    mediaNeeded != null ? mediaNeeded : stopped ? status.message() : r.message()),
                JobEvent.Kind.STATE_CHANGED);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
    printerChanged(status);
  }

  // ---------------------------------------------------------------- journal and events

  private interface Change {
    JobRecord apply(JobRecord r);
  }

  private void update(int id, Change change, JobEvent.Kind kind) {
    lock.lock();
    try {
      put(change.apply(jobs.get(id)), kind);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  /** Journals {@code r}, then tells the listeners (lock held). */
  private void put(JobRecord r, JobEvent.Kind kind) throws IOException {
    journal.write(r);
    jobs.put(r.id(), r);
    changed.signalAll();
    JobEvent e = new JobEvent(++sequence, kind, info(r));
    events.execute(
        () -> {
          for (JobListener l : listeners) {
            l.jobChanged(e);
          }
        });
  }

  private PrinterStatus printerChanged() {
    return printerChanged(device.status());
  }

  private PrinterStatus printerChanged(DeviceStatus d) {
    lock.lock();
    try {
      PrinterStatus p = printer(d);
      if (!p.equals(lastPrinter)) {
        lastPrinter = p;
        long seq = ++sequence;
        changed.signalAll();
        if (!events.isShutdown()) {
          events.execute(
              () -> {
                for (JobListener l : listeners) {
                  l.printerChanged(seq, p);
                }
              });
        }
      }
      return p;
    } finally {
      lock.unlock();
    }
  }

  /** Removes the oldest finished jobs beyond the history's count or age (lock held). */
  private void prune() {
    Instant now = now();
    List<JobRecord> done =
        jobs.values().stream()
            .filter(r -> r.state().terminal())
            .sorted(Comparator.comparingInt(JobRecord::id).reversed())
            .toList();
    for (int i = 0; i < done.size(); i++) {
      JobRecord r = done.get(i);
      boolean old =
          r.completed() != null
              && Duration.between(r.completed(), now).compareTo(config.historyAge()) > 0;
      if (i >= config.historyJobs() || old) {
        try {
          Journal.delete(journal.folder(r.id()));
        } catch (IOException e) {
          continue; // tried again at the next prune
        }
        jobs.remove(r.id());
        sheets.remove(r.id());
        snapshots.remove(r.id());
      }
    }
  }

  /**
   * The snapshot of {@code r} (lock held): the kept one while nothing of the job has changed. The
   * record is compared by identity: a change always puts a new record, and comparing two records
   * field by field would cost what the snapshot saves.
   */
  @SuppressWarnings("ReferenceEquality")
  private JobInfo info(JobRecord r) {
    List<SheetRecord> s = sheets.getOrDefault(r.id(), List.of());
    Snapshot kept = snapshots.get(r.id());
    if (kept != null && kept.record() == r && kept.sheets() == s.size()) {
      return kept.info();
    }
    JobInfo info = info(r, s, journal.folder(r.id()));
    snapshots.put(r.id(), new Snapshot(r, s.size(), info));
    return info;
  }

  /**
   * A job's snapshot and what it was made from: records are immutable and replaced on every change,
   * and a job's sheet records are only ever appended to, so the same record and sheet count mean
   * the same snapshot.
   */
  private record Snapshot(JobRecord record, int sheets, JobInfo info) {}

  /** The snapshot of a journaled job with its sheet records. */
  static JobInfo info(JobRecord r, List<SheetRecord> s, Path folder) {
    Set<String> reasons = new LinkedHashSet<>(r.reasons());
    if (reasons.isEmpty()) {
      reasons.add("none");
    }
    return new JobInfo(
        r.id(),
        r.ticket(),
        r.state(),
        reasons,
        r.message(),
        r.documents(),
        r.closed(),
        r.created(),
        r.processing(),
        r.completed(),
        r.setPoint(),
        r.sheetsTotal(),
        Math.max(r.sheetsCompleted(), s.size()),
        s,
        JobSummary.of(s),
        folder);
  }

  /** The jobs journaled in {@code root}, by id, read without changing anything. */
  static List<JobInfo> read(Path root) throws IOException {
    if (!Files.isDirectory(root.resolve(Journal.JOBS))) {
      return List.of();
    }
    Journal journal = new Journal(root);
    List<JobInfo> out = new ArrayList<>();
    for (JobRecord r : journal.load(false)) {
      Path folder = journal.folder(r.id());
      out.add(info(r, SheetRecords.read(folder), folder));
    }
    return out;
  }

  private JobRecord require(int id) {
    JobRecord r = jobs.get(id);
    if (r == null) {
      throw new JobException(
          JobException.Kind.NOT_FOUND, "job-id", "job " + id + " does not exist");
    }
    return r;
  }

  private void refuseWhenClosing() {
    if (closing) {
      throw new JobException(JobException.Kind.NOT_POSSIBLE, null, "the printer is shutting down");
    }
  }

  private Instant now() {
    return config.clock().instant();
  }

  private static JobException spoolFailed(IOException e) {
    return new JobException(
        JobException.Kind.SPOOL_FAILED, null, "the spool could not take it: " + e.getMessage(), e);
  }

  private static void deleteQuietly(Path file) {
    try {
      file.toFile().setWritable(true);
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for the next start's clean-up
    }
  }
}
