package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeCollection;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.MutableAttributeGroup;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.Status;
import dev.fusejet.device.Device;
import dev.fusejet.device.DeviceState;
import dev.fusejet.device.FaultInjector;
import dev.fusejet.device.MediaSource;
import dev.fusejet.job.DocumentInfo;
import dev.fusejet.job.DocumentRequest;
import dev.fusejet.job.JobEvent;
import dev.fusejet.job.JobException;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobListener;
import dev.fusejet.job.JobService;
import dev.fusejet.job.JobState;
import dev.fusejet.job.PrinterStatus;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.MediaSize;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The IPP Everywhere printer: every operation of {@code operations-supported}, each a translation
 * between IPP and the job service or the device. It keeps the protocol's state only (settings,
 * subscriptions, the state-change time); jobs, queueing and printing belong to {@link JobService}.
 */
final class Printer implements IppOperations, AutoCloseable {

  /** How long Get-Notifications with notify-wait holds the request open at most (s). */
  static final int NOTIFY_WAIT_SECONDS = 30;

  /** notify-get-interval: when a client should ask again (s), as CUPS' default. */
  static final int NOTIFY_GET_INTERVAL = 30;

  private static final Set<Integer> ADMIN =
      Set.of(
          Operation.pausePrinter.getCode(),
          Operation.resumePrinter.getCode(),
          Operation.setPrinterAttributes.getCode(),
          Operation.getPrinterSupportedValues.getCode());

  /** What {@link #answersAtOnce} names: reads of what the printer holds in memory. */
  private static final Set<Integer> AT_ONCE =
      Set.of(
          Operation.getPrinterAttributes.getCode(),
          Operation.getJobs.getCode(),
          Operation.getJobAttributes.getCode(),
          Operation.validateJob.getCode(),
          Operation.getSubscriptions.getCode(),
          Operation.getSubscriptionAttributes.getCode());

  private static final Set<Integer> JOB_TARGET =
      Set.of(
          Operation.sendDocument.getCode(),
          Operation.cancelJob.getCode(),
          Operation.getJobAttributes.getCode(),
          Operation.holdJob.getCode(),
          Operation.releaseJob.getCode(),
          Operation.closeJob.getCode(),
          Operation.createJobSubscriptions.getCode());

  private final JobService jobs;
  private final Device device;
  private final ServeOptions options;
  private final PrinterSettings settings;
  private final List<Medium> catalogue;
  private final Subscriptions subscriptions = new Subscriptions();
  private final Clock clock;
  private final Instant started;
  private final Path stateDir;
  private final AutoCloseable listener;
  private final Map<Integer, String> suppliedFormats = new ConcurrentHashMap<>();
  private final JobGroups jobGroups = new JobGroups();
  private final AtomicInteger configChanges = new AtomicInteger();
  private final Map<Integer, Handler> handlers = new LinkedHashMap<>();
  private volatile Instant stateChanged;
  private volatile Instant configChanged;
  private volatile String lastState = "";
  private volatile boolean identifyRequested;
  private volatile FileStore spoolStore;
  private volatile Capabilities caps;
  private volatile FixedAttributes fixed;

  /** The live attributes' last encodings: most of them change far less often than they are read. */
  private final Encoding.Kept liveEncodings = new Encoding.Kept();

  /** An operation answered with the bytes of its response. */
  @FunctionalInterface
  private interface Handler {
    byte[] handle(Exchange ex) throws InterruptedException;
  }

  /** An operation answered with a response packet, which jipp encodes. */
  @FunctionalInterface
  private interface PacketHandler {
    IppPacket handle(Exchange ex) throws InterruptedException;
  }

  private void packet(Operation op, PacketHandler h) {
    handlers.put(op.getCode(), ex -> Encoding.packet(h.handle(ex)));
  }

  Printer(JobService jobs, ServeOptions options, List<Medium> catalogue, Clock clock) {
    this.jobs = jobs;
    this.device = jobs.device();
    this.options = options;
    this.stateDir = options.stateDir();
    this.settings = new PrinterSettings(options.stateDir(), options, clock.instant());
    this.catalogue = List.copyOf(catalogue);
    this.clock = clock;
    this.started = clock.instant();
    this.stateChanged = started;
    this.configChanged = started;
    packet(Operation.printJob, this::printJob);
    packet(Operation.validateJob, this::validateJob);
    packet(Operation.createJob, this::createJob);
    packet(Operation.sendDocument, this::sendDocument);
    packet(Operation.cancelJob, this::cancelJob);
    packet(Operation.getJobAttributes, this::getJobAttributes);
    handlers.put(Operation.getJobs.getCode(), this::getJobs);
    handlers.put(Operation.getPrinterAttributes.getCode(), this::getPrinterAttributes);
    packet(Operation.holdJob, this::holdJob);
    packet(Operation.releaseJob, this::releaseJob);
    packet(Operation.pausePrinter, this::pausePrinter);
    packet(Operation.resumePrinter, this::resumePrinter);
    packet(Operation.setPrinterAttributes, this::setPrinterAttributes);
    packet(Operation.getPrinterSupportedValues, this::getPrinterSupportedValues);
    packet(Operation.createPrinterSubscriptions, this::createSubscriptions);
    packet(Operation.createJobSubscriptions, this::createSubscriptions);
    packet(Operation.getSubscriptionAttributes, this::getSubscriptionAttributes);
    packet(Operation.getSubscriptions, this::getSubscriptions);
    packet(Operation.renewSubscription, this::renewSubscription);
    packet(Operation.cancelSubscription, this::cancelSubscription);
    packet(Operation.getNotifications, this::getNotifications);
    packet(Operation.cancelCurrentJob, this::cancelCurrentJob);
    packet(Operation.cancelMyJobs, this::cancelMyJobs);
    packet(Operation.closeJob, this::closeJob);
    packet(Operation.identifyPrinter, this::identifyPrinter);
    noteState(jobs.printer());
    this.listener =
        jobs.addListener(
            new JobListener() {
              @Override
              public void jobChanged(JobEvent e) {
                onJob(e);
              }

              @Override
              public void printerChanged(long sequence, PrinterStatus status) {
                onPrinter(status);
              }
            });
  }

  // ---- what the attribute builders read ------------------------------------------------------

