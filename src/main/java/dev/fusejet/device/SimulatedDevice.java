package dev.fusejet.device;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.control.SheetDecision;
import dev.fusejet.head.HeadModel;
import dev.fusejet.head.PageReport;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.PageInfo;
import dev.fusejet.time.Scheduler;
import dev.fusejet.units.Units;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The simulated apparatus: a recording head fed the job's bands ({@link HeadStage}), a paper path
 * whose timing follows from the sheet's length, the set point's speed and the gap between sheets
 * (paced by the injected {@link Scheduler}), a fuser stage that passes every sheet through the
 * thermal twin ({@link FuserStage}: by default {@link ControlledFuser}, a heater under control on
 * the device's clock, when the apparatus file has a heater-control section, else {@link
 * HeldSetPointFuser}), ink cartridges, a waste ink counter and media sources that count down, and
 * fault injection. Writes each job's sheet records ({@link SheetRecords}), ink use ({@value
 * #INK_FILE}), previews and, when asked, head data to the job's folder.
 */
public final class SimulatedDevice implements Device {

  /** Paper path from the head's last row to the nip entry (m) [D: a compact photo printer]. */
  public static final double HEAD_TO_NIP = 0.15;

  /** Gap between one sheet's trailing edge and the next one's leading edge (m) [D]. */
  public static final double SHEET_GAP = 0.03;

  /** Longest stretch of time the fuser stage is given in one idle call (s). */
  public static final double TICK = 0.5;

  /** Ink in a full cartridge (m³): 80 mL [E: photo printer cartridges hold 25 to 80 mL]. */
  public static final double CARTRIDGE = 80e-6;

  /** Waste ink the maintenance box holds (m³): 250 mL [E]. */
  public static final double WASTE_BOX = 250e-6;

  /** Large drops each nozzle spits into the waste per sheet, to keep nozzles open (1) [E]. */
  public static final int SPIT_DROPS = 20;

  /** Level at or below which a supply reports low (%) [E: PAPPL drivers warn at 10 %]. */
  public static final int LOW_LEVEL = 10;

  /**
   * Ink left when a cartridge counts as empty (%): the reserve that keeps the head primed, so a
   * sheet printed from a cartridge just above it never runs the head dry [D].
   */
  public static final int RESERVE_LEVEL = 2;

  /** The per-job ink use file. */
  public static final String INK_FILE = "ink.csv";

  /**
   * Longest a sheet waits at the nip for the fuser's feed decision (s): beyond it the fuser's last
   * word counts as a stop [D: 30 times the presets' max-feed-delay].
   */
  public static final double FEED_WAIT_LIMIT = 900;

  private final String makeAndModel;
  private final InkSet inks;
  private final HeadModel head;
  private final Apparatus apparatus;
  private final Scheduler scheduler;
  private final FuserStage fuser;
  private final FuserClock fuserClock;
  private final double cartridge;
  private final long start;
  private final List<Resolution> resolutions;
  private final Path supplyFile;
  private final ReentrantLock persisting = new ReentrantLock();

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final List<DeviceListener> listeners = new CopyOnWriteArrayList<>();

  // guarded by lock
  private final Map<String, MediaSource> sources = new LinkedHashMap<>();
  private final Map<String, Double> ink = new LinkedHashMap<>();
  private double waste;
  private final List<Fault> faults = new ArrayList<>();
  private String waitingFor;
  private boolean identifying;
  private long delivered;
  private DeviceStatus lastStatus;

  // the printing thread's own
  /** The open job; volatile since {@link #prepare} reads it on page threads. */
  private volatile JobStart job;

  private final List<SheetRecord> jobSheets = new ArrayList<>();
  private final List<Path> jobFiles = new ArrayList<>();
  private final HeadStage headStage;

  /** Set once by {@link #shutdownRequested}: the paper path stops waiting for its time. */
  private volatile boolean shuttingDown;

  private PageStart page;

  /** The open page's head data when it was prepared ahead ({@link #printPrepared}), else null. */
  private HeadAhead prepared;

  private Path headFile;
  private double fedAt;
  private int rowsReceived;

