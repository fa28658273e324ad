package dev.fusejet.validation;

import java.util.List;
import java.util.function.UnaryOperator;

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

  /**
   * This report for a record read from a file: the subject names the file, and each finding the
   * place its field is written ({@code where} maps a field path to {@code FILE:LINE}).
   */
  public ValidationReport locatedIn(String file, UnaryOperator<String> where) {
    return new ValidationReport(
        subject + " (" + file + ")",
        findings.stream().map(f -> f.at(where.apply(f.field()))).toList());
  }
}