  /**
   * The supported values now: rebuilt when the device's capabilities change (a source's medium or
   * count), kept otherwise.
   */
  Capabilities capabilities() {
    dev.fusejet.device.DeviceCapabilities d = device.capabilities();
    Capabilities c = caps;
    if (c == null || !FixedAttributes.sameDevice(c.device, d)) {
      c = new Capabilities(d, catalogue);
      caps = c;
    }
    return c;
  }

  /** The time now on the printer's clock. */
  Instant now() {
    return clock.instant();
  }

  PrinterStatus status() {
    return jobs.printer();
  }

  PrinterSettings settings() {
    return settings;
  }

  ServeOptions options() {
    return options;
  }

  boolean identifyRequested() {
    return identifyRequested;
  }

  boolean acceptingJobs() {
    return true;
  }

  Instant stateChanged() {
    return stateChanged;
  }

  Instant configChanged() {
    Instant s = settings.changed();
    return s.isAfter(configChanged) ? s : configChanged;
  }

  int configChanges() {
    return configChanges.get();
  }

  /** printer-up-time of {@code when} (s since the printer started, at least 1). */
  int upTime(Instant when) {
    return PrinterDescription.seconds(started, when);
  }

  List<Integer> operationCodes() {
    return new ArrayList<>(handlers.keySet());
  }

  /** KiB the spool's file system has free, for job-k-octets-supported. */
  int spoolKiloOctets() {
    try {
      FileStore store = spoolStore;
      if (store == null) {
        store = Files.getFileStore(stateDir);
        spoolStore = store;
      }
      return (int) Math.min(Integer.MAX_VALUE, store.getUsableSpace() / 1024);
    } catch (IOException e) {
      return Integer.MAX_VALUE;
    }
  }

  String printerUri(String scheme, Exchange ex) {
    return scheme + "://" + hostPort(ex) + IppHandler.PRINTER_PATH;
  }

  String jobUri(Exchange ex, int id) {
    return printerUri(ex.secure() ? "ipps" : "ipp", ex) + "/" + id;
  }

  String webBase(Exchange ex) {
    return (ex.secure() ? "https" : "http") + "://" + hostPort(ex);
  }

  String webUri(Exchange ex) {
    return webBase(ex) + "/";
  }

  private static String hostPort(Exchange ex) {
    String h =
        ex.host().contains(":") && !ex.host().startsWith("[") ? "[" + ex.host() + "]" : ex.host();
    return h + ":" + ex.port();
  }

  /** The document-format the client supplied for a job's document (octet-stream when sniffed). */
  String suppliedFormat(int jobId, DocumentInfo d) {
    return suppliedFormats.getOrDefault(jobId * 1000 + d.number(), d.format());
  }

  /** The newest jobs, for the status page. */
  List<JobInfo> jobsForPage() {
    return jobs.jobs(StatusPage.which(), StatusPage.JOBS);
  }

  // ---- IppOperations ------------------------------------------------------------------------

  @Override
  public Set<Integer> supported() {
    return handlers.keySet();
  }

  @Override
  public boolean adminOnly(int operation) {
    return ADMIN.contains(operation);
  }

  @Override
  public boolean answersAtOnce(int operation) {
    return AT_ONCE.contains(operation);
  }

  @Override
  public boolean targetsJob(int operation) {
    return JOB_TARGET.contains(operation);
  }

  @Override
  public byte[] handle(Exchange ex) throws InterruptedException {
    try {
      return handlers.get(ex.request().getCode()).handle(ex);
    } catch (JobException e) {
      throw fromJob(e);
    }
  }

  private static IppException fromJob(JobException e) {
    Status s =
        switch (e.kind()) {
          case NOT_FOUND -> Status.clientErrorNotFound;
          case NOT_POSSIBLE -> Status.clientErrorNotPossible;
          case UNSUPPORTED_ATTRIBUTE -> Status.clientErrorAttributesOrValuesNotSupported;
          case UNSUPPORTED_FORMAT -> Status.clientErrorDocumentFormatNotSupported;
          case SPOOL_FAILED -> Status.serverErrorInternalError;
        };
    List<Attribute<?>> u =
        e.attribute() == null ? List.of() : List.of(Attr.outOfBand(e.attribute(), Tag.unsupported));
    return new IppException(s, e.getMessage(), u);
  }

  // ---- jobs -----------------------------------------------------------------------------------

  /** The document format asked for, checked (client-error-document-format-not-supported). */
  private String documentFormat(Exchange ex) {
    Optional<Attribute<?>> a = ex.op("document-format");
    if (a.isEmpty()) {
      return DocumentFormats.OCTET_STREAM;
    }
    if (a.get().size() != 1 || !Attr.isOf(a.get().get(0), Tag.mimeMediaType)) {
      throw new IppException(
          Status.clientErrorBadRequest, "document-format must be one mimeMediaType");
    }
    String f = DocumentFormats.canonical(Attr.string(a.get().get(0)));
    if (!DocumentFormats.SUPPORTED.contains(f)) {
      throw new IppException(
          Status.clientErrorDocumentFormatNotSupported,
          "document-format " + f + " is not supported; use one of " + DocumentFormats.SUPPORTED,
          List.of(a.get()));
    }
    return f;
  }

  /**
   * The compression the document was sent with (RFC 8011 section 5.4.32), checked against {@link
   * DocumentFormats#COMPRESSION} (client-error-compression-not-supported otherwise).
   */
  private static String compression(Exchange ex) {
    Optional<Attribute<?>> c = ex.op("compression");
    if (c.isEmpty()) {
      return "none";
    }
    String v =
        c.get().size() == 1 && Attr.isOf(c.get().get(0), Tag.keyword)
            ? Attr.string(c.get().get(0))
            : "";
    if (!DocumentFormats.COMPRESSION.contains(v)) {
      throw new IppException(
          Status.clientErrorCompressionNotSupported,
          "compression '"
              + (c.get().isEmpty() ? "" : Attr.string(c.get().get(0)))
              + "' is not supported; use one of "
              + DocumentFormats.COMPRESSION,
          List.of(c.get()));
    }
    return v;
  }

  private static void checkCompression(Exchange ex) {
    compression(ex);
  }

