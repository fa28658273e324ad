package dev.fusejet.fuser;

import java.util.List;
import java.util.Optional;

/**
 * The planner's answer.
 *
 * @param problem the problem solved
 * @param point the chosen robust operating point, if one exists
 * @param heatValue (T - Tg) t at the nominal chosen point (°C·s), NaN if none
 * @param meltValue (T - T_M) t at the nominal chosen point (°C·s), NaN if none
 * @param heatMargin worst-case margin of expression (1)/(3) over the tolerance box (°C·s)
 * @param meltMargin worst-case margin of expression (2)/(4) over the tolerance box (°C·s)
 * @param robustTemperatureLow lowest robust set point at the chosen speed (°C), NaN if none
 * @param robustTemperatureHigh highest robust set point at the chosen speed (°C), NaN if none
 * @param blocking which expression prevents a robust point, empty when a point exists
 * @param bestPoint where the smallest worst-case margin is largest, when no robust point exists
 * @param suggestions changes that would make it feasible, when none exists (data: the edge words
 *     them)
 */
public record WindowPlan(
    WindowProblem problem,
    Optional<OperatingPoint> point,
    double heatValue,
    double meltValue,
    double heatMargin,
    double meltMargin,
    double robustTemperatureLow,
    double robustTemperatureHigh,
    Optional<Blocking> blocking,
    Optional<OperatingPoint> bestPoint,
    List<Suggestion> suggestions) {

  /** Copies the list. */
  public WindowPlan {
    suggestions = List.copyOf(suggestions);
  }

  /** Whether a robust operating point was found. */
  public boolean feasible() {
    return point.isPresent();
  }
}
