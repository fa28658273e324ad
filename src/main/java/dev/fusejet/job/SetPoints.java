package dev.fusejet.job;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.device.SetPoint;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.fuser.ProcessWindowPlanner;
import dev.fusejet.fuser.WindowPlan;
import dev.fusejet.fuser.WindowProblem;
import dev.fusejet.media.Medium;
import dev.fusejet.nip.NipMechanics;
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
      return new Choice(new SetPoint(p.temperature(), p.speed(), p.dwell(), mode), "");
    }
    StringBuilder why =
        new StringBuilder("no robust ")
            .append(mode.label())
            .append(" fusing set point for ")
            .append(medium.name())
            .append(" on ")
            .append(apparatus.name());
    plan.blocking().ifPresent(b -> why.append(" (blocked by the ").append(b).append(" condition)"));
    if (!plan.reasoning().isEmpty()) {
      why.append(": ").append(plan.reasoning().get(plan.reasoning().size() - 1));
    }
    if (!plan.suggestions().isEmpty()) {
      var s = plan.suggestions().get(0);
      why.append(" Suggestion: ")
          .append(s.parameter())
          .append(" from ")
          .append(s.current())
          .append(" to ")
          .append(s.needed())
          .append(" (")
          .append(s.why())
          .append(").");
    }
    return new Choice(null, why.toString());
  }
}
