package dev.fusejet.control;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.HeaterControl;
import dev.fusejet.apparatus.SafetyLimits;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.WindowProblem;
import dev.fusejet.media.Medium;
import dev.fusejet.nip.NipMechanics;
import dev.fusejet.twin.SheetReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The fuser of one apparatus fusing one medium, in simulated time: plant, sensor, controller, the
 * six guards, readiness, and per-sheet closed-loop compliance. The printing path calls {@link
 * #advance} from its clock (per control tick) and, per sheet, {@link #beforeSheet} (predict →
 * decision), {@link #feed} and, once the sheet has left the nip, {@link #drainRecords}. Not
 * thread-safe: one owner drives it.
 */
public final class Fuser {

  /** Observer gain pulling the predicted surface toward the readings (1/s). */
  static final double OBSERVER_GAIN = 0.5;

  /** Step of a feed delay before the decision is asked again (s). */
  static final double DELAY_STEP = 1.0;

  /**
   * How to build the fuser.
   *
   * @param controller {@code pid}, {@code onoff}, {@code mpc}, or null for the apparatus file's
   * @param seed seed of the sensor noise
   * @param disabledGuards guard names to leave out (for demonstrations and tests only)
   */
  public record Options(String controller, long seed, Set<String> disabledGuards) {
    /** The apparatus's controller, seed 1, all guards on. */
    public static Options defaults() {
      return new Options(null, 1, Set.of());
    }

    /** The same with another controller. */
    public Options withController(String name) {
      return new Options(name, seed, disabledGuards);
    }

    /** The same with these guards disabled. */
    public Options withDisabledGuards(Set<String> names) {
      return new Options(controller, seed, Set.copyOf(names));
    }
  }

  private final Apparatus apparatus;
  private Medium medium;
  private final HeaterControl hc;
  private final double period;
  private final Plant plant;
  private final Thermistor sensor;
  private Controller controller;
  private final List<Guard> guards = new ArrayList<>();
  private final Plant observer;
  private final double sensorTau;
  private final Readiness readiness;
  private final double nipWidth;
  private final double circumference;
  private final EnumSet<PlantFault> faults = EnumSet.noneOf(PlantFault.class);
  private final List<SheetRecord> records = new ArrayList<>();

  private double time;
  private double debt;
  private double target;
  private double duty;
  private double lastRefresh;
  private double lastReading;
  private double observerSensor;
  private Fault fault;
  private boolean warmed;
  private Transit transit;
  private double pendingDelay;
  private String pendingReason = "";
  private int sheets;
  private SheetReport lastContact;
  private Consumer<Sample> recorder = s -> {};

  /** A sheet in the nip. */
  private static final class Transit {
    Sheet sheet;
    double speed;
    double start;
    double end;
    int contactsLeft;
    double nextContact;
    double revolution;
    double entry = Double.NaN;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double energyBefore;
    double load;
    boolean faulted;
    SheetReport last;
    String action;
    double delay;
    String reason;
  }

  private Fuser(Apparatus apparatus, Medium medium, Options o) {
    this.apparatus = apparatus;
    this.medium = medium;
    this.hc = apparatus.control();
    this.period = hc.controlPeriod();
    this.plant = new Plant(apparatus, medium);
    this.sensorTau = apparatus.sensor().timeConstant();
    this.sensor = new Thermistor(hc, sensorTau, hc.ambient(), o.seed());
    this.controller = controller(o.controller() != null ? o.controller() : hc.controller());
    SafetyLimits s = hc.safety();
    List<Guard> all =
        List.of(
            new AbsoluteLimits(s.minTemperature(), s.maxTemperature()),
            new HeatingProgress(s.watchPeriod(), s.watchIncrease(), s.runawayHysteresis()),
            new HoldBandRunaway(s.runawayHysteresis(), s.runawayMaxError()),
            new StaleOrStuck(s.staleTime(), s.stuckPeriod()),
            new OutputWatchdog(s.maxHeatTime()),
            new RangeDebounce(s.rangeCheckCount(), hc.sensorHigh()));
    for (String name : o.disabledGuards()) {
      if (all.stream().noneMatch(g -> g.name().equals(name))) {
        throw new IllegalArgumentException("no guard named '" + name + "': " + guardNames());
      }
    }
    for (Guard g : all) {
      if (!o.disabledGuards().contains(g.name())) {
        guards.add(g);
      }
    }
    this.observer = plant.copy();
    this.observerSensor = hc.ambient();
    boolean onoff = controller instanceof OnOffController;
    // on/off never settles inside 1 K: its band widens by the hysteresis, its window covers a cycle
    this.readiness =
        new Readiness(
            hc.readyBand() + (onoff ? hc.hysteresis() : 0),
            hc.readyRate(),
            period,
            onoff ? Readiness.ONOFF_WINDOW : Readiness.WINDOW);
    this.nipWidth = NipMechanics.contact(apparatus).width();
    this.circumference = 2 * Math.PI * apparatus.heatRoller().radius();
    this.lastReading = hc.ambient();
  }

  /** The six guards' names in order. */
  public static List<String> guardNames() {
    return List.of(
        AbsoluteLimits.NAME,
        HeatingProgress.NAME,
        HoldBandRunaway.NAME,
        StaleOrStuck.NAME,
        OutputWatchdog.NAME,
        RangeDebounce.NAME);
  }

  /**
   * The fuser of {@code apparatus} fusing {@code medium} (null until {@link #setMedium}), cold
   * (everything at ambient), target off.
   *
   * @throws IllegalArgumentException naming the unknown controller or guard
   */
  public static Fuser create(Apparatus apparatus, Medium medium, Options options) {
    return new Fuser(apparatus, medium, options);
  }

  private Controller controller(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "pid" -> new PidController(hc.pid());
      case "onoff" -> new OnOffController(hc.hysteresis());
      case "mpc" -> new MpcController(hc.mpc(), plant.ratedPower(), hc.ambient());
      default ->
          throw new IllegalArgumentException(
              "no controller named '" + name + "': use pid, onoff or mpc");
    };
  }

  /** Switches the medium the next sheets are (the twin is rebuilt for it). */
  public void setMedium(Medium m) {
    plant.setMedium(m);
    observer.setMedium(m);
    this.medium = m;
  }

  /** The twin's report of the latest revolution of a sheet against the roller, if any. */
  public Optional<SheetReport> lastContact() {
    return Optional.ofNullable(lastContact);
  }

  /** Replaces the controller (autotune's relay). */
  void useController(Controller c) {
    this.controller = c;
  }

  /** Receives one sample per control period. */
  public void onSample(Consumer<Sample> r) {
    this.recorder = r == null ? s -> {} : r;
  }

  /** Sets the surface set point (°C); 0 switches the heater off. Warm-up starts again. */
  public void setTarget(double celsius) {
    if (!(celsius >= 0) || (celsius > 0 && celsius > apparatus.limits().maxTemperature())) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "set point %.1f °C outside 0 and the apparatus's limits.max-temperature %.1f °C",
              celsius,
              apparatus.limits().maxTemperature()));
    }
    for (Guard g : guards) {
      g.targetChanged(time, lastReading, target, celsius);
    }
    target = celsius;
    warmed = false;
    readiness.clear();
  }

  /** Advances simulated time by {@code seconds}, in whole control periods. */
  public void advance(double seconds) {
    debt += seconds;
    while (debt >= period - 1e-9) {
      tick();
      debt -= period;
    }
  }

  /** One control period. */
  private void tick() {
    contacts();
    double reading = sensor.read(period, plant.sensed());
    boolean rail = !Double.isNaN(reading) && sensor.atRail(reading);
    double useful = Double.isNaN(reading) ? lastReading : reading;
    if (fault == null && !faults.contains(PlantFault.CONTROLLER_STALL)) {
      double load = transit != null ? transit.load : 0;
      duty = controller.update(time, useful, target, load);
      lastRefresh = time;
    }
    GuardInput in = new GuardInput(time, reading, rail, target, duty, lastRefresh, period);
    if (fault == null) {
      for (Guard g : guards) {
        Optional<Fault> f = g.check(in);
        if (f.isPresent()) {
          trip(f.get());
          break;
        }
      }
    }
    if (fault != null) {
      duty = 0;
    }
    plant.advance(period, duty);
    observe(useful, Double.isNaN(reading) || rail);
    lastReading = useful;
    readiness.add(time + period, reading);
    if (fault == null && !warmed && readiness.ready(target)) {
      warmed = true;
    }
    time += period;
    if (transit != null && time >= transit.end - 1e-9 && transit.contactsLeft == 0) {
      finish();
    }
    recorder.accept(
        new Sample(
            time,
            target,
            reading,
            plant.surface(),
            plant.heaterPower(),
            duty,
            transit != null,
            plant.pressureRoller()));
  }

  private void observe(double reading, boolean invalid) {
    // the observer's sensor sees what the real one saw this period: the surface at its position
    double seen = observer.sensed();
    observer.advance(period, duty);
    observerSensor += (seen - observerSensor) * (1 - Math.exp(-period / Math.max(1e-3, sensorTau)));
    if (!invalid) {
      double delta = (reading - observerSensor) * Math.min(1, OBSERVER_GAIN * period);
      observer.shift(delta);
      observerSensor += delta;
    }
  }

  /** Contacts of the sheet in the nip that are due. */
  private void contacts() {
    Transit tr = transit;
    while (tr != null && tr.contactsLeft > 0 && tr.nextContact <= time + 1e-9) {
      double t = plant.surface();
      if (Double.isNaN(tr.entry)) {
        tr.entry = t;
      }
      tr.min = Math.min(tr.min, t);
      tr.max = Math.max(tr.max, t);
      int k = contactCount(tr.sheet) - tr.contactsLeft;
      double frac = fraction(tr.sheet, k);
      double sheetArea = frac * circumference * tr.sheet.width();
      tr.last =
          plant.contact(
              tr.nextContact,
              tr.speed,
              tr.sheet.liquid(),
              tr.sheet.waterFraction(),
              frac,
              sheetArea);
      observer.contact(
          tr.nextContact, tr.speed, tr.sheet.liquid(), tr.sheet.waterFraction(), frac, sheetArea);
      lastContact = tr.last;
      tr.contactsLeft--;
      tr.nextContact += tr.revolution;
    }
  }

  private void trip(Fault f) {
    fault = f;
    duty = 0;
    warmed = false;
    if (transit != null) {
      transit.faulted = true;
    }
  }

  private void finish() {
    Transit tr = transit;
    transit = null;
    double dwell = nipWidth / tr.speed;
    double tg = medium.glassTransition();
    double tm = medium.meltingTemperature();
    FusingMode mode = tr.sheet == null ? FusingMode.STANDARD : currentMode;
    double sinter = (tr.min - tg) * dwell;
    double melt = (tr.max - tm) * dwell;
    double hm = sinter - mode.heatThreshold();
    double mm = mode.meltLimit() - melt;
    // judged on the true surface: above the apparatus's highest set point by more than the
    // sensor's accuracy is too hot for the machine even where the melt claim still holds
    boolean hot = tr.max > ceiling();
    boolean ok = !tr.faulted && fault == null && hm > 0 && mm > 0 && !hot;
    String reason = tr.reason;
    if (tr.faulted && fault != null) {
      reason = fault.guard() + ": " + fault.message();
    }
    if (hot) {
      String why =
          String.format(
              Locale.ROOT,
              "surface %.1f °C above limits.max-temperature %.1f °C + sensor accuracy %.1f K",
              tr.max,
              apparatus.limits().maxTemperature(),
              apparatus.sensor().accuracy());
      reason = reason.isEmpty() ? why : reason + "; " + why;
    }
    records.add(
        new SheetRecord(
            ++sheets,
            tr.start,
            tr.speed,
            dwell,
            tr.entry,
            tr.min,
            tr.max,
            sinter,
            melt,
            hm,
            mm,
            ok,
            tr.action,
            tr.delay,
            reason,
            plant.sheetEnergy() - tr.energyBefore,
            tr.last == null ? Double.NaN : tr.last.gloss60()));
  }

  /**
   * Hottest true surface a compliant sheet may meet (°C): the apparatus's highest set point plus
   * the sensor's worst-case error, the most a correctly reading sensor lets the surface pass it.
   */
  double ceiling() {
    return apparatus.limits().maxTemperature() + apparatus.sensor().accuracy();
  }

  private FusingMode currentMode = FusingMode.STANDARD;
  private Prediction lastPrediction;
  private Sheet lastPredicted;
  private double lastPredictedSpeed;

  /**
   * Predicts the sheet's passage at {@code speed} (m/s) in {@code mode} and decides: feed, delay
   * the feed until the roller recovers (at most {@code heater-control.max-feed-delay} in all), slow
   * down within the apparatus's speed limits, or stop with the reason. Call again after a delay.
   */
  public SheetDecision beforeSheet(Sheet sheet, FusingMode mode, double speed) {
    if (fault != null) {
      return stop(fault.reason() + ": " + fault.guard() + ": " + fault.message());
    }
    if (transit != null) {
      return new SheetDecision(
          SheetDecision.Action.DELAY,
          speed,
          period,
          "the previous sheet is still in the nip",
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN);
    }
    if (target <= 0) {
      return stop("the fuser's set point is off");
    }
    if (medium == null) {
      throw new IllegalStateException("no medium set: call setMedium before the first sheet");
    }
    if (!warmed) {
      return new SheetDecision(
          SheetDecision.Action.DELAY,
          speed,
          DELAY_STEP,
          String.format(
              Locale.ROOT, "warming up: reading %.1f °C, target %.1f °C", lastReading, target),
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN);
    }
    WindowProblem problem =
        WindowProblem.of(medium, apparatus, nipWidth, mode)
            .withTemperatureTolerance(apparatus.sensor().accuracy());
    double band = hc.safety().runawayHysteresis();
    if (lastReading < target - band && pendingDelay + DELAY_STEP <= hc.maxFeedDelay() + 1e-9) {
      // the heater is behind: let it catch up before the hold band's error accumulates
      pendingDelay += DELAY_STEP;
      pendingReason =
          String.format(
              Locale.ROOT,
              "reading %.1f °C below the hold band %.1f °C: feed delayed for the roller to recover",
              lastReading,
              target - band);
      return new SheetDecision(
          SheetDecision.Action.DELAY,
          speed,
          DELAY_STEP,
          pendingReason,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN);
    }
    Prediction p = predict(sheet, speed);
    lastPrediction = p;
    lastPredicted = sheet;
    lastPredictedSpeed = speed;
    double hm = problem.heatMargin(p.min, speed);
    double mm = problem.meltMargin(p.max, speed);
    boolean overLimit = p.max > ceiling();
    if (hm > 0 && mm > 0 && !overLimit) {
      return decision(SheetDecision.Action.FEED, speed, 0, pendingReason, p, hm, mm);
    }
    boolean cold = hm <= 0;
    String why =
        cold
            ? String.format(
                Locale.ROOT,
                "predicted %.1f °C in the nip gives (T − Tg) t margin %.2f °C·s",
                p.min,
                hm)
            : mm <= 0
                ? String.format(
                    Locale.ROOT,
                    "predicted %.1f °C in the nip gives (T − T_M) t margin %.2f °C·s",
                    p.max,
                    mm)
                : String.format(
                    Locale.ROOT,
                    "predicted %.1f °C in the nip is above the %.1f °C ceiling",
                    p.max,
                    ceiling());
    // waiting helps only if a settled roller would pass: the sheet's own droop stays
    double droop = Math.max(0, p.entry - p.min);
    boolean recoverable =
        cold
            ? problem.heatMargin(target - droop, speed) > 0
            : problem.meltMargin(target, speed) > 0;
    if (recoverable && pendingDelay + DELAY_STEP <= hc.maxFeedDelay() + 1e-9) {
      pendingDelay += DELAY_STEP;
      pendingReason = why + ": feed delayed for the roller to recover";
      return decision(SheetDecision.Action.DELAY, speed, DELAY_STEP, pendingReason, p, hm, mm);
    }
    if (cold && !overLimit) {
      double step = apparatus.limits().speedStep();
      for (double v = speed - step; v >= apparatus.limits().minSpeed() - 1e-12; v -= step) {
        if (problem.heatMargin(p.min, v) > 0 && problem.meltMargin(p.max, v) > 0) {
          Prediction q = predict(sheet, v);
          lastPrediction = q;
          lastPredictedSpeed = v;
          double h2 = problem.heatMargin(q.min, v);
          double m2 = problem.meltMargin(q.max, v);
          if (h2 > 0 && m2 > 0 && q.max <= ceiling()) {
            pendingReason =
                why
                    + String.format(
                        Locale.ROOT, ": slowed to %.0f mm/s for a longer dwell", v * 1000);
            return decision(SheetDecision.Action.SLOW_DOWN, v, 0, pendingReason, q, h2, m2);
          }
        }
      }
    }
    return stop(
        why
            + String.format(
                Locale.ROOT,
                ": no delay within %.0f s nor speed within %.0f-%.0f mm/s holds the window",
                hc.maxFeedDelay(),
                apparatus.limits().minSpeed() * 1000,
                apparatus.limits().maxSpeed() * 1000));
  }

  private SheetDecision stop(String reason) {
    return new SheetDecision(
        SheetDecision.Action.STOP,
        0,
        0,
        reason,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN);
  }

  private SheetDecision decision(
      SheetDecision.Action a,
      double v,
      double wait,
      String reason,
      Prediction p,
      double hm,
      double mm) {
    return new SheetDecision(a, v, wait, reason, p.entry, p.min, p.max, hm, mm);
  }

  /** Predicted passage. */
  private record Prediction(double entry, double min, double max, double load) {}

  /**
   * The passage of {@code sheet} at {@code speed} on a copy of the observer (the controller's
   * estimate of the wall, pulled toward the readings) with a copy of the controller, the twin
   * taking each contact's heat.
   */
  private Prediction predict(Sheet sheet, double speed) {
    Plant p = observer.copy();
    Controller c = controller.copy();
    double s = observerSensor;
    double revolution = circumference / speed;
    int n = contactCount(sheet);
    double end = sheet.length() / speed;
    double entry = Double.NaN;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double load = 0;
    double next = 0;
    int k = 0;
    double local = 0;
    while (true) {
      while (k < n && next <= local + 1e-9) {
        double t = p.surface();
        if (k == 0) {
          entry = t;
        }
        min = Math.min(min, t);
        max = Math.max(max, t);
        double frac = fraction(sheet, k);
        SheetReport r =
            p.contact(
                time + next,
                speed,
                sheet.liquid(),
                sheet.waterFraction(),
                frac,
                frac * circumference * sheet.width());
        if (k == 0) {
          // the heat the sheet takes while in the nip (W): per area times area per second
          load = r.energyFromRoller() * sheet.width() * speed;
        }
        k++;
        next += revolution;
      }
      if (local >= end - 1e-9 && k >= n) {
        break;
      }
      s += (p.sensed() - s) * (1 - Math.exp(-period / Math.max(1e-3, sensorTau)));
      double u = c.update(time + local, s, target, load);
      p.advance(period, u);
      local += period;
    }
    return new Prediction(entry, min, max, load);
  }

  /** Revolutions of the roller that touch the sheet: the last one may be partial. */
  private int contactCount(Sheet sheet) {
    return Math.max(1, (int) Math.ceil(sheet.length() / circumference - 1e-9));
  }

  /** Share of the circumference that touches the sheet in revolution {@code k} (from 0). */
  private double fraction(Sheet sheet, int k) {
    return Math.min(1, sheet.length() / circumference - k);
  }

  /**
   * Feeds {@code sheet} as {@code decision} says (it must be a feeding decision from {@link
   * #beforeSheet} for this sheet and mode).
   */
  public void feed(Sheet sheet, FusingMode mode, SheetDecision decision) {
    if (!decision.feeds()) {
      throw new IllegalStateException("decision " + decision.action() + " does not feed a sheet");
    }
    if (transit != null) {
      throw new IllegalStateException("a sheet is already in the nip");
    }
    currentMode = mode;
    Transit tr = new Transit();
    tr.sheet = sheet;
    tr.speed = decision.speed();
    tr.start = time;
    tr.end = time + sheet.length() / decision.speed();
    tr.contactsLeft = contactCount(sheet);
    tr.nextContact = time;
    tr.revolution = circumference / decision.speed();
    tr.energyBefore = plant.sheetEnergy();
    Prediction p =
        lastPrediction != null
                && sheet.equals(lastPredicted)
                && lastPredictedSpeed == decision.speed()
            ? lastPrediction
            : predict(sheet, decision.speed());
    lastPrediction = null;
    tr.load = p.load;
    tr.delay = pendingDelay;
    tr.action =
        decision.action() == SheetDecision.Action.SLOW_DOWN
            ? "slowed"
            : pendingDelay > 0 ? "delayed" : "fed";
    tr.reason =
        decision.action() == SheetDecision.Action.FEED && pendingDelay == 0 ? "" : pendingReason;
    pendingDelay = 0;
    pendingReason = "";
    transit = tr;
    contacts();
  }

  /** Whether a sheet is in the nip. */
  public boolean sheetInNip() {
    return transit != null;
  }

  /** The records of the sheets that left the nip since the last call. */
  public List<SheetRecord> drainRecords() {
    List<SheetRecord> out = List.copyOf(records);
    records.clear();
    return out;
  }

  /** Injects {@code f} into the plant from now on. */
  public void inject(PlantFault f) {
    faults.add(f);
    apply();
  }

  /** Repairs the plant (removes every injected fault); a latched fault stays latched. */
  public void repair() {
    faults.clear();
    apply();
  }

  private void apply() {
    plant.setHeaterOpen(faults.contains(PlantFault.HEATER_OPEN));
    plant.setSupply(
        faults.contains(PlantFault.SUPPLY_SAG)
            ? hc.supply() * PlantFault.SAG_FRACTION
            : hc.supply());
    sensor.setDetached(faults.contains(PlantFault.THERMISTOR_DETACHED));
    sensor.setStuck(faults.contains(PlantFault.SENSOR_STUCK));
    sensor.setShorted(faults.contains(PlantFault.SENSOR_SHORTED));
    sensor.setSilent(faults.contains(PlantFault.SENSOR_SILENT));
    sensor.setReadsLow(faults.contains(PlantFault.SENSOR_READS_LOW));
  }

  /**
   * Clears a latched fault: the explicit reset, the only way out. The set point is switched off;
   * set it again to heat.
   */
  public void reset() {
    fault = null;
    setTarget(0);
    lastRefresh = time;
  }

  /** The latched fault, if any. */
  public Optional<Fault> fault() {
    return Optional.ofNullable(fault);
  }

  /** What the device shows. */
  public FuserStatus status() {
    return new FuserStatus(
        time,
        target,
        lastReading,
        warmed && fault == null,
        target > 0 && !warmed && fault == null,
        fault());
  }

  /** Simulated time (s). */
  public double time() {
    return time;
  }

  /** Set point (°C). */
  public double target() {
    return target;
  }

  /** Last reading (°C). */
  public double reading() {
    return lastReading;
  }

  /** True surface temperature (°C), which only the simulation knows. */
  public double surface() {
    return plant.surface();
  }

  /** Heater power now (W). */
  public double heaterPower() {
    return plant.heaterPower();
  }

  /** Heater energy so far (J). */
  public double heaterEnergy() {
    return plant.heaterEnergy();
  }

  /** Commanded output (0..1). */
  public double duty() {
    return duty;
  }

  /** Control period (s). */
  public double period() {
    return period;
  }

  /** Pressure-roller temperature (°C). */
  public double pressureRoller() {
    return plant.pressureRoller();
  }

  /** The controller's name. */
  public String controllerName() {
    return controller.name();
  }

  /** The apparatus. */
  public Apparatus apparatus() {
    return apparatus;
  }

  /** The medium. */
  public Medium medium() {
    return medium;
  }

  /** Nip width (m). */
  public double nipWidth() {
    return nipWidth;
  }

  /** Heat capacity of the heated member's wall (J/K). */
  double wallCapacity() {
    return plant.capacity();
  }

  /** Rated heater power (W). */
  double ratedPower() {
    return plant.ratedPower();
  }
}
