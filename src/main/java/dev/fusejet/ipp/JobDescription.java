package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.Tag;
import dev.fusejet.device.SetPoint;
import dev.fusejet.device.SheetRecord;
import dev.fusejet.job.DocumentInfo;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobSummary;
import dev.fusejet.job.JobTicket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A job's attributes for Get-Job-Attributes, Get-Jobs and the job operations' responses, from the
 * job service's {@link JobInfo}; with the fusing record as vendor attributes ({@code
 * docs/ipp-attributes.md}).
 */
final class JobDescription {
  private JobDescription() {}

  /**
   * Attributes only the job's owner (or the administrator) sees ({@code job-privacy-attributes}
   * default).
   */
  static final Set<String> PRIVATE =
      Set.of("job-name", "job-originating-user-name", "document-name-supplied");

  /** The vendor attribute with the per-sheet records; only returned when asked for by name. */
  static final String SHEET_RECORDS = "fusejet-sheet-records";

  /** Every attribute of {@code job}. */
  static Map<String, Attribute<?>> build(Printer p, Exchange ex, JobInfo job) {
    return build(p, ex, job, n -> true);
  }

  /**
   * The attributes of {@code job} that {@code want} accepts by name: the others are not built (a
   * Get-Jobs of a few attributes does not format every job's dates, summary and sheet records).
   * Everything is read from {@code job} as it is now; nothing is kept between requests.
   */
  static Map<String, Attribute<?>> build(
      Printer p, Exchange ex, JobInfo job, Predicate<String> want) {
    Map<String, Attribute<?>> a = new LinkedHashMap<>();
    JobTicket t = job.ticket();
    put(a, Attr.integer("job-id", job.id()));
    if (want.test("job-uri")) {
      put(a, Attr.uri("job-uri", p.jobUri(ex, job.id())));
    }
    if (want.test("job-printer-uri")) {
      put(a, Attr.uri("job-printer-uri", p.printerUri(ex.secure() ? "ipps" : "ipp", ex)));
    }
    if (want.test("job-more-info")) {
      put(a, Attr.uri("job-more-info", p.webUri(ex) + "#job-" + job.id()));
    }
    if (want.test("job-name")) {
      put(a, Attr.name("job-name", t.name()));
    }
    if (want.test("job-originating-user-name")) {
      put(a, Attr.name("job-originating-user-name", t.user()));
    }
    put(a, Attr.enums("job-state", job.state().ipp()));
    if (want.test("job-state-reasons")) {
      put(
          a,
          Attr.keywords(
              "job-state-reasons",
              job.reasons().isEmpty() ? List.of("none") : List.copyOf(job.reasons())));
    }
    if (want.test("job-state-message")) {
      put(a, Attr.text("job-state-message", job.message() == null ? "" : job.message()));
    }
    if (want.test("job-printer-up-time")) {
      put(a, Attr.integer("job-printer-up-time", p.upTime(p.now())));
    }
    time(a, want, p, "creation", job.created());
    time(a, want, p, "processing", job.processing());
    time(a, want, p, "completed", job.completed());
    put(
        a,
        want,
        "number-of-documents",
        () -> Attr.integer("number-of-documents", job.documents().size()));
    if (want.test("job-k-octets")) {
      long bytes = 0;
      for (DocumentInfo d : job.documents()) {
        bytes += d.size();
      }
      put(
          a,
          Attr.integer("job-k-octets", (int) Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024)));
    }
    if (!job.documents().isEmpty()) {
      DocumentInfo last = job.documents().get(job.documents().size() - 1);
      if (want.test("document-name-supplied")) {
        put(a, Attr.name("document-name-supplied", last.name()));
      }
      if (want.test("document-format-supplied")) {
        put(a, Attr.mime("document-format-supplied", p.suppliedFormat(job.id(), last)));
      }
      if (want.test("document-format")) {
        put(a, Attr.mime("document-format", last.format()));
      }
      if (want.test("document-format-detected")) {
        put(a, Attr.mime("document-format-detected", last.format()));
      }
    }
    if (job.sheetsTotal() > 0) {
      put(a, want, "job-impressions", () -> Attr.integer("job-impressions", job.sheetsTotal()));
      put(a, want, "job-media-sheets", () -> Attr.integer("job-media-sheets", job.sheetsTotal()));
    }
    put(
        a,
        want,
        "job-impressions-completed",
        () -> Attr.integer("job-impressions-completed", job.sheetsCompleted()));
    put(
        a,
        want,
        "job-media-sheets-completed",
        () -> Attr.integer("job-media-sheets-completed", job.sheetsCompleted()));
    put(a, want, "copies", () -> Attr.integer("copies", t.copies()));
    put(a, want, "job-priority", () -> Attr.integer("job-priority", t.priority()));
    put(
        a,
        want,
        "job-hold-until",
        () ->
            Attr.keyword(
                "job-hold-until",
                t.holdUntil().keyword().equals("time") ? "indefinite" : t.holdUntil().keyword()));
    put(a, want, "print-quality", () -> Attr.enums("print-quality", qualityEnum(t.quality())));
    put(a, want, "print-color-mode", () -> Attr.keyword("print-color-mode", t.colourMode()));
    put(
        a,
        want,
        "print-rendering-intent",
        () -> Attr.keyword("print-rendering-intent", t.renderingIntent()));
    put(
        a,
        want,
        "print-content-optimize",
        () -> Attr.keyword("print-content-optimize", t.content()));
    put(a, want, "print-scaling", () -> Attr.keyword("print-scaling", t.scaling()));
    if (t.source() != null) {
      put(a, want, "media-source", () -> Attr.keyword("media-source", t.source()));
    }
    if (t.medium() != null) {
      put(a, want, "media-type", () -> Attr.keyword("media-type", t.medium()));
    }
    if (t.size() != null) {
      put(a, want, "media", () -> Attr.keyword("media", MediaNames.pwg(t.size())));
    }
    if (t.size() != null || t.source() != null || t.medium() != null || t.borderless()) {
      put(a, want, "media-col", () -> Attr.collection("media-col", mediaCol(t)));
    }