  private JobTemplate.Result template(Exchange ex) {
    JobTemplate.Result r = JobTemplate.read(ex, capabilities(), clock);
    List<Attribute<?>> u = new ArrayList<>(r.unsupported());
    // operation attributes a printer must refuse when it does not support them (RFC 8011 4.2.1.1)
    for (Attribute<?> a : ex.operation()) {
      if (a.getName().equals("job-impressions") || a.getName().equals("job-media-sheets")) {
        if (!(a.size() == 1 && a.get(0) instanceof Integer i && i >= 1)) {
          u.add(a);
        }
      }
    }
    return new JobTemplate.Result(r.ticket(), u);
  }

  private IppPacket validateJob(Exchange ex) {
    checkCompression(ex);
    documentFormat(ex);
    JobTemplate.Result r = template(ex);
    IppPacket.Builder b = Replies.to(ex.request(), r.status());
    unsupported(b, r.unsupported());
    return b.build();
  }

  private IppPacket printJob(Exchange ex) {
    String compression = compression(ex);
    String format = documentFormat(ex);
    JobTemplate.Result r = template(ex);
    Sniffed doc = sniff(DocumentFormats.decompress(ex.document(), compression), format);
    String name = ex.opString("document-name").orElse(r.ticket().name());
    JobInfo job = jobs.submit(r.ticket(), new DocumentRequest(name, doc.format), doc.in);
    rememberFormat(job, format);
    return jobReply(ex, r.status(), job, r.unsupported());
  }

  private IppPacket createJob(Exchange ex) {
    JobTemplate.Result r = template(ex);
    JobInfo job = jobs.createJob(r.ticket());
    return jobReply(ex, r.status(), job, r.unsupported());
  }

  private IppPacket sendDocument(Exchange ex) {
    JobInfo job = ownedJob(ex);
    Optional<Attribute<?>> last = ex.op("last-document");
    if (last.isEmpty() || last.get().size() != 1 || !(last.get().get(0) instanceof Boolean)) {
      throw new IppException(
          Status.clientErrorBadRequest, "Send-Document needs last-document (boolean)");
    }
    String compression = compression(ex);
    String format = documentFormat(ex);
    Sniffed doc = sniff(DocumentFormats.decompress(ex.document(), compression), format);
    String name = ex.opString("document-name").orElse(job.ticket().name());
    JobInfo after =
        jobs.addDocument(
            job.id(), new DocumentRequest(name, doc.format), doc.in, (Boolean) last.get().get(0));
    rememberFormat(after, format);
    return jobReply(ex, Status.successfulOk, after, List.of());
  }

  private IppPacket closeJob(Exchange ex) {
    JobInfo job = ownedJob(ex);
    return jobReply(ex, Status.successfulOk, jobs.close(job.id()), List.of());
  }

  private IppPacket cancelJob(Exchange ex) {
    JobInfo job = ownedJob(ex);
    if (job.state().terminal()) {
      throw new IppException(
          Status.clientErrorNotPossible,
          "job " + job.id() + " is already " + job.state().keyword());
    }
    jobs.cancel(job.id(), "canceled by " + ex.user());
    return Replies.to(ex.request(), Status.successfulOk).build();
  }

  private IppPacket cancelMyJobs(Exchange ex) {
    List<Integer> ids = new ArrayList<>();
    Optional<Attribute<?>> asked = ex.op("job-ids");
    for (JobInfo j : jobs.jobs(JobService.Which.NOT_COMPLETED, Integer.MAX_VALUE)) {
      if (j.ticket().user().equals(ex.user())
          && (asked.isEmpty() || asked.get().contains(j.id()))) {
        ids.add(j.id());
      }
    }
    for (int id : ids) {
      try {
        jobs.cancel(id, "canceled by " + ex.user() + " (Cancel-My-Jobs)");
      } catch (JobException e) {
        // ended between the listing and the cancel: nothing left to cancel
      }
    }
    return Replies.to(ex.request(), Status.successfulOk).build();
  }

  private IppPacket cancelCurrentJob(Exchange ex) {
    int id = jobs.printer().printing();
    if (id == 0) {
      throw new IppException(Status.clientErrorNotPossible, "no job is printing");
    }
    JobInfo job =
        jobs.job(id)
            .orElseThrow(
                () -> new IppException(Status.clientErrorNotPossible, "no job is printing"));
    checkOwner(ex, job);
    jobs.cancel(id, "canceled by " + ex.user() + " (Cancel-Current-Job)");
    return Replies.to(ex.request(), Status.successfulOk).build();
  }

  private IppPacket holdJob(Exchange ex) {
    JobInfo job = ownedJob(ex);
    String kw = ex.opString("job-hold-until").orElse("indefinite");
    if (!Capabilities.HOLD_UNTIL.contains(kw) || kw.equals("no-hold")) {
      throw new IppException(
          Status.clientErrorAttributesOrValuesNotSupported,
          "job-hold-until '"
              + kw
              + "' is not one of "
              + Capabilities.HOLD_UNTIL.subList(1, Capabilities.HOLD_UNTIL.size()),
          List.of(ex.op("job-hold-until").get()));
    }
    JobInfo held = jobs.hold(job.id(), JobTemplate.resolveHold(kw, clock));
    return jobReply(ex, Status.successfulOk, held, List.of());
  }

  private IppPacket releaseJob(Exchange ex) {
    JobInfo job = ownedJob(ex);
    if (job.state() != JobState.PENDING_HELD) {
      throw new IppException(
          Status.clientErrorNotPossible,
          "job " + job.id() + " is not held (" + job.state().keyword() + ")");
    }
    return jobReply(ex, Status.successfulOk, jobs.release(job.id()), List.of());
  }

  private IppPacket getJobAttributes(Exchange ex) {
    JobInfo job = targetJob(ex);
    Set<String> req = requested(ex, Set.of("all"));
    IppPacket.Builder b = Replies.to(ex.request(), Status.successfulOk);
    boolean own = owner(ex, job);
    b.putJobAttributes(
        select(JobDescription.build(this, ex, job, wanted(req, own, true)), req, own, true));
    return b.build();
  }

