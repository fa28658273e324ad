package dev.fusejet.validation;

import dev.fusejet.units.Quantities;
import dev.fusejet.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Collects {@link Finding}s while a validator walks a record, with helpers for the common checks.
 * Not thread-safe; one instance per validation.
 */
public final class Findings {
  /** Relative slack on inclusive limits, far below any meaningful difference (1). */
  static final double INCLUSIVE_SLACK = 1e-12;

  private final List<Finding> list = new ArrayList<>();

  /** Adds a finding. */
  public void add(Severity severity, String field, String value, String limit, String advice) {
    list.add(new Finding(severity, field, value, limit, advice));
  }

  /** Adds an error unless {@code value > 0} and finite. */
  public void positive(String field, double value, DoubleFunction<String> fmt) {
    if (!(value > 0) || Double.isInfinite(value)) {
      add(Severity.ERROR, field, fmt.apply(value), "> 0", "give a positive, finite value");
    }
  }

  /** Adds an error unless {@code value >= 0} and finite. */
  public void nonNegative(String field, double value, DoubleFunction<String> fmt) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      add(Severity.ERROR, field, fmt.apply(value), ">= 0", "give a value of zero or more");
    }
  }

  /**
   * Adds a finding of {@code severity} unless {@code lo <= value <= hi}.
   *
   * @param advice what to change, appended to the finding
   */
  public void within(
      Severity severity,
      String field,
      double value,
      double lo,
      double hi,
      DoubleFunction<String> fmt,
      String advice) {
    // Limits are inclusive up to rounding: "10 um" and "0.01 mm" must both pass a 10 µm limit.
    double slack = INCLUSIVE_SLACK * Math.max(Math.abs(lo), Math.abs(hi));
    if (!(value >= lo - slack && value <= hi + slack)) {
      add(severity, field, fmt.apply(value), fmt.apply(lo) + " to " + fmt.apply(hi), advice);
    }
  }

  /** Absolute zero (°C): no temperature lies below it [BIPM SI Brochure, 9th ed., 2019]. */
  public static final double ABSOLUTE_ZERO_CELSIUS = -Units.ZERO_CELSIUS_IN_KELVIN;

  /**
   * Adds an error unless {@code celsius} is a finite temperature at or above absolute zero: such a
   * value is impossible, not merely outside a design range, so no override may accept it.
   *
   * @return whether the temperature is physically possible
   */
  public boolean temperature(String field, double celsius, String advice) {
    if (!(celsius >= ABSOLUTE_ZERO_CELSIUS) || Double.isInfinite(celsius)) {
      add(
          Severity.ERROR,
          field,
          Quantities.celsius(celsius),
          ">= " + Quantities.absoluteZero() + " (absolute zero), finite",
          advice);
      return false;
    }
    return true;
  }

  /** Adds an error if {@code text} is null or blank. */
  public void named(String field, String text) {
    if (text == null || text.isBlank()) {
      add(Severity.ERROR, field, "(empty)", "a name", "give a non-empty name");
    }
  }

  /** Adds all findings from another collection, prefixing their field paths. */
  public void addAll(String prefix, List<Finding> others) {
    for (Finding f : others) {
      list.add(
          new Finding(f.severity(), prefix + "." + f.field(), f.value(), f.limit(), f.advice()));
    }
  }

  /** The findings so far, as an immutable list. */
  public List<Finding> toList() {
    return List.copyOf(list);
  }
}
