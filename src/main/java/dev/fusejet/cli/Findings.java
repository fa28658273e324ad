package dev.fusejet.cli;

import dev.fusejet.validation.Finding;
import dev.fusejet.validation.ValidationReport;
import java.io.PrintWriter;

/** Prints validation reports for people. */
final class Findings {
  private Findings() {}

  static void print(PrintWriter out, ValidationReport report) {
    if (report.findings().isEmpty()) {
      out.println(report.subject() + ": valid, within the design ranges");
      return;
    }
    out.println(report.subject() + ":");
    for (Finding f : report.findings()) {
      out.println("  " + f.describe());
    }
  }
}