  private SimulatedDevice(Builder b) {
    this.makeAndModel = b.makeAndModel;
    this.inks = b.inks;
    this.head = HeadModel.of(b.inks);
    this.apparatus = b.apparatus;
    this.scheduler = b.scheduler;
    this.fuser = b.fuser.apply(b.apparatus);
    this.cartridge = b.cartridge;
    this.start = scheduler.ticker().nanos();
    this.fuserClock = new FuserClock(fuser, scheduler, this::now, TICK, this::changedStatus);
    this.headStage = new HeadStage(head);
    this.resolutions = List.of(new Resolution(720, 720), new Resolution(1440, 720));
    for (MediaSource s : b.sources) {
      sources.put(s.name(), s);
    }
    for (String n : head.inks()) {
      ink.put(n, cartridge);
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a device needs at least one media source");
    }
    this.supplyFile = b.supplyFile;
    if (supplyFile != null) {
      restore(b.media);
    }
    lastStatus = statusLocked();
    fuserClock.start();
  }

  /** A builder for a device with {@code inks} and {@code apparatus}. */
  public static Builder builder(InkSet inks, Apparatus apparatus) {
    return new Builder(inks, apparatus);
  }

  /** Builds a {@link SimulatedDevice}. */
  public static final class Builder {
    private final InkSet inks;
    private final Apparatus apparatus;
    private final List<MediaSource> sources = new ArrayList<>();
    private Scheduler scheduler = Scheduler.fast();
    private Function<Apparatus, FuserStage> fuser = Builder::defaultFuser;
    private double cartridge = CARTRIDGE;
    private String makeAndModel = "fusejet simulated photo printer";
    private Path supplyFile;
    private Function<String, Medium> media = name -> null;

    private Builder(InkSet inks, Apparatus apparatus) {
      this.inks = inks;
      this.apparatus = apparatus;
    }

    /** Adds a source {@code name} holding {@code sheets} of {@code capacity} sheets of a medium. */
    public Builder source(String name, Medium medium, MediaSize size, int sheets, int capacity) {
      if (size != null) {
        SheetFit.check(size, apparatus);
      }
      sources.add(new MediaSource(name, medium, size, sheets, capacity));
      return this;
    }

    /** Paces the paper path on {@code s} (default: fast, simulated time). */
    public Builder scheduler(Scheduler s) {
      this.scheduler = s;
      return this;
    }

    /**
     * The printer's fuser: a {@link ControlledFuser} when the apparatus file has a heater-control
     * section (the presets do), else a {@link HeldSetPointFuser}.
     */
    static FuserStage defaultFuser(Apparatus a) {
      return a.heaterControl() != null ? new ControlledFuser(a) : new HeldSetPointFuser(a);
    }

    /** The fuser stage for the apparatus (default: {@link #defaultFuser}). */
    public Builder fuser(Function<Apparatus, FuserStage> f) {
      this.fuser = f;
      return this;
    }

    /** Ink in a full cartridge (m³). */
    public Builder cartridge(double volume) {
      if (!(volume > 0)) {
        throw new IllegalArgumentException("cartridge volume " + volume + " m³ must be positive");
      }
      this.cartridge = volume;
      return this;
    }

    /**
     * Keeps the supply levels, the sheets delivered and what each source holds in {@code file}
     * across restarts (default: not kept; a new device starts full). {@code media} finds a stored
     * medium by name, or returns null when it no longer exists: that source then starts with the
     * medium configured here.
     */
    public Builder supplies(Path file, Function<String, Medium> media) {
      this.supplyFile = file;
      this.media = media;
      return this;
    }

    /** The make and model it reports. */
    public Builder makeAndModel(String name) {
      this.makeAndModel = name;
      return this;
    }

    /** The device. */
    public SimulatedDevice build() {
      return new SimulatedDevice(this);
    }
  }

