package dev.fusejet.control;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.HeaterControl;
import dev.fusejet.apparatus.PressureRoller;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.media.Medium;
import dev.fusejet.twin.InkLoad;
import dev.fusejet.twin.RollerWall;
import dev.fusejet.twin.SheetReport;
import dev.fusejet.twin.Twin;
import dev.fusejet.twin.TwinParameter;
import dev.fusejet.twin.TwinSettings;
import dev.fusejet.twin.heat.Surface;
import dev.fusejet.units.Units;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The physical fuser the controller drives: a heater whose power follows its command with a first
 * order lag and the square of the supply voltage, the heated member's wall as the twin's skin cells
 * (per square metre of the sheet path), convection and radiation to the air, a lumped pressure
 * roller warmed through the nip and cooled by the air, and sheets that take heat in the nip by the
 * twin's pass. The state is the truth that only the thermistor reports; faults are injected here.
 *
 * <p>The strip is one column for the whole circumference, so right after a contact its surface is
 * the skin at the nip's exit. The sensor sits {@code heater-control.sensor-angle} past the exit: it
 * sees each point of the surface {@code angle / 2π} of a revolution after that point left the nip,
 * the twin's skin after the contact recovered in the air for that age ({@link #sensed}).
 */
final class Plant {

  /** Steel shaft of the pressure roller: 7832 kg/m³ × 434 J/(kg·K) [T Incropera Table A.1]. */
  static final double STEEL_VOLUMETRIC = 7832 * 434.0;

  /** Width of the bands the twin's pressure-roller temperature is rounded to (K). */
  static final double TWIN_BAND = 5;

  /**
   * Steps of the skin's recovery from the nip's exit to the sensor (1): TR-BDF2 over the age in
   * equal steps; 8 agree with 256 within 0.01 K on both presets (PlantSensorTest).
   */
  static final int RECOVERY_STEPS = 8;

  /**
   * What the sensor sees over a stretch of time: the points of the surface that passed the nip in
   * one contact, each seen at the same age, or (before the first contact's points arrive) the
   * untouched surface.
   *
   * @param start from (s, plant time)
   * @param end until (s)
   * @param surface the surface there (°C)
   */
  private record View(double start, double end, double surface) {}

  private final Apparatus apparatus;
  private Medium medium;
  private final HeaterControl hc;
  private final TwinSettings baseSettings;
  private final Map<Long, Twin> twins;
  private final Skin skin;
  private final Surface air;
  private final double area;
  private final double contactH;
  private final double pressureCapacity;
  private final double pressureArea;
  private final double ratedPower;
  private final int twinCells;
  private final double nipWidth;
  private final double circumference;
  private final double sensorAngle;
  private final Deque<View> views;

  private double pressureT;
  private double lampPower;
  private double supply;
  private boolean heaterOpen;
  private double heaterEnergy;
  private double sheetEnergy;
  private double time;

  Plant(Apparatus apparatus, Medium medium) {
    this.apparatus = apparatus;
    this.medium = medium;
    this.hc = apparatus.control();
    TwinSettings d = TwinSettings.defaults().withRecordHistory(false).withAirTimes(0, 0);
    this.baseSettings = d;
    this.twins = new HashMap<>();
    this.nipWidth = dev.fusejet.nip.NipMechanics.contact(apparatus).width();
    this.circumference = 2 * Math.PI * apparatus.heatRoller().radius();
    this.sensorAngle = hc.sensorAngle();
    this.views = new ArrayDeque<>();
    RollerWall wall = RollerWall.of(apparatus, d);
    this.skin = new Skin(wall, hc.ambient());
    this.air = new Surface(hc.convection(), hc.ambient(), hc.emissivity());
    double r = apparatus.heatRoller().radius();
    double length = apparatus.heatRoller().length();
    this.area = 2 * Math.PI * r * length;
    this.ratedPower = apparatus.heater().power();
    this.pressureT = hc.ambient();
    this.supply = hc.supply();
    // the twin's own roller cells; checked again on every pass
    this.twinCells = wall.cells();
    PressureRoller pr = apparatus.pressureRoller();
    double rOut = pr.radius();
    double rIn = rOut - pr.rubberThickness();
    // between sheets the heated member touches the pressure roller's rubber directly: a rubber
    // cover against a smooth member, the interface of the twin's back contact (physics 1.3 [E]);
    // the front contact (member / unfused receptor) needs a medium and applies only under a sheet.
    // Nip contact in series with conduction into the rubber cover over the whole pressure roller.
    double nipConductance = d.backContact() * nipWidth * length;
    double rubberConductance =
        wall.pressureCoverConductivity() * 2 * Math.PI * length / Math.log(rOut / rIn);
    double conductance = 1 / (1 / nipConductance + 1 / rubberConductance);
    this.contactH = conductance / area;
    this.pressureCapacity =
        Math.PI
            * length
            * ((rOut * rOut - rIn * rIn) * wall.pressureCoverVolumetricHeatCapacity()
                + rIn * rIn * STEEL_VOLUMETRIC);
    this.pressureArea = 2 * Math.PI * rOut * length;
  }