  private byte[] getJobs(Exchange ex) {
    String which = ex.opString("which-jobs").orElse("not-completed");
    List<String> known =
        List.of(
            "completed",
            "not-completed",
            "all",
            "aborted",
            "canceled",
            "pending",
            "pending-held",
            "processing",
            "processing-stopped");
    if (!known.contains(which)) {
      throw new IppException(
          Status.clientErrorAttributesOrValuesNotSupported,
          "which-jobs '" + which + "' is not one of " + known,
          List.of(ex.op("which-jobs").get()));
    }
    int limit =
        ex.op("limit")
            .filter(a -> !a.isEmpty() && a.get(0) instanceof Integer)
            .map(a -> (Integer) a.get(0))
            .orElse(Integer.MAX_VALUE);
    boolean mine =
        ex.op("my-jobs")
            .filter(a -> !a.isEmpty() && a.get(0) instanceof Boolean)
            .map(a -> (Boolean) a.get(0))
            .orElse(false);
    JobService.Which w =
        switch (which) {
          case "completed", "aborted", "canceled" -> JobService.Which.COMPLETED;
          case "not-completed", "pending", "pending-held", "processing", "processing-stopped" ->
              JobService.Which.NOT_COMPLETED;
          default -> JobService.Which.ALL;
        };
    Set<String> req = requested(ex, Set.of("job-id", "job-uri"));
    Encoding.Message m =
        new Encoding.Message(
            ex.request().getVersionNumber(),
            Status.successfulOk.getCode(),
            ex.request().getRequestId());
    // a job's group depends on the snapshot, the attributes asked for, ownership (privacy) and
    // the scheme, host and port its URIs are written with; up-time moves with the clock
    String request = String.join(",", new TreeSet<>(req)) + " " + webBase(ex);
    int n = 0;
    // with no filter beyond which-jobs' three lists, the service builds only the jobs returned
    boolean filtered = mine || !List.of("completed", "not-completed", "all").contains(which);
    for (JobInfo j : jobs.jobs(w, filtered ? Integer.MAX_VALUE : limit)) {
      if (n >= limit) {
        break;
      }
      if (mine && !j.ticket().user().equals(ex.user())) {
        continue;
      }
      if (!which.contains("completed")
          && !which.equals("all")
          && !j.state().keyword().equals(which)) {
        continue;
      }
      if ((which.equals("aborted") || which.equals("canceled"))
          && !j.state().keyword().equals(which)) {
        continue;
      }
      boolean own = owner(ex, j);
      Predicate<String> want = wanted(req, own, true);
      Supplier<byte[]> encode =
          () ->
              Encoding.attributes(select(JobDescription.build(this, ex, j, want), req, own, true));
      m.group(Tag.jobAttributes);
      m.encoded(
          want.test("job-printer-up-time")
              ? encode.get()
              : jobGroups.group(
                  j,
                  (own ? "owner " : "other ") + request,
                  j.documents().isEmpty()
                      ? null
                      : suppliedFormat(j.id(), j.documents().get(j.documents().size() - 1)),
                  encode));
      n++;
    }
    return m.end();
  }

  private IppPacket jobReply(
      Exchange ex, Status status, JobInfo job, List<Attribute<?>> unsupported) {
    IppPacket.Builder b = Replies.to(ex.request(), status);
    if (status.equals(Status.successfulOkIgnoredOrSubstitutedAttributes)) {
      b.getOperationAttributes()
          .put(
              Replies.statusMessage(
                  "some attributes were ignored or substituted: see the unsupported-attributes group"));
    }
    unsupported(b, unsupported);
    List<String> names =
        List.of("job-id", "job-uri", "job-state", "job-state-reasons", "job-state-message");
    Map<String, Attribute<?>> all = JobDescription.build(this, ex, job, names::contains);
    List<Attribute<?>> ja = new ArrayList<>();
    for (String n : names) {
      ja.add(all.get(n));
    }
    int ahead = 0;
    for (JobInfo j : jobs.jobs(JobService.Which.NOT_COMPLETED, Integer.MAX_VALUE)) {
      if (j.id() == job.id()) {
        break;
      }
      ahead++;
    }
    ja.add(Attr.integer("number-of-intervening-jobs", job.state().terminal() ? 0 : ahead));
    b.putJobAttributes(ja);
    return b.build();
  }

  private static void unsupported(IppPacket.Builder b, List<Attribute<?>> u) {
    if (!u.isEmpty()) {
      b.putUnsupportedAttributes(u);
    }
  }

  private void rememberFormat(JobInfo job, String format) {
    if (!job.documents().isEmpty()) {
      DocumentInfo d = job.documents().get(job.documents().size() - 1);
      suppliedFormats.put(job.id() * 1000 + d.number(), format);
    }
  }

  /** The job the request targets: job-id with printer-uri, or job-uri. */
  private JobInfo targetJob(Exchange ex) {
    int id;
    Optional<Attribute<?>> jobId = ex.op("job-id");
    if (ex.op("printer-uri").isPresent()) {
      if (jobId.isEmpty() || jobId.get().size() != 1 || !(jobId.get().get(0) instanceof Integer)) {
        throw new IppException(
            Status.clientErrorBadRequest, "job-id (integer) is needed with printer-uri");
      }
      id = (Integer) jobId.get().get(0);
    } else {
      String uri = ex.opString("job-uri").orElse("");
      id = Integer.parseInt(uri.substring(uri.lastIndexOf('/') + 1));
    }
    return jobs.job(id)
        .orElseThrow(
            () ->
                new IppException(
                    Status.clientErrorNotFound,
                    "there is no job "
                        + id
                        + " (finished jobs are kept "
                        + dev.fusejet.job.ServiceConfig.DEFAULT_HISTORY_JOBS
                        + " at most)"));
  }

  private JobInfo ownedJob(Exchange ex) {
    JobInfo job = targetJob(ex);
    checkOwner(ex, job);
    return job;
  }

  private boolean owner(Exchange ex, JobInfo job) {
    return ex.authenticatedUser() != null || job.ticket().user().equals(ex.user());
  }

  private void checkOwner(Exchange ex, JobInfo job) {
    if (!owner(ex, job)) {
      throw new IppException(
          Status.clientErrorNotAuthorized,
          "job "
              + job.id()
              + " belongs to another user; only its owner or the administrator may change it");
    }
  }

  /** The document data, with its format detected when the client sent octet-stream. */
  private record Sniffed(InputStream in, String format) {}

