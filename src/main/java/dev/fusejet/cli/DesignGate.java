package dev.fusejet.cli;

import dev.fusejet.validation.Finding;
import dev.fusejet.validation.Severity;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;

/**
 * Refuses records with errors, and records outside the design ranges unless the user gave an
 * override reason; prints what it found either way.
 */
final class DesignGate {
  private DesignGate() {}

  static boolean accept(PrintWriter err, String overrideReason, ValidationReport... reports) {
    boolean ok = true;
    for (ValidationReport r : reports) {
      for (Finding f : r.findings()) {
        boolean blocks =
            f.severity() == Severity.ERROR
                || (f.severity() == Severity.OUTSIDE_DESIGN_RANGE && overrideReason == null);
        if (blocks || f.severity() == Severity.OUTSIDE_DESIGN_RANGE) {
          err.println(r.subject() + ": " + f.describe());
        }
        ok &= !blocks;
      }
    }
    if (!ok) {
      boolean onlyDesign = java.util.Arrays.stream(reports).noneMatch(ValidationReport::hasErrors);
      err.println(
          onlyDesign
              ? "Refusing values outside the design ranges; fix them or rerun with"
                  + " --override-design \"REASON\" (the reason is recorded)."
              : "Fix the errors above in the named file; see docs/media-format.md.");
    }
    return ok;
  }

  /** Exit status of a validate command: 1 errors, 3 outside the design ranges only, 0 valid. */
  static int exitStatus(ValidationReport r) {
    return r.hasErrors() ? 1 : r.outsideDesignRange() ? 3 : 0;
  }
}