  private Plant(Plant o) {
    this.apparatus = o.apparatus;
    this.medium = o.medium;
    this.hc = o.hc;
    this.baseSettings = o.baseSettings;
    this.twins = o.twins;
    this.skin = o.skin.copy();
    this.air = o.air;
    this.area = o.area;
    this.contactH = o.contactH;
    this.pressureCapacity = o.pressureCapacity;
    this.pressureArea = o.pressureArea;
    this.ratedPower = o.ratedPower;
    this.twinCells = o.twinCells;
    this.nipWidth = o.nipWidth;
    this.circumference = o.circumference;
    this.sensorAngle = o.sensorAngle;
    this.views = new ArrayDeque<>(o.views);
    this.pressureT = o.pressureT;
    this.lampPower = o.lampPower;
    this.supply = o.supply;
    this.heaterOpen = o.heaterOpen;
    this.heaterEnergy = o.heaterEnergy;
    this.sheetEnergy = o.sheetEnergy;
    this.time = o.time;
  }

  /** A copy with the same state (twins shared: they are immutable). */
  Plant copy() {
    return new Plant(this);
  }

  /** Switches the medium fused from now on (the twins are rebuilt for it). */
  void setMedium(Medium m) {
    if (!java.util.Objects.equals(m, medium)) {
      medium = m;
      twins.clear();
    }
  }

  /** The twin for the pressure roller's current temperature band. */
  Twin twin() {
    if (medium == null) {
      throw new IllegalStateException("no medium set: the fuser needs one before a sheet");
    }
    long band = Math.round(pressureT / TWIN_BAND);
    return twins.computeIfAbsent(
        band, b -> Twin.of(medium, apparatus, withPressureRoller(baseSettings, b * TWIN_BAND)));
  }

  private TwinSettings withPressureRoller(TwinSettings s, double t) {
    return s.with(TwinParameter.AMBIENT, hc.ambient())
        .with(TwinParameter.PRESSURE_ROLLER_TEMPERATURE, t);
  }

  /**
   * Advances by {@code dt} (s) with the heater commanded to {@code duty} (0..1 of rated power at
   * the nominal voltage).
   */
  void advance(double dt, double duty) {
    double v = supply / hc.supplyVoltage();
    double command = heaterOpen ? 0 : Math.max(0, Math.min(1, duty)) * ratedPower * v * v;
    double lag = hc.heaterResponse() > 0 ? 1 - Math.exp(-dt / hc.heaterResponse()) : 1;
    lampPower += (command - lampPower) * lag;
    heaterEnergy += lampPower * dt;
    double surfaceBefore = skin.surface();
    skin.step(dt, lampPower / area, air, contactH, pressureT);
    // pressure roller: warmed through the nip, cooled by convection and radiation
    double tk = pressureT + Units.ZERO_CELSIUS_IN_KELVIN;
    double ak = hc.ambient() + Units.ZERO_CELSIUS_IN_KELVIN;
    double hRad = hc.emissivity() * Surface.SIGMA * (tk * tk + ak * ak) * (tk + ak);
    double gain = contactH * area * (0.5 * (surfaceBefore + skin.surface()) - pressureT);
    double loss = (hc.convection() + hRad) * pressureArea * (pressureT - hc.ambient());
    pressureT += (gain - loss) * dt / pressureCapacity;
    time += dt;
  }

  /**
   * One revolution of the sheet-path strip against the sheet in the nip, through the twin: the skin
   * before is the twin's {@code rollerBefore}, its {@code rollerAfter} the skin after; {@code
   * fraction} (0..1] of the circumference touched the sheet in this revolution, and the sheet's
   * {@code sheetArea} (m²) in it took the twin's heat per area.
   */
  SheetReport contact(
      double at,
      double speed,
      double liquid,
      double waterFraction,
      double fraction,
      double sheetArea) {
    OperatingPoint op = new OperatingPoint(skin.surface(), speed);
    double[] mine = skin.profile();
    SheetReport r =
        twin().pass(op, new InkLoad(liquid, waterFraction), Resample.to(mine, twinCells));
    if (r.rollerAfter().length != twinCells) {
      throw new IllegalStateException(
          "the twin's roller has "
              + r.rollerAfter().length
              + " cells, the plant's "
              + twinCells
              + ": the plant's wall must come from twin.RollerWall");
    }
    double[] after = Resample.to(r.rollerAfter(), skin.cells());
    see(at, speed, fraction, mine[mine.length - 1], after);
    // a partial revolution: that share of the strip touched the sheet, the rest did not
    for (int i = 0; i < after.length; i++) {
      after[i] = mine[i] + fraction * (after[i] - mine[i]);
    }
    skin.setProfile(after);
    sheetEnergy += r.energyFromRoller() * sheetArea;
    return r;
  }

