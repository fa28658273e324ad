package dev.fusejet.cli;

import static dev.fusejet.units.Quantities.celsius;
import static dev.fusejet.units.Quantities.fmt;
import static dev.fusejet.units.Quantities.millis;
import static dev.fusejet.units.Quantities.speed;

import dev.fusejet.apparatus.OperatingLimits;
import dev.fusejet.fuser.Blocking;
import dev.fusejet.fuser.ClaimedConditions;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.fuser.Suggestion;
import dev.fusejet.fuser.WindowPlan;
import dev.fusejet.fuser.WindowProblem;
import dev.fusejet.units.Dimension;
import dev.fusejet.units.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * The planner's reasoning in words: the planner returns numbers and enums, and this edge class says
 * what they mean, in the units people read (°C, mm/s, ms, °C·s).
 */
final class PlanText {
  private PlanText() {}

  /**
   * The nip as both {@code apparatus show} and {@code window} print it: width, model, pressures.
   */
  static String nip(dev.fusejet.nip.NipContact nip) {
    return Quantities.length(nip.width())
        + " wide ("
        + nip.model().label()
        + "), mean pressure "
        + Quantities.pressure(nip.meanPressure())
        + ", peak "
        + Quantities.pressure(nip.peakPressure());
  }

  /** The steps from the claimed conditions to the chosen point (or to why there is none). */
  static List<String> reasoning(WindowPlan plan) {
    WindowProblem p = plan.problem();
    ClaimedConditions c = p.conditions();
    FusingMode mode = c.mode();
    OperatingLimits l = p.limits();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Mode "
            + mode.label()
            + ": (T - Tg) t > "
            + fmt(mode.heatThreshold())
            + " °C·s and (T - T_M) t < "
            + fmt(mode.meltLimit())
            + " °C·s, with Tg = "
            + celsius(c.glassTransition())
            + " and T_M = "
            + celsius(c.meltingTemperature())
            + ".");
    if (c.isEmpty()) {
      lines.add(
          "Analytically empty: with Tg >= T_M no temperature and dwell satisfy both expressions in"
              + " this mode.");
    } else {
      double hi = c.highestTemperature();
      lines.add(
          "Without tolerances some dwell works for "
              + celsius(c.lowestTemperature())
              + " < T"
              + (Double.isInfinite(hi) ? "" : " < " + celsius(hi))
              + "; at T the dwell must lie between G/(T - Tg) and M/(T - T_M).");
    }
    lines.add(
        "Apparatus: "
            + celsius(l.minTemperature())
            + " to "
            + celsius(l.maxTemperature())
            + ", "
            + speed(l.minSpeed())
            + " to "
            + speed(l.maxSpeed())
            + ", nip "
            + Quantities.length(p.nipWidth())
            + " (±"
            + Quantities.percent(p.nipWidthTolerance())
            + "), so t = "
            + millis(p.dwell(l.maxSpeed()))
            + " to "
            + millis(p.dwell(l.minSpeed()))
            + ".");
    lines.add(
        "Robust over T ± "
            + fmt(p.temperatureTolerance())
            + " K (sensor error + droop) and speed ± "
            + Quantities.percent(p.speedTolerance())
            + ".");
    if (plan.point().isPresent()) {
      OperatingPoint pt = plan.point().get();
      double v = pt.speed();
      double t = pt.temperature();
      lines.add(
          "Fastest robust speed on the "
              + speed(l.speedStep())
              + " grid: "
              + speed(v)
              + " (dwell "
              + millis(p.dwell(v))
              + ", "
              + millis(p.shortestDwell(v))
              + " to "
              + millis(p.longestDwell(v))
              + " with tolerances)"
              + (v >= l.maxSpeed() ? ", the apparatus maximum." : "."));
      lines.add(
          "Robust set points at this speed: "
              + celsius(plan.robustTemperatureLow())
              + " to "
              + celsius(plan.robustTemperatureHigh())
              + "; chose "
              + celsius(t)
              + (t >= l.maxTemperature()
                  ? ", the apparatus maximum (the margins would balance higher)."
                  : t <= l.minTemperature()
                      ? ", the apparatus minimum (the margins would balance lower)."
                      : ", where the two worst-case margins are closest to equal."));
    } else {
      plan.bestPoint()
          .ifPresent(
              b ->
                  lines.add(
                      "No robust point: the best set point, "
                          + celsius(b.temperature())
                          + " at "
                          + speed(b.speed())
                          + ", leaves worst-case margins "
                          + fmt(plan.heatMargin())
                          + " °C·s on (T - Tg) t > "
                          + fmt(mode.heatThreshold())
                          + " and "
                          + fmt(plan.meltMargin())
                          + " °C·s on (T - T_M) t < "
                          + fmt(mode.meltLimit())
                          + "."));
    }
    return lines;
  }

  /** What a blocking expression means. */
  static String blocking(Blocking b) {
    return switch (b) {
      case HEAT -> "(T - Tg) t: not enough heat for the particles to sinter";
      case MELT -> "(T - T_M) t: the resin layer would melt";
      case BOTH -> "both expressions: the window is narrower than the tolerances";
    };
  }

  /** A value of the suggestion's parameter in the units people read. */
  static String value(Suggestion.Parameter p, double v) {
    Dimension d = p.dimension();
    if (d == null) {
      return "";
    }
    return switch (d) {
      case TEMPERATURE -> celsius(v);
      case TEMPERATURE_DIFFERENCE -> fmt(v) + " K";
      case SPEED -> speed(v);
      case LENGTH -> Quantities.length(v);
      default -> fmt(v) + " " + d.siSymbol();
    };
  }

  /** The current value, e.g. {@code 200 °C}; for the mode, its label. */
  static String current(Suggestion s, WindowPlan plan) {
    return s.parameter() == Suggestion.Parameter.MODE
        ? plan.problem().conditions().mode().label()
        : value(s.parameter(), s.current());
  }

  /** The value needed, with its direction, e.g. {@code < 41 mm/s}. */
  static String needed(Suggestion s) {
    return switch (s.direction()) {
      case BELOW -> "< " + value(s.parameter(), s.needed());
      case ABOVE -> "> " + value(s.parameter(), s.needed());
      case BETWEEN ->
          "between "
              + value(s.parameter(), s.needed())
              + " and "
              + value(s.parameter(), s.neededHigh());
      case OTHER -> "standard, or a medium with Tg < T_M";
    };
  }

  /** Why the change helps, in one clause. */
  static String why(Suggestion s, WindowPlan plan) {
    ClaimedConditions c = plan.problem().conditions();
    return switch (s.parameter()) {
      case MODE ->
          "with Tg = "
              + celsius(c.glassTransition())
              + " >= T_M = "
              + celsius(c.meltingTemperature())
              + " this mode has no window at any temperature and dwell";
      case MAX_TEMPERATURE -> "a hotter set point reaches the sintering threshold";
      case MIN_TEMPERATURE -> "a cooler set point keeps the resin layer below its melt limit";
      case MIN_SPEED -> "a slower speed gives a longer dwell";
      case MAX_SPEED -> "a faster speed gives a shorter dwell";
      case TEMPERATURE_BAND -> "a tighter temperature band fits inside the window";
      case GLASS_TRANSITION -> "particles with a lower Tg sinter with less heat";
      case MELTING_TEMPERATURE -> "a resin layer melting higher (HDPE, PP) tolerates more heat";
      case NIP_WIDTH -> "a different nip (e.g. a belt nip) moves the dwell range into the window";
    };
  }
}
