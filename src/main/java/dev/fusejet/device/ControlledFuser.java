package dev.fusejet.device;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.control.Fuser;
import dev.fusejet.control.Sheet;
import dev.fusejet.control.SheetDecision;
import dev.fusejet.control.SheetRecord;
import dev.fusejet.media.Medium;
import dev.fusejet.twin.OperatingPoint;
import dev.fusejet.twin.SheetReport;
import dev.fusejet.twin.Twin;
import dev.fusejet.twin.TwinSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fuser under heater control ({@link Fuser}: plant, controller, six latched guards, per-sheet
 * compliance) behind the device's seam. {@link #idle} advances the fuser's simulated time; {@link
 * #pass} asks it about the sheet, waits in the fuser's time while it says delay (warm-up, recovery;
 * the seam has no feed-delay call, so the fuser's clock then runs ahead of the device's), feeds the
 * sheet at the device's speed (the seam cannot slow the paper path) and runs it through the nip,
 * crediting that time against the device's following idle calls. A latched fault shows in {@link
 * #reasons} ({@code fuser-over-temp-error}, {@code fuser-under-temp-error} or the vendor reasons of
 * docs/fuser.md), which stops the device; warming up shows as {@code fuser-under-temp-warning}. The
 * sheet is taken as 4 × 6 in (the seam does not carry its size).
 */
public final class ControlledFuser implements FuserStage {

  /** Longest the fuser is let wait for one sheet inside {@link #pass} (s). */
  static final double MAX_WAIT = 900;

  private final Apparatus apparatus;
  private final Fuser fuser;
  private final TwinSettings settings = TwinSettings.defaults().withRecordHistory(false);
  private final Map<String, Twin> twins = new HashMap<>();
  private double credit;

  /** The controlled fuser of {@code apparatus} with its file's controller and all guards. */
  public ControlledFuser(Apparatus apparatus) {
    this(apparatus, Fuser.Options.defaults());
  }

  /** The controlled fuser with {@code options}. */
  public ControlledFuser(Apparatus apparatus, Fuser.Options options) {
    this.apparatus = apparatus;
    this.fuser = Fuser.create(apparatus, null, options);
  }

  /** The fuser itself: status, fault injection, reset. */
  public Fuser fuser() {
    return fuser;
  }

  private void target(SetPoint sp) {
    if (fuser.fault().isEmpty() && fuser.target() != sp.temperature()) {
      fuser.setTarget(sp.temperature());
    }
  }

  @Override
  public void idle(double seconds, SetPoint setPoint) {
    target(setPoint);
    if (credit >= seconds) {
      credit -= seconds;
      return;
    }
    fuser.advance(seconds - credit);
    credit = 0;
  }

  @Override
  public FusedSheet pass(Medium medium, SetPoint setPoint, SheetLoad load) {
    fuser.setMedium(medium);
    target(setPoint);
    Sheet sheet =
        new Sheet(Sheet.PHOTO_LENGTH, Sheet.PHOTO_WIDTH, load.mean(), load.waterFraction());
    SheetDecision d = fuser.beforeSheet(sheet, setPoint.mode(), setPoint.speed());
    double waited = 0;
    while (d.action() == SheetDecision.Action.DELAY && waited < MAX_WAIT) {
      fuser.advance(d.waitTime());
      waited += d.waitTime();
      d = fuser.beforeSheet(sheet, setPoint.mode(), setPoint.speed());
    }
    SheetDecision feed =
        d.action() == SheetDecision.Action.FEED
            ? d
            : new SheetDecision(
                SheetDecision.Action.FEED,
                setPoint.speed(),
                0,
                d.reason(),
                d.predictedEntry(),
                d.predictedMin(),
                d.predictedMax(),
                d.heatMargin(),
                d.meltMargin());
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
            new OperatingPoint(
                r.entryTemperature(), setPoint.speed(), load.max(), load.waterFraction()));
    return new FusedSheet(heaviest, mean, r.entryTemperature(), r.minTemperature());
  }

  @Override
  public double surfaceTemperature() {
    return fuser.surface();
  }

  @Override
  public Set<String> reasons() {
    if (fuser.fault().isPresent()) {
      return Set.of(fuser.fault().get().reason());
    }
    return fuser.status().warmingUp() ? Set.of("fuser-under-temp-warning") : Set.of();
  }
}
