package dev.fusejet.control;

import dev.fusejet.fuser.FusingMode;
import java.util.List;

/**
 * A simulated print job for the fuser alone.
 *
 * @param mode fusing mode
 * @param target surface set point (°C)
 * @param speed requested process speed (m/s)
 * @param sheets number of sheets
 * @param sheet each sheet
 * @param gap time between one sheet's trailing edge and the next one's feed (s)
 * @param faults faults to inject, each at a simulated time from the job's start
 * @param warmUpLimit longest warm-up before the job gives up (s)
 */
public record Job(
    FusingMode mode,
    double target,
    double speed,
    int sheets,
    Sheet sheet,
    double gap,
    List<ScheduledFault> faults,
    double warmUpLimit) {

  /** Copies. */
  public Job {
    faults = List.copyOf(faults);
  }

  /**
   * A fault and when to inject it.
   *
   * @param fault the fault
   * @param time simulated time from the job's start (s)
   */
  public record ScheduledFault(PlantFault fault, double time) {
    /** Parses {@code NAME@TIME}, TIME in seconds (e.g. {@code stuck@300}). */
    public static ScheduledFault parse(String text) {
      int at = text.indexOf('@');
      if (at < 0) {
        throw new IllegalArgumentException(
            "fault '" + text + "': write NAME@SECONDS, e.g. heater-open@300");
      }
      double t;
      try {
        t = Double.parseDouble(text.substring(at + 1).replace("s", "").trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "fault '" + text + "': the time after @ must be seconds, e.g. heater-open@300", e);
      }
      if (!(t >= 0)) {
        throw new IllegalArgumentException("fault '" + text + "': time must be >= 0 s");
      }
      return new ScheduledFault(PlantFault.fromLabel(text.substring(0, at)), t);
    }
  }

  /** The same job with these faults. */
  public Job withFaults(List<ScheduledFault> f) {
    return new Job(mode, target, speed, sheets, sheet, gap, f, warmUpLimit);
  }

  /** Warm-up limit of a planned job (s). */
  public static final double WARM_UP_LIMIT = 600;

  /**
   * A job at the planner's robust set point (its fastest robust speed) for {@code medium} on {@code
   * apparatus}.
   *
   * @throws IllegalArgumentException when the planner finds no robust point, with its reasoning
   */
  public static Job planned(
      dev.fusejet.media.Medium medium,
      dev.fusejet.apparatus.Apparatus apparatus,
      FusingMode mode,
      int sheets,
      Sheet sheet,
      double gap) {
    double width = dev.fusejet.nip.NipMechanics.contact(apparatus).width();
    dev.fusejet.fuser.WindowPlan plan =
        dev.fusejet.fuser.ProcessWindowPlanner.plan(
            dev.fusejet.fuser.WindowProblem.of(medium, apparatus, width, mode));
    dev.fusejet.fuser.OperatingPoint p =
        plan.point()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no robust set point for "
                            + medium.name()
                            + " on "
                            + apparatus.name()
                            + " in "
                            + mode.label()
                            + plan.blocking()
                                .map(b -> " (blocked by the " + b.label() + " condition)")
                                .orElse("")));
    return new Job(mode, p.temperature(), p.speed(), sheets, sheet, gap, List.of(), WARM_UP_LIMIT);
  }

  /** The same job with {@code n} sheets. */
  public Job withSheets(int n) {
    return new Job(mode, target, speed, n, sheet, gap, faults, warmUpLimit);
  }
}
