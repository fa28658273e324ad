package dev.fusejet.validation;

import java.util.List;

/**
 * The findings for one record.
 *
 * @param subject what was validated, e.g. {@code "medium glossy-ldpe-70"}
 * @param findings every finding, errors first
 */
public record ValidationReport(String subject, List<Finding> findings) {

  /** Sorts findings by severity and copies the list. */
  public ValidationReport {
    findings = findings.stream().sorted(java.util.Comparator.comparing(Finding::severity)).toList();
  }

  /** Whether any finding is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Whether any finding is outside the design ranges. */
  public boolean outsideDesignRange() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.OUTSIDE_DESIGN_RANGE);
  }

  /** Findings of one severity. */
  public List<Finding> of(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }
}
