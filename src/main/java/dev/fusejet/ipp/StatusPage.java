package dev.fusejet.ipp;

import dev.fusejet.device.Supply;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobService;
import dev.fusejet.job.PrinterStatus;

/** The plain status page behind printer-more-info: state, supplies, recent jobs. */
final class StatusPage {
  private StatusPage() {}

  static String html(Printer p) {
    PrinterStatus s = p.status();
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(p.options().name()))
        .append("</title></head><body><h1>")
        .append(esc(p.options().name()))
        .append("</h1><p>")
        .append(esc(p.capabilities().device.makeAndModel()))
        .append("</p><p>State: <b>")
        .append(s.state().keyword())
        .append("</b> ")
        .append(esc(String.join(", ", s.reasons())))
        .append(" ")
        .append(esc(s.message() == null ? "" : s.message()))
        .append("</p><h2 id=\"supplies\">Supplies</h2><ul>");
    for (Supply x : s.supplies()) {
      b.append("<li>").append(esc(x.name())).append(": ").append(x.level()).append(" %</li>");
    }
    b.append("</ul><h2>Jobs</h2><ul>");
    for (JobInfo j : p.jobsForPage()) {
      b.append("<li id=\"job-")
          .append(j.id())
          .append("\">")
          .append(j.id())
          .append(" ")
          .append(esc(j.ticket().name()))
          .append(": ")
          .append(j.state().keyword())
          .append(", ")
          .append(j.sheetsCompleted())
          .append(" sheet(s)</li>");
    }
    return b.append("</ul></body></html>\n").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Jobs listed on the page. */
  static final int JOBS = 20;

  static JobService.Which which() {
    return JobService.Which.ALL;
  }
}
