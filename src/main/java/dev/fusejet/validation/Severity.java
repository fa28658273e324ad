package dev.fusejet.validation;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** Impossible or inconsistent: the record cannot be used at all. */
  ERROR,
  /**
   * Physically possible but outside the ranges the fusing design requires: usable only with an
   * override.
   */
  OUTSIDE_DESIGN_RANGE,
  /** Worth knowing, no action required. */
  NOTE;

  /** The lower-case label used in reports and JSON ("error", "outside-design-range", "note"). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