  /** Takes the stored supply levels and tray contents, where they still fit this device. */
  private void restore(Function<String, Medium> media) {
    SupplyStore stored;
    try {
      stored = SupplyStore.read(supplyFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stored == null) {
      return;
    }
    stored
        .ink()
        .forEach(
            (name, v) -> {
              if (ink.containsKey(name)) {
                ink.put(name, Math.max(0, Math.min(cartridge, v)));
              }
            });
    waste = Math.max(0, Math.min(WASTE_BOX, stored.waste()));
    delivered = Math.max(0, stored.delivered());
    fuser.restoreUsed(stored.fuserSheets());
    stored
        .sources()
        .forEach(
            (name, l) -> {
              MediaSource s = sources.get(name);
              if (s == null) {
                return;
              }
              int sheets = Math.max(0, Math.min(s.capacity(), l.sheets()));
              if (l.medium() == null) {
                sources.put(name, new MediaSource(name, null, null, 0, s.capacity()));
                return;
              }
              Medium m = media.apply(l.medium());
              if (m == null) {
                return; // the stored medium is gone: the configured one stays, full
              }
              MediaSize size = s.size();
              try {
                size = l.size() == null ? s.size() : MediaSize.of(l.size());
              } catch (IllegalArgumentException e) {
                // a size this version does not know: the configured size stays
              }
              sources.put(name, new MediaSource(name, m, size, sheets, s.capacity()));
            });
  }

  /**
   * Writes the supply levels and tray contents to the supply file, if one is kept. Called without
   * the device's lock; writes are serialised so that the file never goes back to older levels.
   */
  private void persist() {
    if (supplyFile == null) {
      return;
    }
    persisting.lock();
    try {
      SupplyStore now;
      long fuserUsed = fuser.used(); // the stage's own lock, not under the device's
      lock.lock();
      try {
        Map<String, SupplyStore.Loaded> loaded = new LinkedHashMap<>();
        for (MediaSource s : sources.values()) {
          loaded.put(
              s.name(),
              new SupplyStore.Loaded(
                  s.medium() == null ? null : s.medium().name(),
                  s.size() == null ? null : s.size().name(),
                  s.sheets()));
        }
        now = new SupplyStore(new LinkedHashMap<>(ink), waste, delivered, loaded, fuserUsed);
      } finally {
        lock.unlock();
      }
      now.write(supplyFile);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot keep the supply levels in " + supplyFile + ": " + e.getMessage(), e);
    } finally {
      persisting.unlock();
    }
  }

  @Override
  public DeviceCapabilities capabilities() {
    lock.lock();
    try {
      return new DeviceCapabilities(
          makeAndModel,
          List.copyOf(sources.values()),
          MediaSize.KNOWN,
          0.003,
          true,
          resolutions,
          inks,
          head,
          apparatus);
    } finally {
      lock.unlock();
    }
  }

  /** Device time now (s since it started). */
  public double now() {
    return scheduler.ticker().secondsSince(start);
  }

  @Override
  public void startJob(JobStart j) {
    if (job != null) {
      throw new IllegalStateException("job " + job.id() + " is still open");
    }
    try {
      Files.createDirectories(j.folder());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    job = j;
    shuttingDown = false; // a service opened again on this device
    jobSheets.clear();
    jobFiles.clear();
    changedStatus();
  }

  @Override
  public void startPage(PageStart p) throws InterruptedException {
    feed(p);
    headFile = headFile(job, p.info());
    headStage.start(p.info(), p.shingle(), p.bidirectional(), headFile);
    changedStatus();
  }

  @Override
  public boolean preparesAhead() {
    return true;
  }

  @Override
  public PreparedSheet prepare(PageInfo info, int shingle, boolean bidirectional) {
    JobStart j = job;
    if (j == null) {
      throw new IllegalStateException("no job is open");
    }
    return new HeadAhead(
        this,
        j.id(),
        head,
        info,
        shingle,
        bidirectional,
        headFile(j, info),
        j.previews() ? j.folder() : null,
        sheetName(info));
  }

  /** Where a sheet's head data goes: kept as {@code sheet-NNNN.fjhd}, or a hidden temporary. */
  private static Path headFile(JobStart j, PageInfo info) {
    String name = sheetName(info);
    return j.folder().resolve(j.keepHeadData() ? name + ".fjhd" : "." + name + ".fjhd.tmp");
  }

  /** A cover opened or a jam: the head waits until it is cleared. */
  private void awaitHeadReady() throws InterruptedException {
    if (blocked()) {
      lock.lock();
      try {
        awaitReady(null);
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public SheetRecord printPrepared(PageStart p, PreparedSheet sheet) throws InterruptedException {
    if (!(sheet instanceof HeadAhead h)
        || job == null
        || !h.belongsTo(this, job.id(), p)
        || h.report() == null) {
      throw new IllegalArgumentException(
          "sheet "
              + p.info().sheet()
              + " was not prepared and finished by this device for this job");
    }
    feed(p);
    h.take();
    prepared = h;
    rowsReceived = p.info().height();
    changedStatus();
    awaitHeadReady(); // a cover opened or a jam since the feed
    return finishSheet(false);
  }

  /**
   * Feeds a sheet for {@code p}: waits for the fuser's warm-up and while the device is stopped,
   * then takes a sheet from the source; the page is then open.
   */
  private void feed(PageStart p) throws InterruptedException {
    if (job == null || page != null) {
      throw new IllegalStateException(job == null ? "no job is open" : "a page is already open");
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("job canceled before the sheet was fed");
    }
    warmUp(p.source(), p.setPoint());
    lock.lock();
    try {
      MediaSource s = sources.get(p.source());
      if (s == null) {
        throw new IllegalArgumentException(
            "media source '" + p.source() + "' does not exist; sources: " + sources.keySet());
      }
      awaitReady(p.source());
      s = sources.get(p.source());
      sources.put(
          s.name(), new MediaSource(s.name(), s.medium(), s.size(), s.sheets() - 1, s.capacity()));
    } finally {
      lock.unlock();
    }
    persist();
    page = p;
    fedAt = now();
    rowsReceived = 0;
  }

  /**
   * Waits, in the device's time, until the fuser is ready for sheets at {@code sp} (warm-up: the
   * status shows the fuser's reason meanwhile); a stop (fault, no media) is waited out first.
   */
  private void warmUp(String source, SetPoint sp) throws InterruptedException {
    while (true) {
      lock.lock();
      try {
        if (!sources.containsKey(source)) {
          return; // the feed names the missing source
        }
        awaitReady(source);
      } finally {
        lock.unlock();
      }
      fuserClock.sync(sp);
      if (fuser.ready(sp)) {
        changedStatus();
        return;
      }
      changedStatus();
      if (shuttingDown || letPass(TICK, sp)) {
        throw new InterruptedException("job canceled while the fuser warmed up");
      }
    }
  }

  @Override
  public void band(Band band) throws InterruptedException {
    if (page == null) {
      throw new IllegalStateException("no page is open");
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("job canceled at band " + band.y0());
    }
    awaitHeadReady(); // a cover opened or a jam mid-sheet
    headStage.band(band);
    rowsReceived = band.y0() + band.rows();
  }

  @Override
  public SheetRecord endPage() throws InterruptedException {
    if (page == null) {
      throw new IllegalStateException("no page is open");
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("job canceled before the sheet's end");
    }
    return finishSheet(false);
  }

  /**
   * Prints, fuses and delivers the open sheet. Not interruptible: a sheet whose data is all there
   * is finished and recorded (an interrupt during the wait is kept for the next call).
   */
  private SheetRecord finishSheet(boolean canceled) {
    PageStart p = page;
    PageInfo info = p.info();
    Path file;
    PageReport report;
    try {
      if (prepared != null) {
        file = prepared.file();
        report = prepared.report();
        prepared = null;
      } else {
        file = headStage.end();
        report = HeadStage.fire(file, job.previews() ? job.folder() : null, sheetName(info));
      }
      if (job.keepHeadData()) {
        jobFiles.add(file);
      } else {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean interrupted = false;
    SetPoint sp = p.setPoint();
    double length = info.height() / info.yDpi() * Units.INCH;
    interrupted |= letPass(report.printTime(), sp);
    interrupted |= letPass(HEAD_TO_NIP / sp.speed(), sp);
    Medium medium;
    lock.lock();
    try {
      medium = sources.get(p.source()).medium();
    } finally {
      lock.unlock();
    }
    double water = waterFraction();
    double width = info.width() / info.xDpi() * Units.INCH;
    SheetLoad load = new SheetLoad(length, width, report.map().mean(), report.map().max(), water);
    // at the nip: the fuser feeds, holds the sheet while the roller recovers, slows it or stops
    fuserClock.sync(sp);
    SheetDecision decision = fuser.beforeSheet(medium, sp, load);
    double waited = 0;
    while (decision.action() == SheetDecision.Action.DELAY && waited < FEED_WAIT_LIMIT) {
      interrupted |= letPass(decision.waitTime(), sp);
      waited += decision.waitTime();
      decision = fuser.beforeSheet(medium, sp, load);
    }
    if (decision.action() == SheetDecision.Action.DELAY) {
      decision =
          new SheetDecision(
              SheetDecision.Action.STOP,
              0,
              0,
              String.format(
                  Locale.ROOT,
                  "not fed after %.0f s at the nip: %s",
                  FEED_WAIT_LIMIT,
                  decision.reason()),
              Double.NaN,
              Double.NaN,
              Double.NaN,
              Double.NaN,
              Double.NaN);
    }
    FusedSheet fused = fuser.pass(medium, sp, load, decision);
    interrupted |= letPass(length / fused.speed(), sp);
    Map<String, Double> used = new LinkedHashMap<>();
    for (int i = 0; i < report.inks().size(); i++) {
      used.put(report.inks().get(i), report.inkVolume().get(i));
    }
    SheetRecord r = record(p, medium, canceled, used, report, fused);
    try {
      SheetRecords.append(job.folder(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double spit = SPIT_DROPS * head.nozzles() * head.largeDrop();
    lock.lock();
    try {
      for (Map.Entry<String, Double> e : used.entrySet()) {
        ink.merge(e.getKey(), -(e.getValue() + spit), Double::sum);
        ink.put(e.getKey(), Math.max(0, ink.get(e.getKey())));
      }
      waste += spit * used.size();
      delivered++;
    } finally {
      lock.unlock();
    }
    persist();
    page = null;
    jobSheets.add(r);
    for (DeviceListener l : listeners) {
      l.sheetDelivered(r);
    }
    changedStatus();
    interrupted |= letPass(SHEET_GAP / sp.speed(), sp);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return r;
  }

  private SheetRecord record(
      PageStart p,
      Medium medium,
      boolean canceled,
      Map<String, Double> used,
      PageReport report,
      FusedSheet f) {
    SetPoint sp = p.setPoint();
    PageInfo info = p.info();
    double heat = f.mean().claimedSintering() - sp.mode().heatThreshold();
    double melt = sp.mode().meltLimit() - f.mean().claimedMelting();
    boolean compliant =
        heat > 0
            && melt > 0
            && !f.heaviest().blister()
            && f.heaviest().meltFraction() <= MELT_FRACTION_LIMIT
            && f.windowHeld()
            && fuser.reasons().stream().noneMatch(x -> x.endsWith("-error"));
    return new SheetRecord(
        job.id(),
        info.sheet(),
        info.document(),
        info.page(),
        info.copy(),
        p.source(),
        medium.name(),
        canceled,
        sp.mode(),
        sp.temperature(),
        f.speed(),
        used,
        report.map().mean(),
        report.map().max(),
        f.surfaceEntry(),
        f.surfaceMinimum(),
        f.mean().dwell(),
        f.mean().claimedSintering(),
        f.mean().claimedMelting(),
        heat,
        melt,
        f.mean().gloss60(),
        f.heaviest().meltFraction(),
        f.heaviest().blisterScore(),
        f.heaviest().blister(),
        compliant,
        report.printTime(),
        fedAt,
        now(),
        f.action(),
        f.delay(),
        f.reason());
  }

  /**
   * Largest melted fraction of the image-side resin layer a compliant sheet may show (1): 1 %, the
   * twin's resolution of the onset of melting [D].
   */
  public static final double MELT_FRACTION_LIMIT = 0.01;

  /**
   * Lets {@code seconds} pass in ticks, the fuser kept on the device's clock working toward {@code
   * sp}; returns whether interrupted.
   */
  private boolean letPass(double seconds, SetPoint sp) {
    boolean interrupted = false;
    double left = seconds;
    // shutting down, a paced paper path stops waiting; simulated time still passes in fast mode
    while (left > 0 && !(shuttingDown && scheduler.realTime())) {
      double dt = Math.min(TICK, left);
      try {
        scheduler.pass(dt);
      } catch (InterruptedException e) {
        interrupted = true; // the sheet is finished anyway; the job stops at its next band
      }
      fuserClock.sync(sp);
      left -= dt;
    }
    return interrupted;
  }

  /** Water volume fraction of the ink set's liquid, averaged over its inks (1). */
  private double waterFraction() {
    double w = 0;
    for (Ink i : inks.inks()) {
      w += i.waterFraction();
    }
    return inks.inks().isEmpty() ? 0.75 : w / inks.inks().size();
  }

  @Override
  public JobOutput endJob(boolean canceled) throws InterruptedException {
    if (job == null) {
      throw new IllegalStateException("no job is open");
    }
    if (page != null && prepared != null) {
      if (canceled) {
        finishSheet(true); // its head data is complete: printed whole, recorded as canceled
      } else {
        prepared.eject(); // shutting down: ejected unprinted, not delivered
        prepared = null;
        page = null;
      }
    } else if (page != null) {
      if (canceled) {
        // the sheet on the paper path is finished as printed so far and recorded as canceled
        PageInfo info = page.info();
        byte[][] blank = new byte[info.inks().size()][32 * info.stride()];
        for (int y = rowsReceived; y < info.height(); y += 32) {
          headStage.band(new Band(info, y, Math.min(32, info.height() - y), blank));
        }
        finishSheet(true);
      } else {
        // shutting down: the sheet is ejected unprinted and not delivered
        headStage.end();
        try {
          Files.deleteIfExists(headFile);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        page = null;
      }
    }
    Map<String, Double> used = new LinkedHashMap<>();
    try {
      List<SheetRecord> all = SheetRecords.read(job.folder());
      for (SheetRecord r : all) {
        r.inkUsed().forEach((k, v) -> used.merge(k, v, Double::sum));
      }
      StringBuilder csv = new StringBuilder("ink,used_mL\n");
      used.forEach(
          (k, v) ->
              csv.append(k)
                  .append(',')
                  .append(String.format(Locale.ROOT, "%.6f", v * 1e6))
                  .append('\n'));
      Path inkFile = job.folder().resolve(INK_FILE);
      Files.writeString(inkFile, csv, StandardCharsets.UTF_8);
      jobFiles.add(0, inkFile);
      jobFiles.add(0, job.folder().resolve(SheetRecords.CSV));
      jobFiles.add(0, job.folder().resolve(SheetRecords.JSON_LINES));
      if (job.previews()) {
        try (var files = Files.list(job.folder())) {
          files
              .filter(f -> f.getFileName().toString().endsWith(".png"))
              .sorted()
              .forEach(jobFiles::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JobOutput out = new JobOutput(job.id(), jobSheets, used, jobFiles);
    job = null;
    changedStatus();
    return out;
  }

  @Override
  public DeviceStatus status() {
    fuserClock.sync(null);
    lock.lock();
    try {
      return statusLocked();
    } finally {
      lock.unlock();
    }
  }

  private DeviceStatus statusLocked() {
    Set<String> reasons = new LinkedHashSet<>();
    String message = "";
    for (Fault f : faults) {
      reasons.add(f.reason());
      if (message.isEmpty() && f.stops()) {
        message = f.message();
      }
    }
    List<Supply> supplies = new ArrayList<>();
    for (Map.Entry<String, Double> e : ink.entrySet()) {
      int level = level(e.getValue(), cartridge);
      supplies.add(
          new Supply(
              e.getKey(),
              "ink-cartridge",
              colour(e.getKey()),
              true,
              level,
              e.getValue(),
              cartridge,
              LOW_LEVEL));
      if (level <= RESERVE_LEVEL) {
        reasons.add("marker-supply-empty-error");
        if (message.isEmpty()) {
          message = "The " + e.getKey() + " cartridge is empty: replace it.";
        }
      } else if (level <= LOW_LEVEL) {
        reasons.add("marker-supply-low-warning");
      }
    }
    int wasteLevel = level(waste, WASTE_BOX);
    supplies.add(
        new Supply(
            "waste-ink",
            "waste-ink",
            "none",
            false,
            wasteLevel,
            waste,
            WASTE_BOX,
            100 - LOW_LEVEL));
    if (wasteLevel >= 100) {
      reasons.add("marker-waste-full-error");
      if (message.isEmpty()) {
        message = "The waste ink box is full: replace it.";
      }
    } else if (wasteLevel >= 100 - LOW_LEVEL) {
      reasons.add("marker-waste-almost-full-warning");
    }
    for (MediaSource s : sources.values()) {
      if (!s.ready() && s.name().equals(waitingFor)) {
        reasons.add("media-empty-error");
        reasons.add("media-needed-error");
        if (message.isEmpty()) {
          message = "Source " + s.name() + " is empty: load media.";
        }
      } else if (!s.ready()) {
        reasons.add("media-empty-report");
      } else if (s.sheets() * 100 <= LOW_LEVEL * s.capacity()) {
        reasons.add("media-low-report");
      }
    }
    Set<String> fuserReasons = fuser.reasons();
    reasons.addAll(fuserReasons);
    if (message.isEmpty() && fuserReasons.stream().anyMatch(r -> r.endsWith("-error"))) {
      message = fuser.message();
    }
    fuser.supply().ifPresent(supplies::add);
    if (identifying) {
      reasons.add("identify-printer-requested-report");
    }
    boolean error = reasons.stream().anyMatch(r -> r.endsWith("-error"));
    DeviceState state =
        error ? DeviceState.STOPPED : job != null ? DeviceState.PROCESSING : DeviceState.IDLE;
    return new DeviceStatus(state, reasons, message, supplies, delivered);
  }

  private static int level(double amount, double capacity) {
    return (int) Math.max(0, Math.min(100, Math.floor(100 * amount / capacity + 1e-9)));
  }

  private static String colour(String inkName) {
    return switch (inkName.toLowerCase(Locale.ROOT)) {
      case "c", "cyan" -> "#00FFFF";
      case "m", "magenta" -> "#FF00FF";
      case "y", "yellow" -> "#FFFF00";
      case "k", "black", "pk", "mk" -> "#000000";
      case "lc", "light-cyan" -> "#80FFFF";
      case "lm", "light-magenta" -> "#FF80FF";
      default -> "none";
    };
  }

  /** True when something stops the machine now (ignoring which source a sheet needs). */
  private boolean blocked() {
    lock.lock();
    try {
      return stopsLocked(null);
    } finally {
      lock.unlock();
    }
  }

  private boolean stopsLocked(String source) {
    if (faults.stream().anyMatch(Fault::stops)) {
      return true;
    }
    if (ink.values().stream().anyMatch(v -> level(v, cartridge) <= RESERVE_LEVEL)) {
      return true;
    }
    if (level(waste, WASTE_BOX) >= 100
        || fuser.reasons().stream().anyMatch(r -> r.endsWith("-error"))) {
      return true;
    }
    return source != null && !sources.get(source).ready();
  }

  /** Waits (lock held) until nothing stops the machine and {@code source}, if given, has media. */
  private void awaitReady(String source) throws InterruptedException {
    if (!stopsLocked(source)) {
      return;
    }
    waitingFor = source;
    notifyOutsideLock();
    try {
      while (stopsLocked(source)) {
        changed.await();
      }
    } finally {
      waitingFor = null;
    }
    notifyOutsideLock();
  }

  /** Sends the status to listeners from under the lock (it is released around the calls). */
  private void notifyOutsideLock() {
    int holds = lock.getHoldCount();
    for (int i = 0; i < holds; i++) {
      lock.unlock();
    }
    try {
      changedStatus();
    } finally {
      for (int i = 0; i < holds; i++) {
        lock.lock();
      }
    }
  }

  /** Tells the listeners when the status differs from the last one told. */
  private void changedStatus() {
    DeviceStatus s;
    lock.lock();
    try {
      s = statusLocked();
      if (s.equals(lastStatus)) {
        return;
      }
      lastStatus = s;
    } finally {
      lock.unlock();
    }
    for (DeviceListener l : listeners) {
      l.statusChanged(s);
    }
  }

  @Override
  public void identify(Set<String> actions, String message) {
    lock.lock();
    try {
      identifying = true;
    } finally {
      lock.unlock();
    }
    changedStatus();
    lock.lock();
    try {
      identifying = false;
    } finally {
      lock.unlock();
    }
    changedStatus();
  }

  @Override
  public void loadMedia(String source, Medium medium, MediaSize size, int sheets) {
    MediaSource loaded;
    lock.lock();
    try {
      MediaSource s = sources.get(source);
      if (s == null) {
        throw new IllegalArgumentException(
            "media source '" + source + "' does not exist; sources: " + sources.keySet());
      }
      if (sheets < 0 || sheets > s.capacity()) {
        throw new IllegalArgumentException(
            "source " + source + " holds 0.." + s.capacity() + " sheets, not " + sheets);
      }
      if (size != null) {
        SheetFit.check(size, apparatus);
      }
      loaded = new MediaSource(source, medium, size, sheets, s.capacity());
      sources.put(source, loaded);
      faults.removeIf(f -> f.reason().equals("media-empty-error") && f.target().equals(source));
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    persist();
    for (DeviceListener l : listeners) {
      l.mediaChanged(loaded);
    }
    changedStatus();
  }

  @Override
  public void replaceSupply(String name) {
    lock.lock();
    try {
      if (name.equals("waste-ink")) {
        waste = 0;
      } else if (ink.containsKey(name)) {
        ink.put(name, cartridge);
        faults.removeIf(
            f -> f.reason().equals("marker-supply-empty-error") && f.target().equals(name));
      } else if (!(name.equals("fuser") && fuser.replace())) {
        throw new IllegalArgumentException(
            "supply '"
                + name
                + "' does not exist; supplies: "
                + ink.keySet()
                + ", waste-ink"
                + (fuser.supply().isPresent() ? " and fuser" : ""));
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    persist();
    changedStatus();
  }

  @Override
  public Optional<FaultInjector> faults() {
    return Optional.of(injector);
  }

  private final FaultInjector injector =
      new FaultInjector() {
        @Override
        public void inject(Fault fault) {
          lock.lock();
          try {
            if (faults.stream().anyMatch(f -> same(f, fault))) {
              return;
            }
            if (fault.reason().equals("media-empty-error")) {
              MediaSource s = sources.get(fault.target());
              if (s == null) {
                throw new IllegalArgumentException("no media source '" + fault.target() + "'");
              }
              sources.put(
                  s.name(), new MediaSource(s.name(), s.medium(), s.size(), 0, s.capacity()));
            } else if (fault.reason().equals("marker-supply-empty-error")) {
              if (!ink.containsKey(fault.target())) {
                throw new IllegalArgumentException("no ink '" + fault.target() + "'");
              }
              ink.put(fault.target(), cartridge * RESERVE_LEVEL / 100.0);
            }
            faults.add(fault);
          } finally {
            lock.unlock();
          }
          persist();
          for (DeviceListener l : listeners) {
            l.fault(fault, true);
          }
          changedStatus();
        }

        @Override
        public boolean clear(Fault fault) {
          boolean was;
          lock.lock();
          try {
            // the fuser's latched fault or stop: clearing it is the operator's explicit reset
            was = fault.target().equals(FUSER) && fuser.reset();
            was |= faults.removeIf(f -> same(f, fault));
            if (fault.reason().equals("media-empty-error")) {
              MediaSource s = sources.get(fault.target());
              if (s != null && !s.ready()) {
                sources.put(
                    s.name(),
                    new MediaSource(s.name(), s.medium(), s.size(), s.capacity(), s.capacity()));
              }
            } else if (fault.reason().equals("marker-supply-empty-error")
                && ink.containsKey(fault.target())) {
              ink.put(fault.target(), cartridge);
            }
            changed.signalAll();
          } finally {
            lock.unlock();
          }
          persist();
          if (was) {
            for (DeviceListener l : listeners) {
              l.fault(fault, false);
            }
          }
          changedStatus();
          return was;
        }

        @Override
        public List<Fault> active() {
          lock.lock();
          try {
            return List.copyOf(faults);
          } finally {
            lock.unlock();
          }
        }
      };

  private static boolean same(Fault a, Fault b) {
    return a.reason().equals(b.reason()) && a.target().equals(b.target());
  }

  @Override
  public void addListener(DeviceListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeListener(DeviceListener listener) {
    listeners.remove(listener);
  }

  /**
   * The target naming the fuser in a {@link Fault}: {@code faults().clear(new Fault(reason,
   * "fuser", ""))} is the operator's reset of its latched fault or stop.
   */
  public static final String FUSER = "fuser";

  /**
   * {@inheritDoc} Here: until the next job starts, a paced device's waits for the paper path's time
   * return at once (the sheet in the nip is finished without waiting for the wall clock); in fast
   * mode nothing changes, since its time does not wait for the wall clock anyway.
   */
  @Override
  public void shutdownRequested() {
    shuttingDown = true;
  }

  @Override
  public void close() {
    fuserClock.stop();
    if (job != null) {
      try {
        endJob(true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static String sheetName(PageInfo p) {
    return String.format(Locale.ROOT, "sheet-%04d", p.sheet());
  }
}
