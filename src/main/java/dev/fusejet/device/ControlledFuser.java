package dev.fusejet.device;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.control.Fault;
import dev.fusejet.control.Fuser;
import dev.fusejet.control.Sheet;
import dev.fusejet.control.SheetDecision;
import dev.fusejet.control.SheetRecord;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.media.Medium;
import dev.fusejet.twin.InkLoad;
import dev.fusejet.twin.SheetReport;
import dev.fusejet.twin.Twin;
import dev.fusejet.twin.TwinSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fuser under heater control ({@link Fuser}: plant, controller, six latched guards, per-sheet
 * compliance) behind the device's seam, on the device's clock: {@link #idle} advances the fuser's
 * simulated time by what passed on the device's scheduler. {@link #ready} is the fuser's warm-up
 * wait; {@link #beforeSheet} is its prediction and decision for the sheet (its size from the
 * device); {@link #pass} runs the sheet through the nip at the decided speed and credits the
 * transit against the device's following idle calls (the device lets the same transit time pass on
 * its clock). A latched fault shows in {@link #reasons} ({@code fuser-over-temp-error}, {@code
 * fuser-under-temp-error} or the vendor reasons of docs/fuser.md), a window stop as {@value
 * #WINDOW_STOP}, both stop the device until {@link #reset}; warming up shows as {@value
 * #WARMING_UP}. Thread-safe: the printing thread and the device's control loop call it.
 */
public final class ControlledFuser implements FuserStage {

  /** Reason while the surface warms up to a new set point (RFC 8011 keyword, warning severity). */
  public static final String WARMING_UP = "fuser-under-temp-warning";

  /**
   * Vendor reason after the fuser stopped a job because no feed delay within {@code
   * heater-control.max-feed-delay} and no speed within the apparatus's limits would hold the
   * window.
   */
  public static final String WINDOW_STOP = "fusejet-fuser-window-error";

  /**
   * Rated life of the fuser unit (sheets) [E: fuser units of office printers are rated 100 000 to
   * 200 000 pages; the low end for a photo printer's roller coat].
   */
  public static final long LIFE = 100_000;

  /** Remaining life at or below which the fuser supply reports low (%) [E]. */
  public static final int LIFE_LOW = 5;

  private final Apparatus apparatus;
  private final Fuser fuser;
  private final TwinSettings settings = TwinSettings.defaults().withRecordHistory(false);
  private final Map<String, Twin> twins = new HashMap<>();
  private double credit;
  private String stopped = "";
  private long sheets;

  /** The controlled fuser of {@code apparatus} with its file's controller and all guards. */
  public ControlledFuser(Apparatus apparatus) {
    this(apparatus, Fuser.Options.defaults());
  }

  /** The controlled fuser with {@code options}. */
  public ControlledFuser(Apparatus apparatus, Fuser.Options options) {
    this.apparatus = apparatus;
    this.fuser = Fuser.create(apparatus, null, options);
  }

  /**
   * The fuser itself, for fault injection and inspection in tests; lock on this stage while using
   * it from more than one thread.
   */
  public Fuser fuser() {
    return fuser;
  }

  private void target(SetPoint sp) {
    if (sp != null && fuser.fault().isEmpty() && fuser.target() != sp.temperature()) {
      fuser.setTarget(sp.temperature());
    }
  }

  @Override
  public synchronized void idle(double seconds, SetPoint setPoint) {
    target(setPoint);
    if (credit >= seconds) {
      credit -= seconds;
      return;
    }
    fuser.advance(seconds - credit);
    credit = 0;
  }

  @Override
  public synchronized boolean ready(SetPoint setPoint) {
    target(setPoint);
    return fuser.status().ready() && stopped.isEmpty();
  }

  private static Sheet sheet(SheetLoad load) {
    return new Sheet(load.length(), load.width(), load.mean(), load.waterFraction());
  }

  @Override
  public synchronized SheetDecision beforeSheet(Medium medium, SetPoint setPoint, SheetLoad load) {
    if (!medium.equals(fuser.medium())) {
      fuser.setMedium(medium);
    }
    target(setPoint);
    if (!stopped.isEmpty()) {
      return new SheetDecision(
          SheetDecision.Action.STOP,
          0,
          0,
          stopped,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN);
    }
    return fuser.beforeSheet(sheet(load), setPoint.mode(), setPoint.speed());
  }

  @Override
  public synchronized FusedSheet pass(
      Medium medium, SetPoint setPoint, SheetLoad load, SheetDecision d) {
    if (!medium.equals(fuser.medium())) {
      fuser.setMedium(medium);
    }
    boolean stop = !d.feeds();
    if (stop && fuser.fault().isEmpty() && stopped.isEmpty()) {
      stopped = d.reason();
    }
    // a stopped sheet is on the paper path: it goes through at the set speed, not compliant
    SheetDecision feed =
        stop
            ? new SheetDecision(
                SheetDecision.Action.FEED,
                setPoint.speed(),
                0,
                d.reason(),
                d.predictedEntry(),
                d.predictedMin(),
                d.predictedMax(),
                d.heatMargin(),
                d.meltMargin())
            : d;
    Sheet sheet = sheet(load);
    double t0 = fuser.time();
    fuser.feed(sheet, setPoint.mode(), feed);
    SheetReport mean = fuser.lastContact().orElseThrow();
    while (fuser.sheetInNip()) {
      fuser.advance(fuser.period());
    }
    credit += fuser.time() - t0;
    List<SheetRecord> done = fuser.drainRecords();
    SheetRecord r = done.get(done.size() - 1);
    Twin twin = twins.computeIfAbsent(medium.name(), n -> Twin.of(medium, apparatus, settings));
    SheetReport heaviest =
        twin.pass(
            new OperatingPoint(r.entryTemperature(), feed.speed()),
            new InkLoad(load.max(), load.waterFraction()));
    sheets++;
    return new FusedSheet(
        heaviest,
        mean,
        r.entryTemperature(),
        r.minTemperature(),
        feed.speed(),
        stop ? "stopped" : r.action(),
        r.delay(),
        stop ? d.reason() : r.reason(),
        r.compliant() && !stop);
  }

  @Override
  public synchronized double surfaceTemperature() {
    return fuser.surface();
  }

  @Override
  public synchronized Set<String> reasons() {
    Optional<Fault> f = fuser.fault();
    if (f.isPresent()) {
      return Set.of(f.get().reason());
    }
    if (!stopped.isEmpty()) {
      return Set.of(WINDOW_STOP);
    }
    return fuser.status().warmingUp() ? Set.of(WARMING_UP) : Set.of();
  }

  @Override
  public synchronized String message() {
    Optional<Fault> f = fuser.fault();
    if (f.isPresent()) {
      return "Fuser fault (" + f.get().guard() + "): " + f.get().message() + "; reset the fuser.";
    }
    return stopped.isEmpty() ? "" : "Fuser stopped the job: " + stopped + "; reset the fuser.";
  }

  @Override
  public synchronized Optional<Supply> supply() {
    long left = Math.max(0, LIFE - sheets);
    int level = (int) Math.floor(100.0 * left / LIFE);
    return Optional.of(new Supply("fuser", "fuser", "none", true, level, left, LIFE, LIFE_LOW));
  }

  /** Sheets this fuser unit has fused (1). */
  public synchronized long sheets() {
    return sheets;
  }

  @Override
  public synchronized long used() {
    return sheets;
  }

  @Override
  public synchronized void restoreUsed(long used) {
    sheets = Math.max(0, used);
  }

  /** A new fuser unit: its life starts again (the heater's state and any latched fault stay). */
  @Override
  public synchronized boolean replace() {
    sheets = 0;
    return true;
  }

  @Override
  public synchronized void sleep() {
    if (fuser.fault().isEmpty() && fuser.target() > 0) {
      fuser.setTarget(0);
    }
  }

  @Override
  public synchronized boolean reset() {
    boolean was = fuser.fault().isPresent() || !stopped.isEmpty();
    if (was) {
      fuser.reset();
      stopped = "";
    }
    return was;
  }
}