    // The fusing record (vendor attributes)
    put(
        a,
        want,
        Capabilities.FUSING_MODE,
        () ->
            Attr.keyword(
                Capabilities.FUSING_MODE, t.fusing() == null ? "auto" : t.fusing().label()));
    SetPoint sp = job.setPoint();
    if (sp != null) {
      put(
          a,
          want,
          "fusejet-set-point-mode",
          () -> Attr.keyword("fusejet-set-point-mode", sp.mode().label()));
      put(
          a,
          want,
          "fusejet-set-point-temperature",
          () -> Attr.integer("fusejet-set-point-temperature", milli(sp.temperature())));
      put(
          a,
          want,
          "fusejet-set-point-speed",
          () -> Attr.integer("fusejet-set-point-speed", micro(sp.speed())));
      put(
          a,
          want,
          "fusejet-set-point-dwell",
          () -> Attr.integer("fusejet-set-point-dwell", micro(sp.dwell())));
    }
    JobSummary s = job.summary();
    if (s != null) {
      put(a, want, "fusejet-sheets-fused", () -> Attr.integer("fusejet-sheets-fused", s.sheets()));
      put(
          a,
          want,
          "fusejet-sheets-compliant",
          () -> Attr.integer("fusejet-sheets-compliant", s.compliant()));
      put(
          a,
          want,
          "fusejet-sheets-outside-window",
          () -> Attr.integer("fusejet-sheets-outside-window", s.sheets() - s.compliant()));
      if (s.sheets() > 0) {
        put(
            a,
            want,
            "fusejet-min-heat-margin",
            () -> Attr.integer("fusejet-min-heat-margin", milli(s.minHeatMargin())));
        put(
            a,
            want,
            "fusejet-min-melt-margin",
            () -> Attr.integer("fusejet-min-melt-margin", milli(s.minMeltMargin())));
      }
      put(
          a,
          want,
          "fusejet-fusing-summary",
          () -> Attr.text("fusejet-fusing-summary", summary(job)));
    }
    if (want.test(SHEET_RECORDS)) {
      List<List<Attribute<?>>> records = new ArrayList<>();
      for (SheetRecord r : job.sheets()) {
        records.add(record(r));
      }
      put(
          a,
          records.isEmpty()
              ? Attr.outOfBand(SHEET_RECORDS, Tag.noValue)
              : Attr.collections(SHEET_RECORDS, records));
    }
    return a;
  }

  /**
   * The job's media-col as it asked for it: the size matched among those offered (its dimensions
   * and PWG name), the source, the type, and zero margins when borderless.
   */
  static List<Attribute<?>> mediaCol(JobTicket t) {
    List<Attribute<?>> c = new ArrayList<>();
    if (t.size() != null) {
      c.add(Attr.collection("media-size", PrinterDescription.sizeCol(t.size())));
      c.add(Attr.keyword("media-size-name", MediaNames.pwg(t.size())));
    }
    if (t.source() != null) {
      c.add(Attr.keyword("media-source", t.source()));
    }
    if (t.medium() != null) {
      c.add(Attr.keyword("media-type", t.medium()));
    }
    if (t.borderless()) {
      for (String side : List.of("bottom", "left", "right", "top")) {
        c.add(Attr.integer("media-" + side + "-margin", 0));
      }
    }
    return c;
  }

  /** One sheet's record as a collection (units in docs/ipp-attributes.md). */
  static List<Attribute<?>> record(SheetRecord r) {
    List<Attribute<?>> c = new ArrayList<>();
    c.add(Attr.integer("sheet", r.sheet()));
    c.add(Attr.integer("page", r.page()));
    c.add(Attr.integer("copy", r.copy()));
    c.add(Attr.keyword("media-source", r.source()));
    c.add(Attr.keyword("media-type", r.medium()));
    c.add(Attr.keyword("fusing-mode", r.mode().label()));
    c.add(Attr.integer("surface-temperature", milli(r.surfaceEntry())));
    c.add(Attr.integer("dwell", micro(r.dwell())));
    c.add(Attr.integer("heat-product", milli(r.claimedSintering())));
    c.add(Attr.integer("melt-product", milli(r.claimedMelting())));
    c.add(Attr.integer("heat-margin", milli(r.heatMargin())));
    c.add(Attr.integer("melt-margin", milli(r.meltMargin())));
    c.add(Attr.integer("ink-volume", (int) Math.round(r.totalInk() * 1e12)));
    c.add(Attr.integer("gloss-60", milli(r.gloss60())));
    c.add(Attr.bool("compliant", r.compliant()));
    c.add(Attr.bool("canceled", r.canceled()));
    c.add(
        Attr.text(
            "summary",
            String.format(
                Locale.ROOT,
                "sheet %d: T=%.1f C, t=%.3f s, (T-Tg)t=%.2f C.s, (T-TM)t=%.2f C.s, %s",
                r.sheet(),
                r.surfaceEntry(),
                r.dwell(),
                r.claimedSintering(),
                r.claimedMelting(),
                r.compliant() ? "compliant" : "OUTSIDE the window")));
    return c;
  }

  private static String summary(JobInfo job) {
    JobSummary s = job.summary();
    if (s.sheets() == 0) {
      return "no sheet fused yet";
    }
    return String.format(
        Locale.ROOT,
        "%d sheet(s) fused, %d outside the window; smallest margins: heat %.2f C.s, melt %.2f C.s",
        s.sheets(),
        s.sheets() - s.compliant(),
        s.minHeatMargin(),
        s.minMeltMargin());
  }

  /** A value in thousandths (IPP has no real numbers): °C to m°C, °C·s to m°C·s, GU to mGU. */
  static int milli(double v) {
    return Double.isFinite(v) ? (int) Math.round(v * 1000) : 0;
  }

  /** Seconds to microseconds, m/s to µm/s. */
  static int micro(double v) {
    return Double.isFinite(v) ? (int) Math.round(v * 1e6) : 0;
  }

  static int qualityEnum(String q) {
    return switch (q) {
      case "draft" -> 3;
      case "high" -> 5;
      default -> 4;
    };
  }

  private static void time(
      Map<String, Attribute<?>> a, Predicate<String> want, Printer p, String what, Instant when) {
    String time = "time-at-" + what;
    String date = "date-time-at-" + what;
    if (want.test(time)) {
      put(a, when == null ? Attr.outOfBand(time, Tag.noValue) : Attr.integer(time, p.upTime(when)));
    }
    if (want.test(date)) {
      put(a, when == null ? Attr.outOfBand(date, Tag.noValue) : Attr.dateTime(date, when));
    }
  }

  private static void put(Map<String, Attribute<?>> a, Attribute<?> attr) {
    a.put(attr.getName(), attr);
  }

  /** Builds and adds the attribute {@code name} when {@code want} accepts it. */
  private static void put(
      Map<String, Attribute<?>> a,
      Predicate<String> want,
      String name,
      Supplier<Attribute<?>> attr) {
    if (want.test(name)) {
      a.put(name, attr.get());
    }
  }
}