  /**
   * Records what the sensor will see of a contact at plant time {@code at} (s) at {@code speed}
   * (m/s) covering {@code fraction} of the circumference: the points that touched the sheet reach
   * the sensor {@link #sensorAge} after they left the nip, for {@code fraction} of a revolution,
   * with the skin {@code after} the contact recovered that long; until the first of them arrives
   * the sensor still sees the untouched surface {@code before} (°C).
   */
  private void see(double at, double speed, double fraction, double before, double[] after) {
    double revolution = circumference / speed;
    double age = sensorAge(speed);
    double arrive = at + age;
    View last = views.peekLast();
    double covered = last == null ? Double.NEGATIVE_INFINITY : last.end();
    if (covered < arrive - 1e-9) {
      views.addLast(new View(Math.max(at, covered), arrive, before));
    }
    views.addLast(new View(arrive, arrive + fraction * revolution, recovered(after, age)));
  }

  /** Time a point of the surface takes from the nip's exit to the sensor at {@code speed} (s). */
  double sensorAge(double speed) {
    return sensorAngle / (2 * Math.PI) * circumference / speed;
  }

  /**
   * The surface (°C) of the skin {@code profile} (cells, °C) after {@code age} (s) in the air with
   * the heater's present flux at the inside: the twin's skin on its way from the nip to the sensor.
   */
  double recovered(double[] profile, double age) {
    return recovered(profile, age, RECOVERY_STEPS);
  }

  /** The same in {@code steps} equal steps. */
  double recovered(double[] profile, double age, int steps) {
    Skin s = skin.copy();
    s.setProfile(profile);
    double h = age / steps;
    for (int i = 0; i < steps; i++) {
      s.step(h, lampPower / area, air, 0, 0);
    }
    return s.surface();
  }

  /**
   * The surface under the sensor now (°C): the skin recovered for the sensor's age after the
   * contact whose points pass it, or, with no contact's points passing, the strip's surface.
   */
  double sensed() {
    while (!views.isEmpty() && views.peekFirst().end() <= time + 1e-9) {
      views.removeFirst();
    }
    for (var it = views.descendingIterator(); it.hasNext(); ) {
      View v = it.next();
      if (v.start() <= time + 1e-9) {
        return v.surface();
      }
    }
    return skin.surface();
  }

  /** The cells of the wall (°C), a copy. */
  double[] profile() {
    return skin.profile();
  }

  /** True surface temperature of the heated member (°C). */
  double surface() {
    return skin.surface();
  }

  /** Temperature of the inside of the core (°C). */
  double core() {
    return skin.core();
  }

  /** Pressure-roller temperature (°C). */
  double pressureRoller() {
    return pressureT;
  }

  /** Heater power now (W). */
  double heaterPower() {
    return lampPower;
  }

  /** Heater energy delivered so far (J). */
  double heaterEnergy() {
    return heaterEnergy;
  }

  /** Heat the sheets took so far (J). */
  double sheetEnergy() {
    return sheetEnergy;
  }

  /** Heated surface area (m²). */
  double area() {
    return area;
  }

  /** Heat capacity of the heated member's wall (J/K). */
  double capacity() {
    return skin.capacity() * area;
  }

  /** Heater rated power at the nominal voltage (W). */
  double ratedPower() {
    return ratedPower;
  }

  /** Simulated time since start (s). */
  double time() {
    return time;
  }

  /** Supply voltage now (V). */
  double supply() {
    return supply;
  }

  void setSupply(double volts) {
    this.supply = volts;
  }

  void setHeaterOpen(boolean open) {
    this.heaterOpen = open;
  }

  /** Shifts the whole wall by {@code delta} (K) (observer correction). */
  void shift(double delta) {
    skin.shift(delta);
    int n = views.size();
    for (int i = 0; i < n; i++) {
      View v = views.removeFirst();
      views.addLast(new View(v.start(), v.end(), v.surface() + delta));
    }
  }

  Apparatus apparatus() {
    return apparatus;
  }

  Medium medium() {
    return medium;
  }

  HeaterControl control() {
    return hc;
  }
}