  private static Sniffed sniff(InputStream data, String format) {
    BufferedInputStream in = new BufferedInputStream(data, 1 << 16);
    try {
      in.mark(DocumentFormats.SNIFF_BYTES);
      byte[] head = new byte[DocumentFormats.SNIFF_BYTES];
      int n = in.readNBytes(head, 0, head.length);
      in.reset();
      if (n == 0) {
        throw new IppException(Status.clientErrorBadRequest, "the request has no document data");
      }
      Optional<String> detected = DocumentFormats.sniff(head, n);
      if (format.equals(DocumentFormats.OCTET_STREAM)) {
        return new Sniffed(
            in,
            detected.orElseThrow(
                () ->
                    new IppException(
                        Status.clientErrorDocumentFormatNotSupported,
                        "the document is none of "
                            + DocumentFormats.SUPPORTED.subList(0, 5)
                            + " (by its first bytes)")));
      }
      if (detected.isPresent() && !detected.get().equals(format)) {
        throw new IppException(
            Status.clientErrorDocumentFormatError,
            "document-format says " + format + " but the data is " + detected.get());
      }
      if (detected.isEmpty()) {
        throw new IppException(
            Status.clientErrorDocumentFormatError,
            "the document's first bytes are not those of " + format);
      }
      return new Sniffed(in, format);
    } catch (java.util.zip.ZipException e) {
      throw new IppException(
          Status.clientErrorCompressionError,
          "the document cannot be decompressed: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document", e);
    }
  }

  // ---- printer --------------------------------------------------------------------------------

  /**
   * Get-Printer-Attributes, written from the fixed attributes' kept encodings and the live ones
   * encoded now (those only when asked for): the same attributes as {@link #printerAttributes}
   * selected by requested-attributes, media-col-database only when named.
   */
  private byte[] getPrinterAttributes(Exchange ex) {
    Set<String> req = requested(ex, Set.of("all"));
    boolean everything = req.contains("all");
    boolean template = everything || req.contains("job-template");
    boolean description = everything || req.contains("printer-description");
    FixedAttributes f = fixedAttributes(ex);
    Encoding.Message m =
        new Encoding.Message(
            ex.request().getVersionNumber(),
            Status.successfulOk.getCode(),
            ex.request().getRequestId());
    m.group(Tag.printerAttributes);
    if (template || description) {
      for (Map.Entry<String, byte[]> e : f.encoded) {
        String n = e.getKey();
        boolean asked = req.contains(n);
        if (asked
            || (!n.equals("media-col-database") && (f.template(n) ? template : description))) {
          m.encoded(e.getValue());
        }
      }
    } else {
      // attributes named one by one: only those, looked up rather than searched for
      for (int i : f.positions(req)) {
        m.encoded(f.encoded.get(i).getValue());
      }
    }
    boolean anyLive = description;
    for (String n : req) {
      anyLive |= PrinterDescription.LIVE.contains(n);
    }
    if (anyLive) {
      for (Attribute<?> a :
          PrinterDescription.live(this, description ? n -> true : req::contains).values()) {
        if (description || req.contains(a.getName())) {
          m.encoded(liveEncodings.of(a));
        }
      }
    }
    return m.end();
  }

  /** The fixed attributes for this request's URI, rebuilt when what they follow from changed. */
  private FixedAttributes fixedAttributes(Exchange ex) {
    Capabilities c = capabilities();
    Instant config = configChanged();
    FixedAttributes f = fixed;
    if (f == null || !f.holdsFor(c.device, ex.host(), ex.port(), ex.secure(), config)) {
      f =
          new FixedAttributes(
              c, ex.host(), ex.port(), ex.secure(), config, PrinterDescription.fixed(this, ex, c));
      fixed = f;
    }
    return f;
  }

  /** All printer attributes: the fixed ones (kept) and the live ones (read now). */
  Map<String, Attribute<?>> printerAttributes(Exchange ex) {
    Map<String, Attribute<?>> all = new LinkedHashMap<>(fixedAttributes(ex).attributes);
    all.putAll(PrinterDescription.live(this));
    return all;
  }

  private IppPacket identifyPrinter(Exchange ex) {
    List<String> actions = new ArrayList<>();
    ex.op("identify-actions").ifPresent(a -> a.forEach(v -> actions.add(Attr.string(v))));
    if (actions.isEmpty()) {
      actions.add("flash");
    }
    List<String> known = List.of("display", "flash", "sound", "speak");
    for (String a : actions) {
      if (!known.contains(a)) {
        throw new IppException(
            Status.clientErrorAttributesOrValuesNotSupported,
            "identify-actions '" + a + "' is not one of " + known,
            List.of(ex.op("identify-actions").get()));
      }
    }
    device.identify(new LinkedHashSet<>(actions), ex.opString("message").orElse(null));
    return Replies.to(ex.request(), Status.successfulOk).build();
  }

  private IppPacket pausePrinter(Exchange ex) {
    jobs.pause();
    return Replies.to(ex.request(), Status.successfulOk).build();
  }

  /** Resume-Printer: jobs start again, and the operator's faults are cleared (a fault reset). */
  private IppPacket resumePrinter(Exchange ex) {
    Optional<FaultInjector> f = device.faults();
    f.ifPresent(inj -> List.copyOf(inj.active()).forEach(inj::clear));
    jobs.resume();
    return Replies.to(ex.request(), Status.successfulOk).build();
  }

  private IppPacket setPrinterAttributes(Exchange ex) {
    AttributeGroup g = ex.request().get(Tag.printerAttributes);
    if (g == null || g.isEmpty()) {
      throw new IppException(
          Status.clientErrorBadRequest, "Set-Printer-Attributes needs a printer attributes group");
    }
    Map<String, String> changes = new HashMap<>();
    List<Attribute<?>> notSettable = new ArrayList<>();
    List<Runnable> loads = new ArrayList<>();
    for (Attribute<?> a : g) {
      if (a.getName().equals("media-col-ready")) {
        loads.addAll(mediaLoads(a, notSettable));
      } else if (PrinterSettings.SETTABLE.contains(a.getName()) && a.size() == 1) {
        String v = Attr.string(a.get(0));
        if (a.getName().equals("printer-geo-location") && !v.startsWith("geo:")) {
          notSettable.add(a);
        } else {
          changes.put(a.getName(), v);
        }
      } else {
        notSettable.add(a);
      }
    }
    if (!notSettable.isEmpty()) {
      throw new IppException(
          Status.clientErrorAttributesNotSettable,
          "not settable: "
              + notSettable.stream().map(Attribute::getName).toList()
              + "; settable are "
              + PrinterSettings.SETTABLE
              + " and media-col-ready",
          notSettable);
    }
    loads.forEach(Runnable::run);
    Instant now = clock.instant();
    settings.set(changes, now);
    configChanged = now;
    configChanges.incrementAndGet();
    subscriptions.configEvent(printerEventAttributes(jobs.printer()), clock.instant());
    return Replies.to(ex.request(), Status.successfulOk).build();
  }

