package dev.fusejet.job;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.device.SetPoint;
import dev.fusejet.fuser.Blocking;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.fuser.ProcessWindowPlanner;
import dev.fusejet.fuser.Suggestion;
import dev.fusejet.fuser.WindowPlan;
import dev.fusejet.fuser.WindowProblem;
import dev.fusejet.media.Medium;
import dev.fusejet.nip.NipMechanics;
import dev.fusejet.units.Dimension;
import dev.fusejet.units.Quantities;
import java.util.Locale;

/**
 * A job's fusing set point from the process-window planner, for the medium in the chosen source on
 * this apparatus: the mode asked for, or (none asked) high gloss when print-quality is high and the
 * medium allows it, else standard.
 */
final class SetPoints {
  private SetPoints() {}

  /**
   * The outcome.
   *
   * @param setPoint the set point, or null when there is no robust one
   * @param reason why not, from the planner, or empty
   */
  record Choice(SetPoint setPoint, String reason) {}

  static Choice choose(Medium medium, Apparatus apparatus, FusingMode asked, String quality) {
    double width;
    try {
      width = NipMechanics.contact(apparatus).width();
    } catch (IllegalArgumentException e) {
      return new Choice(null, "apparatus " + apparatus.name() + ": " + e.getMessage());
    }
    if (asked == null && quality.toLowerCase(Locale.ROOT).equals("high")) {
      Choice gloss = plan(medium, apparatus, width, FusingMode.HIGH_GLOSS);
      if (gloss.setPoint() != null) {
        return gloss;
      }
    }
    return plan(medium, apparatus, width, asked == null ? FusingMode.STANDARD : asked);
  }

  private static Choice plan(Medium medium, Apparatus apparatus, double width, FusingMode mode) {
    WindowProblem problem = WindowProblem.of(medium, apparatus, width, mode);
    WindowPlan plan = ProcessWindowPlanner.plan(problem);
    if (plan.feasible()) {
      OperatingPoint p = plan.point().orElseThrow();
      return new Choice(
          new SetPoint(p.temperature(), p.speed(), problem.dwell(p.speed()), mode), "");
    }
    StringBuilder why =
        new StringBuilder("no robust ")
            .append(mode.label())
            .append(" fusing set point for ")
            .append(medium.name())
            .append(" on ")
            .append(apparatus.name());
    plan.blocking()
        .ifPresent(
            b ->
                why.append(
                    b == Blocking.BOTH
                        ? " (blocked by both conditions)"
                        : " (blocked by the " + b.label() + " condition)"));
    plan.bestPoint()
        .ifPresent(
            p ->
                why.append(": No robust point: the best set point, ")
                    .append(Quantities.celsius(p.temperature()))
                    .append(" at ")
                    .append(Quantities.speed(p.speed()))
                    .append(", leaves worst-case margins ")
                    .append(Quantities.fmt(plan.heatMargin()))
                    .append(" and ")
                    .append(Quantities.fmt(plan.meltMargin()))
                    .append(" °C·s."));
    if (!plan.suggestions().isEmpty()) {
      Suggestion s = plan.suggestions().get(0);
      why.append(" Suggestion: ").append(s.parameter().key());
      Dimension d = s.parameter().dimension();
      if (d != null && s.direction() != Suggestion.Direction.OTHER) {
        double shown =
            d == Dimension.SPEED
                ? s.needed() * 1e3
                : d == Dimension.LENGTH ? s.needed() * 1e3 : s.needed();
        String unit =
            d == Dimension.SPEED
                ? " mm/s"
                : d == Dimension.LENGTH
                    ? " mm"
                    : d == Dimension.TEMPERATURE ? " °C" : " " + d.siSymbol();
        double scale = shown / s.needed();
        switch (s.direction()) {
          case BELOW -> why.append(" below ").append(Quantities.fmt(shown)).append(unit);
          case ABOVE -> why.append(" above ").append(Quantities.fmt(shown)).append(unit);
          default ->
              why.append(" between ")
                  .append(Quantities.fmt(shown))
                  .append(" and ")
                  .append(Quantities.fmt(s.neededHigh() * scale))
                  .append(unit);
        }
      }
      why.append('.');
    }
    return new Choice(null, why.toString());
  }
}