  /** media-col-ready values: load each source with its media-type at its media-size, full. */
  private List<Runnable> mediaLoads(Attribute<?> a, List<Attribute<?>> bad) {
    List<Runnable> loads = new ArrayList<>();
    Capabilities caps = capabilities();
    for (Object v : a) {
      if (!(v instanceof AttributeCollection col)) {
        bad.add(a);
        return List.of();
      }
      String source = null;
      String type = null;
      MediaSize size = null;
      for (Attribute<?> m : col.getAttributes()) {
        Object mv = m.isEmpty() ? null : m.get(0);
        switch (m.getName()) {
          case "media-source" -> source = mv == null ? null : Attr.string(mv);
          case "media-type" -> type = mv == null ? null : Attr.string(mv);
          case "media-size" -> {
            if (mv instanceof AttributeCollection sc) {
              Integer x = null;
              Integer y = null;
              for (Attribute<?> d : sc.getAttributes()) {
                if (!d.isEmpty() && d.get(0) instanceof Integer i) {
                  if (d.getName().equals("x-dimension")) {
                    x = i;
                  } else if (d.getName().equals("y-dimension")) {
                    y = i;
                  }
                }
              }
              size = x == null || y == null ? null : caps.size(x, y).orElse(null);
            }
          }
          default -> {
            // margins and other members follow from the device
          }
        }
      }
      String src = source;
      Optional<MediaSource> s = caps.device.source(src == null ? "" : src);
      String typeName = type;
      Optional<Medium> medium =
          catalogue.stream().filter(mm -> mm.name().equals(typeName)).findFirst();
      MediaSize sz = size;
      if (s.isEmpty() || medium.isEmpty() || sz == null) {
        bad.add(a);
        return List.of();
      }
      int capacity = s.get().capacity();
      loads.add(() -> device.loadMedia(src, medium.get(), sz, capacity));
    }
    return loads;
  }

  private IppPacket getPrinterSupportedValues(Exchange ex) {
    IppPacket.Builder b = Replies.to(ex.request(), Status.successfulOk);
    Map<String, Attribute<?>> all = printerAttributes(ex);
    List<Attribute<?>> out = new ArrayList<>();
    out.add(all.get("printer-settable-attributes-supported"));
    for (String n :
        List.of("media-source-supported", "media-type-supported", "media-size-supported")) {
      out.add(all.get(n));
    }
    b.putPrinterAttributes(out);
    return b.build();
  }

  // ---- subscriptions --------------------------------------------------------------------------

  private IppPacket createSubscriptions(Exchange ex) {
    boolean forJob = ex.request().getCode() == Operation.createJobSubscriptions.getCode();
    int jobId = 0;
    if (forJob) {
      Optional<Attribute<?>> nj = ex.op("notify-job-id");
      if (nj.isEmpty() || nj.get().isEmpty() || !(nj.get().get(0) instanceof Integer)) {
        throw new IppException(
            Status.clientErrorBadRequest, "Create-Job-Subscriptions needs notify-job-id");
      }
      jobId = (Integer) nj.get().get(0);
      int id = jobId;
      JobInfo job =
          jobs.job(id)
              .orElseThrow(
                  () -> new IppException(Status.clientErrorNotFound, "there is no job " + id));
      checkOwner(ex, job);
      if (job.state().terminal()) {
        throw new IppException(Status.clientErrorNotPossible, "job " + id + " has ended");
      }
    }
    List<AttributeGroup> groups = new ArrayList<>();
    for (AttributeGroup g : ex.request().getAttributeGroups()) {
      if (g.getTag().equals(Tag.subscriptionAttributes)) {
        groups.add(g);
      }
    }
    if (groups.isEmpty()) {
      throw new IppException(Status.clientErrorBadRequest, "no subscription attributes group");
    }
    IppPacket.Builder b = Replies.to(ex.request(), Status.successfulOk);
    boolean anyOk = false;
    for (AttributeGroup g : groups) {
      MutableAttributeGroup out = new MutableAttributeGroup(Tag.subscriptionAttributes);
      Attribute<?> recipient = g.get("notify-recipient-uri");
      Attribute<?> pull = g.get("notify-pull-method");
      if (recipient != null
          || pull == null
          || pull.isEmpty()
          || !Attr.string(pull.get(0)).equals("ippget")) {
        out.put(
            Attr.enums(
                "notify-status-code",
                recipient != null
                    ? Status.clientErrorUriSchemeNotSupported.getCode()
                    : Status.clientErrorAttributesOrValuesNotSupported.getCode()));
        b.addGroup(out);
        continue;
      }
      Set<String> events = new LinkedHashSet<>();
      Attribute<?> ev = g.get("notify-events");
      if (ev == null) {
        events.add("job-completed");
      } else {
        for (Object v : ev) {
          String e = Attr.string(v);
          if (PrinterDescription.NOTIFY_EVENTS.contains(e)) {
            events.add(e);
          }
        }
      }
      if (events.isEmpty()) {
        out.put(
            Attr.enums(
                "notify-status-code", Status.clientErrorAttributesOrValuesNotSupported.getCode()));
        b.addGroup(out);
        continue;
      }
      Attribute<?> lease = g.get("notify-lease-duration");
      int leaseSeconds =
          lease != null && !lease.isEmpty() && lease.get(0) instanceof Integer i
              ? i
              : Subscriptions.DEFAULT_LEASE_SECONDS;
      Attribute<?> ud = g.get("notify-user-data");
      byte[] userData =
          ud != null && !ud.isEmpty() && ud.get(0) instanceof com.hp.jipp.encoding.OtherOctets o
              ? o.getValue()
              : null;
      if (userData != null && userData.length > 63) {
        out.put(
            Attr.enums(
                "notify-status-code", Status.clientErrorAttributesOrValuesNotSupported.getCode()));
        b.addGroup(out);
        continue;
      }
      try {
        Subscriptions.Subscription s =
            subscriptions.add(ex.user(), events, jobId, leaseSeconds, userData, clock.instant());
        out.put(Attr.integer("notify-subscription-id", s.id()));
        if (!forJob) {
          out.put(Attr.integer("notify-lease-duration", s.leaseSeconds));
        }
        anyOk = true;
      } catch (IllegalStateException e) {
        throw new IppException(Status.clientErrorTooManySubscriptions, e.getMessage());
      }
      b.addGroup(out);
    }
    if (!anyOk) {
      b.setStatus(Status.clientErrorIgnoredAllSubscriptions);
    }
    return b.build();
  }

  private Subscriptions.Subscription subscription(Exchange ex, boolean owned) {
    Optional<Attribute<?>> a = ex.op("notify-subscription-id");
    if (a.isEmpty() || a.get().isEmpty() || !(a.get().get(0) instanceof Integer)) {
      throw new IppException(
          Status.clientErrorBadRequest, "notify-subscription-id (integer) is needed");
    }
    int id = (Integer) a.get().get(0);
    Subscriptions.Subscription s =
        subscriptions
            .get(id, clock.instant())
            .orElseThrow(
                () ->
                    new IppException(Status.clientErrorNotFound, "there is no subscription " + id));
    if (owned && ex.authenticatedUser() == null && !s.owner.equals(ex.user())) {
      throw new IppException(
          Status.clientErrorNotAuthorized, "subscription " + id + " belongs to another user");
    }
    return s;
  }

  private List<Attribute<?>> subscriptionAttributes(Subscriptions.Subscription s, Exchange ex) {
    List<Attribute<?>> a = new ArrayList<>();
    a.add(Attr.integer("notify-subscription-id", s.id));
    a.add(Attr.uri("notify-printer-uri", printerUri(ex.secure() ? "ipps" : "ipp", ex)));
    a.add(Attr.name("notify-subscriber-user-name", s.owner));
    a.add(Attr.keywords("notify-events", List.copyOf(s.events)));
    a.add(Attr.keyword("notify-pull-method", "ippget"));
    if (s.jobId > 0) {
      a.add(Attr.integer("notify-job-id", s.jobId));
    } else {
      a.add(Attr.integer("notify-lease-duration", s.leaseSeconds));
    }
    a.add(Attr.integer("notify-sequence-number", s.nextSequence - 1));
    if (s.userData.length > 0) {
      a.add(Attr.octets("notify-user-data", s.userData));
    }
    return a;
  }

  private IppPacket getSubscriptionAttributes(Exchange ex) {
    Subscriptions.Subscription s = subscription(ex, false);
    IppPacket.Builder b = Replies.to(ex.request(), Status.successfulOk);
    b.putSubscriptionAttributes(subscriptionAttributes(s, ex));
    return b.build();
  }

  private IppPacket getSubscriptions(Exchange ex) {
    int job =
        ex.op("notify-job-id")
            .filter(a -> !a.isEmpty() && a.get(0) instanceof Integer)
            .map(a -> (Integer) a.get(0))
            .orElse(0);
    boolean mine =
        ex.op("my-subscriptions")
            .filter(a -> !a.isEmpty() && a.get(0) instanceof Boolean)
            .map(a -> (Boolean) a.get(0))
            .orElse(false);
    int limit =
        ex.op("limit")
            .filter(a -> !a.isEmpty() && a.get(0) instanceof Integer)
            .map(a -> (Integer) a.get(0))
            .orElse(Integer.MAX_VALUE);
    IppPacket.Builder b = Replies.to(ex.request(), Status.successfulOk);
    int n = 0;
    for (Subscriptions.Subscription s : subscriptions.all(clock.instant())) {
      if (n >= limit || (job > 0 && s.jobId != job) || (mine && !s.owner.equals(ex.user()))) {
        continue;
      }
      b.addGroup(AttributeGroup.groupOf(Tag.subscriptionAttributes, subscriptionAttributes(s, ex)));
      n++;
    }
    return b.build();
  }

  private IppPacket renewSubscription(Exchange ex) {
    Subscriptions.Subscription s = subscription(ex, true);
    if (s.jobId > 0) {
      throw new IppException(
          Status.clientErrorNotPossible,
          "job subscriptions last as long as their job; there is no lease to renew");
    }
    AttributeGroup g = ex.request().get(Tag.subscriptionAttributes);
    Attribute<?> lease = g == null ? null : g.get("notify-lease-duration");
    int seconds =
        lease != null && !lease.isEmpty() && lease.get(0) instanceof Integer i
            ? i
            : Subscriptions.DEFAULT_LEASE_SECONDS;
    subscriptions.renew(s, seconds, clock.instant());
    IppPacket.Builder b = Replies.to(ex.request(), Status.successfulOk);
    b.putSubscriptionAttributes(Attr.integer("notify-lease-duration", s.leaseSeconds));
    return b.build();
  }

  private IppPacket cancelSubscription(Exchange ex) {
    Subscriptions.Subscription s = subscription(ex, true);
    subscriptions.cancel(s.id);
    return Replies.to(ex.request(), Status.successfulOk).build();
  }

  private IppPacket getNotifications(Exchange ex) throws InterruptedException {
    Optional<Attribute<?>> ids = ex.op("notify-subscription-ids");
    if (ids.isEmpty() || ids.get().isEmpty()) {
      throw new IppException(
          Status.clientErrorBadRequest, "Get-Notifications needs notify-subscription-ids");
    }
    List<Subscriptions.Subscription> subs = new ArrayList<>();
    for (Object v : ids.get()) {
      if (!(v instanceof Integer id)) {
        throw new IppException(
            Status.clientErrorBadRequest, "notify-subscription-ids must be integers");
      }
      Subscriptions.Subscription s =
          subscriptions
              .get(id, clock.instant())
              .orElseThrow(
                  () ->
                      new IppException(
                          Status.clientErrorNotFound, "there is no subscription " + id));
      if (ex.authenticatedUser() == null && !s.owner.equals(ex.user())) {
        throw new IppException(
            Status.clientErrorNotAuthorized, "subscription " + id + " belongs to another user");
      }
      subs.add(s);
    }
    List<Integer> seq = new ArrayList<>();
    ex.op("notify-sequence-numbers")
        .ifPresent(a -> a.forEach(v -> seq.add(v instanceof Integer i ? i : 1)));
    boolean wait =
        ex.op("notify-wait")
            .filter(a -> !a.isEmpty() && a.get(0) instanceof Boolean)
            .map(a -> (Boolean) a.get(0))
            .orElse(false);
    Map<Subscriptions.Subscription, List<Subscriptions.Event>> events =
        subscriptions.events(subs, seq, Duration.ofSeconds(wait ? NOTIFY_WAIT_SECONDS : 0));
    IppPacket.Builder b = Replies.to(ex.request(), Status.successfulOk);
    b.getOperationAttributes().put(Attr.integer("notify-get-interval", NOTIFY_GET_INTERVAL));
    b.getOperationAttributes().put(Attr.integer("printer-up-time", upTime(clock.instant())));
    for (Map.Entry<Subscriptions.Subscription, List<Subscriptions.Event>> e : events.entrySet()) {
      Subscriptions.Subscription s = e.getKey();
      for (Subscriptions.Event ev : e.getValue()) {
        List<Attribute<?>> g = new ArrayList<>();
        g.add(Attr.integer("notify-subscription-id", s.id));
        g.add(Attr.integer("notify-sequence-number", ev.sequence()));
        g.add(Attr.keyword("notify-subscribed-event", ev.name()));
        g.add(Attr.text("notify-text", ev.name().replace('-', ' ')));
        g.add(Attr.charset("notify-charset", "utf-8"));
        g.add(Attr.language("notify-natural-language", "en"));
        if (s.userData.length > 0) {
          g.add(Attr.octets("notify-user-data", s.userData));
        }
        g.add(Attr.uri("notify-printer-uri", printerUri(ex.secure() ? "ipps" : "ipp", ex)));
        g.add(Attr.integer("printer-up-time", upTime(ev.when())));
        if (ev.jobId() > 0) {
          g.add(Attr.integer("notify-job-id", ev.jobId()));
        }
        g.addAll(ev.attributes());
        b.addGroup(AttributeGroup.groupOf(Tag.eventNotificationAttributes, g));
      }
    }
    return b.build();
  }

  private void onJob(JobEvent e) {
    JobInfo j = e.job();
    List<Attribute<?>> a = new ArrayList<>();
    a.add(Attr.enums("job-state", j.state().ipp()));
    a.add(
        Attr.keywords(
            "job-state-reasons",
            j.reasons().isEmpty() ? List.of("none") : List.copyOf(j.reasons())));
    a.add(Attr.integer("job-impressions-completed", j.sheetsCompleted()));
    a.add(Attr.name("job-name", j.ticket().name()));
    subscriptions.jobEvent(e, a, clock.instant());
    if (j.state().terminal()) {
      subscriptions.jobEnded(j.id(), clock.instant());
    }
  }

  private void onPrinter(PrinterStatus status) {
    if (noteState(status)) {
      subscriptions.printerEvent(status, printerEventAttributes(status), clock.instant());
    }
  }

  /** Updates printer-state-change-time; true when the state or its reasons changed. */
  private boolean noteState(PrinterStatus status) {
    String s = status.state() + " " + status.reasons();
    if (s.equals(lastState)) {
      return false;
    }
    lastState = s;
    stateChanged = clock.instant();
    if (status.state() != DeviceState.PROCESSING) {
      identifyRequested = false;
    }
    return true;
  }

  private List<Attribute<?>> printerEventAttributes(PrinterStatus status) {
    List<Attribute<?>> a = new ArrayList<>();
    a.add(Attr.enums("printer-state", status.state().ipp()));
    a.add(
        Attr.keywords(
            "printer-state-reasons",
            status.reasons().isEmpty() ? List.of("none") : List.copyOf(status.reasons())));
    a.add(Attr.bool("printer-is-accepting-jobs", true));
    return a;
  }

  // ---- requested-attributes ------------------------------------------------------------------

  private static Set<String> requested(Exchange ex, Set<String> dflt) {
    Optional<Attribute<?>> r = ex.op("requested-attributes");
    if (r.isEmpty() || r.get().isEmpty()) {
      return dflt;
    }
    Set<String> s = new HashSet<>();
    r.get().forEach(v -> s.add(Attr.string(v).toLowerCase(Locale.ROOT)));
    return s;
  }

  /**
   * The attributes of {@code all} that {@code req} asks for: names, or the groups {@code all},
   * {@code printer-description}, {@code job-template}, {@code job-description}.
   */
  private static List<Attribute<?>> select(
      Map<String, Attribute<?>> all, Set<String> req, boolean owner, boolean job) {
    Predicate<String> want = wanted(req, owner, job);
    List<Attribute<?>> out = new ArrayList<>();
    for (Attribute<?> a : all.values()) {
      if (want.test(a.getName())) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Whether {@link #select} returns an attribute of this name, so that a job's description builds
   * only those ({@link JobDescription#build(Printer, Exchange, JobInfo, Predicate)}).
   */
  private static Predicate<String> wanted(Set<String> req, boolean owner, boolean job) {
    boolean everything = req.contains("all");
    boolean template = everything || req.contains("job-template");
    boolean description =
        everything
            || req.contains(job ? "job-description" : "printer-description")
            || req.contains("job-status");
    return n -> {
      if (!owner && JobDescription.PRIVATE.contains(n)) {
        return false;
      }
      if (req.contains(n)) {
        return true;
      }
      return !n.equals(JobDescription.SHEET_RECORDS)
          && (isTemplate(n, job) ? template : description);
    };
  }

  private static boolean isTemplate(String name, boolean job) {
    return job
        ? PrinterDescription.JOB_TEMPLATE.contains(name)
        : PrinterDescription.isTemplate(name);
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (Exception e) {
      // the service is closing too: its listeners go with it
    }
  }
}
