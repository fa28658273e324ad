package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.Tag;
import dev.fusejet.device.MediaSource;
import dev.fusejet.device.Supply;
import dev.fusejet.job.JobTicket;
import dev.fusejet.job.PrinterStatus;
import dev.fusejet.raster.MediaSize;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The printer's attributes for Get-Printer-Attributes, built on each request from the device's
 * capabilities and status, the queue, and the settings: nothing here is a constant that the device
 * could contradict. Names follow RFC 8011, PWG 5100.7 (job extensions), PWG 5100.13 (Everywhere
 * attributes), PWG 5100.14 and RFC 3995 (notifications).
 */
final class PrinterDescription {

  /** Job template attributes: those whose -default/-supported belong to the job-template group. */
  static final Set<String> JOB_TEMPLATE =
      Set.of(
          "copies",
          "finishings",
          "job-hold-until",
          "job-priority",
          "job-sheets",
          "media",
          "media-col",
          "media-source",
          "media-type",
          "media-size",
          "media-bottom-margin",
          "media-left-margin",
          "media-right-margin",
          "media-top-margin",
          "multiple-document-handling",
          "number-up",
          "orientation-requested",
          "output-bin",
          "page-ranges",
          "print-color-mode",
          "print-content-optimize",
          "print-quality",
          "print-rendering-intent",
          "print-scaling",
          "printer-resolution",
          "sides",
          Capabilities.FUSING_MODE);

  /** Job template attributes a job may carry ({@code job-creation-attributes-supported}). */
  static final List<String> CREATION_ATTRIBUTES =
      List.of(
          "copies",
          "finishings",
          "job-hold-until",
          "job-name",
          "job-priority",
          "media",
          "media-col",
          "multiple-document-handling",
          "orientation-requested",
          "output-bin",
          "page-ranges",
          "print-color-mode",
          "print-content-optimize",
          "print-quality",
          "print-rendering-intent",
          "print-scaling",
          "printer-resolution",
          "sides",
          Capabilities.FUSING_MODE);

  /** Events a subscription may ask for (RFC 3995 section 5.3.3). */
  static final List<String> NOTIFY_EVENTS =
      List.of(
          "job-completed",
          "job-created",
          "job-progress",
          "job-state-changed",
          "printer-config-changed",
          "printer-state-changed");

  /** multiple-operation-time-out (s): as ippeveprinter and PAPPL. */
  static final int MULTIPLE_OPERATION_TIME_OUT =
      (int) dev.fusejet.job.JobService.MULTIPLE_OPERATION_TIME_OUT.toSeconds();

  private PrinterDescription() {}

  /**
   * Everything the printer reports, in a stable order; media-col-database included: the attributes
   * that follow from the capabilities and settings ({@link #fixed}, which the printer may cache
   * while those stay the same) and those that change from one request to the next ({@link #live}).
   */
  static Map<String, Attribute<?>> build(Printer p, Exchange ex) {
    Capabilities caps = p.capabilities();
    Map<String, Attribute<?>> a = fixed(p, ex, caps);
    a.putAll(live(p));
    return a;
  }

  /** State, times, supplies, queue: read from the device and the job service on each request. */
  static Map<String, Attribute<?>> live(Printer p) {
    return live(p, n -> true);
  }

  /**
   * The live attributes, in {@link #live}'s order, of the groups {@code wanted} names one of
   * (state, each time, supplies, spool; the caller picks the attributes out): only what is asked
   * for is read and built, so a request for three state attributes neither builds the supplies nor
   * asks the file system for the spool's free space.
   */
  static Map<String, Attribute<?>> live(Printer p, java.util.function.Predicate<String> wanted) {
    Map<String, Attribute<?>> a = new LinkedHashMap<>();
    boolean state =
        wanted.test("printer-state")
            || wanted.test("printer-state-reasons")
            || wanted.test("printer-state-message")
            || wanted.test("printer-alert")
            || wanted.test("printer-alert-description")
            || wanted.test("queued-job-count");
    boolean supplies = false;
    for (String n : SUPPLY_NAMES) {
      supplies |= wanted.test(n);
    }
    PrinterStatus status = state || supplies ? p.status() : null;
    if (state) {
      put(a, Attr.enums("printer-state", status.state().ipp()));
      List<String> reasons = new ArrayList<>(status.reasons());
      if (p.identifyRequested()) {
        reasons.add("identify-printer-requested");
      }
      put(a, Attr.keywords("printer-state-reasons", reasons.isEmpty() ? List.of("none") : reasons));
      put(a, Attr.text("printer-state-message", status.message() == null ? "" : status.message()));
      alerts(a, status);
    }
    if (wanted.test("printer-is-accepting-jobs")) {
      put(a, Attr.bool("printer-is-accepting-jobs", p.acceptingJobs()));
    }
    if (state) {
      put(a, Attr.integer("queued-job-count", status.queued()));
    }
    Instant now = p.now();
    if (wanted.test("printer-up-time")) {
      put(a, Attr.integer("printer-up-time", p.upTime(now)));
    }
    if (wanted.test("printer-current-time")) {
      put(a, Attr.dateTime("printer-current-time", now));
    }
    if (wanted.test("printer-state-change-time")) {
      put(a, Attr.integer("printer-state-change-time", p.upTime(p.stateChanged())));
    }
    if (wanted.test("printer-state-change-date-time")) {
      put(a, Attr.dateTime("printer-state-change-date-time", p.stateChanged()));
    }
    if (wanted.test("printer-config-change-time")) {
      put(a, Attr.integer("printer-config-change-time", p.upTime(p.configChanged())));
    }
    if (wanted.test("printer-config-change-date-time")) {
      put(a, Attr.dateTime("printer-config-change-date-time", p.configChanged()));
    }
    if (wanted.test("printer-config-changes")) {
      put(a, Attr.integer("printer-config-changes", p.configChanges()));
    }
    if (supplies) {
      supplies(a, status.supplies());
    }
    if (wanted.test("job-k-octets-supported")) {
      put(a, Attr.range("job-k-octets-supported", 0, p.spoolKiloOctets()));
    }
    return a;
  }

  /** The live attributes {@link #supplies} reports. */
  private static final List<String> SUPPLY_NAMES =
      List.of(
          "printer-supply",
          "printer-supply-description",
          "marker-names",
          "marker-colors",
          "marker-levels",
          "marker-low-levels",
          "marker-high-levels",
          "marker-types");

  /** Every name {@link #live} may report (the alerts and supplies only when there are some). */
  static final Set<String> LIVE =
      Set.of(
          "printer-state",
          "printer-state-reasons",
          "printer-state-message",
          "printer-alert",
          "printer-alert-description",
          "printer-is-accepting-jobs",
          "queued-job-count",
          "printer-up-time",
          "printer-current-time",
          "printer-state-change-time",
          "printer-state-change-date-time",
          "printer-config-change-time",
          "printer-config-change-date-time",
          "printer-config-changes",
          "printer-supply",
          "printer-supply-description",
          "marker-names",
          "marker-colors",
          "marker-levels",
          "marker-low-levels",
          "marker-high-levels",
          "marker-types",
          "job-k-octets-supported");

  /**
   * True when a printer attribute belongs to the job-template group: the -default, -supported,
   * -ready and -database attributes of a job template attribute.
   */
  static boolean isTemplate(String name) {
    for (String suffix : TEMPLATE_SUFFIXES) {
      if (name.endsWith(suffix)) {
        return JOB_TEMPLATE.contains(name.substring(0, name.length() - suffix.length()));
      }
    }
    return false;
  }

  private static final List<String> TEMPLATE_SUFFIXES =
      List.of("-default", "-supported", "-ready", "-database");

  /** What follows from the capabilities, the settings and the URI the client used. */
  static Map<String, Attribute<?>> fixed(Printer p, Exchange ex, Capabilities caps) {
    PrinterSettings settings = p.settings();
    ServeOptions o = p.options();
    Map<String, Attribute<?>> a = new LinkedHashMap<>();
    String ippUri = p.printerUri("ipp", ex);
    String ippsUri = p.printerUri("ipps", ex);
    String web = p.webUri(ex);

    // Printer description (RFC 8011 section 5.4)
    put(a, Attr.uri("printer-uri-supported", ippUri, ippsUri));
    put(a, Attr.keyword("uri-security-supported", "none", "tls"));
    put(
        a,
        Attr.keyword(
            "uri-authentication-supported", "requesting-user-name", "requesting-user-name"));
    put(a, Attr.name("printer-name", o.name()));
    put(a, Attr.text("printer-location", settings.get("printer-location")));
    put(a, Attr.text("printer-info", settings.get("printer-info")));
    put(a, Attr.text("printer-make-and-model", caps.device.makeAndModel()));
    put(a, Attr.uri("printer-more-info", web));
    put(a, Attr.uri("printer-supply-info-uri", web + "#supplies"));
    put(a, Attr.text("printer-organization", settings.get("printer-organization")));
    put(a, Attr.text("printer-organizational-unit", settings.get("printer-organizational-unit")));
    String geo = settings.get("printer-geo-location");
    put(
        a,
        geo.isEmpty()
            ? Attr.outOfBand("printer-geo-location", Tag.unknown)
            : Attr.uri("printer-geo-location", geo));
    put(a, Attr.uri("printer-uuid", settings.get("printer-uuid")));
    put(a, Attr.text("printer-device-id", deviceId(caps)));
    List<String> icons = new ArrayList<>();
    for (int size : StaticPages.ICON_SIZES) {
      icons.add(p.webBase(ex) + StaticPages.iconPath(size));
    }
    put(a, Attr.uris("printer-icons", icons));
    put(a, Attr.keyword("printer-kind", "photo", "document"));

    // Protocol
    put(a, Attr.charset("charset-configured", "utf-8"));
    put(a, Attr.charset("charset-supported", "utf-8", "us-ascii"));
    put(a, Attr.language("natural-language-configured", "en"));
    put(a, Attr.language("generated-natural-language-supported", "en"));
    put(a, Attr.keywords("ipp-versions-supported", RequestChecks.VERSION_KEYWORDS));
    put(a, Attr.keyword("ipp-features-supported", "ipp-everywhere", "document-object"));
    put(a, Attr.enumList("operations-supported", p.operationCodes()));
    put(a, Attr.mime("document-format-default", DocumentFormats.OCTET_STREAM));
    put(a, Attr.mimes("document-format-supported", DocumentFormats.SUPPORTED));
    put(a, Attr.keywords("compression-supported", DocumentFormats.COMPRESSION));
    put(a, Attr.keyword("pdl-override-supported", "attempted"));
    put(a, Attr.keyword("printer-get-attributes-supported", "document-format"));
    put(a, Attr.bool("job-ids-supported", true));
    put(a, Attr.bool("preferred-attributes-supported", false));
    put(a, Attr.bool("multiple-document-jobs-supported", true));
    put(a, Attr.integer("multiple-operation-time-out", MULTIPLE_OPERATION_TIME_OUT));
    put(a, Attr.keyword("multiple-operation-time-out-action", "process-job"));
    put(a, Attr.keywords("job-creation-attributes-supported", CREATION_ATTRIBUTES));
    put(a, Attr.keyword("overrides-supported", "document-number", "document-numbers", "pages"));
    put(
        a,
        Attr.keyword(
            "which-jobs-supported",
            "completed",
            "not-completed",
            "all",
            "aborted",
            "canceled",
            "pending",
            "pending-held",
            "processing",
            "processing-stopped"));
    put(a, Attr.range("job-impressions-supported", 1, Integer.MAX_VALUE));
    put(a, Attr.range("job-media-sheets-supported", 1, Integer.MAX_VALUE));
    put(a, Attr.keyword("identify-actions-default", "flash"));
    put(a, Attr.keyword("identify-actions-supported", "display", "flash", "sound", "speak"));
    put(a, Attr.keywords("printer-settable-attributes-supported", PrinterSettings.SETTABLE));
    put(a, Attr.keyword("job-privacy-attributes", "default"));
    put(a, Attr.keyword("job-privacy-scope", "owner"));
    put(a, Attr.bool("color-supported", true));
    put(a, Attr.integer("pages-per-minute", caps.pagesPerMinute(caps.defaultSize())));
    put(a, Attr.integer("pages-per-minute-color", caps.pagesPerMinute(caps.defaultSize())));

    // Notifications (RFC 3995, RFC 3996 ippget)
    put(a, Attr.keywords("notify-events-supported", NOTIFY_EVENTS));
    put(a, Attr.keyword("notify-events-default", "job-completed"));
    put(a, Attr.keyword("notify-pull-method-supported", "ippget"));
    put(a, Attr.range("notify-lease-duration-supported", 0, Subscriptions.MAX_LEASE_SECONDS));
    put(a, Attr.integer("notify-lease-duration-default", Subscriptions.DEFAULT_LEASE_SECONDS));
    put(a, Attr.integer("notify-max-events-supported", Subscriptions.MAX_EVENTS));

    // Job template defaults and supported values (RFC 8011 section 5.2, PWG 5100.7/.13)
    put(a, Attr.integer("copies-default", 1));
    put(a, Attr.range("copies-supported", 1, Capabilities.MAX_COPIES));
    put(a, Attr.enums("finishings-default", 3));
    put(a, Attr.enums("finishings-supported", 3));
    put(a, Attr.keyword("job-hold-until-default", "no-hold"));
    put(a, Attr.keywords("job-hold-until-supported", Capabilities.HOLD_UNTIL));
    put(a, Attr.integer("job-priority-default", JobTicket.DEFAULT_PRIORITY));
    put(a, Attr.integer("job-priority-supported", 100));
    put(a, Attr.keyword("job-sheets-default", "none"));
    put(a, Attr.keyword("job-sheets-supported", "none"));
    put(
        a,
        Attr.keyword("multiple-document-handling-default", "separate-documents-collated-copies"));
    put(
        a,
        Attr.keywords(
            "multiple-document-handling-supported", Capabilities.MULTIPLE_DOCUMENT_HANDLING));
    put(a, Attr.integer("number-up-default", 1));
    put(a, Attr.integer("number-up-supported", 1));
    put(a, Attr.outOfBand("orientation-requested-default", Tag.noValue));
    put(a, Attr.enums("orientation-requested-supported", 3, 4, 5, 6));
    put(a, Attr.keyword("output-bin-default", "face-up"));
    put(a, Attr.keyword("output-bin-supported", "face-up"));
    put(a, Attr.bool("page-ranges-supported", true));
    put(a, Attr.keyword("print-color-mode-default", "color"));
    put(a, Attr.keywords("print-color-mode-supported", Capabilities.COLOR_MODES));
    put(a, Attr.keyword("print-content-optimize-default", "auto"));
    put(a, Attr.keywords("print-content-optimize-supported", Capabilities.CONTENT));
    put(a, Attr.enums("print-quality-default", 4));
    put(a, Attr.enums("print-quality-supported", 3, 4, 5));
    put(a, Attr.keyword("print-rendering-intent-default", "perceptual"));
    put(a, Attr.keywords("print-rendering-intent-supported", Capabilities.INTENTS));
    put(a, Attr.keyword("print-scaling-default", "auto"));
    put(a, Attr.keywords("print-scaling-supported", Capabilities.SCALING));
    put(a, Attr.resolutions("printer-resolution-default", List.of(caps.defaultResolution())));
    put(a, Attr.resolutions("printer-resolution-supported", caps.resolutions()));
    put(a, Attr.keyword("sides-default", "one-sided"));
    put(a, Attr.keywords("sides-supported", Capabilities.SIDES));
    put(a, Attr.keyword(Capabilities.FUSING_MODE + "-default", "auto"));
    put(a, Attr.keywords(Capabilities.FUSING_MODE + "-supported", Capabilities.fusingModes()));

    // Media (PWG 5100.7, 5100.13)
    MediaSize defSize = caps.defaultSize();
    put(a, Attr.keyword("media-default", MediaNames.pwg(defSize)));
    put(a, Attr.keywords("media-supported", caps.mediaNames()));
    List<String> ready = new ArrayList<>();
    List<List<Attribute<?>>> readyCols = new ArrayList<>();
    for (MediaSource s : caps.device.sources()) {
      if (s.ready() && s.size() != null) {
        if (!ready.contains(MediaNames.pwg(s.size()))) {
          ready.add(MediaNames.pwg(s.size()));
        }
        readyCols.add(mediaCol(s.size(), s.medium().name(), s.name(), caps.defaultMargin()));
      }
    }
    if (ready.isEmpty()) {
      put(a, Attr.outOfBand("media-ready", Tag.noValue));
      put(a, Attr.outOfBand("media-col-ready", Tag.noValue));
    } else {
      put(a, Attr.keywords("media-ready", ready));
      put(a, Attr.collections("media-col-ready", readyCols));
    }
    String defSource = caps.defaultSource().map(MediaSource::name).orElse("auto");
    put(
        a,
        Attr.collection(
            "media-col-default",
            mediaCol(defSize, caps.defaultMediaType(), defSource, caps.defaultMargin())));
    put(
        a,
        Attr.keyword(
            "media-col-supported",
            "media-bottom-margin",
            "media-left-margin",
            "media-right-margin",
            "media-size",
            "media-source",
            "media-top-margin",
            "media-type"));
    List<List<Attribute<?>>> sizes = new ArrayList<>();
    for (MediaSize s : caps.sizes()) {
      sizes.add(sizeCol(s));
    }
    put(a, Attr.collections("media-size-supported", sizes));
    put(a, Attr.keywords("media-source-supported", caps.sources()));
    put(a, Attr.keywords("media-type-supported", caps.mediaTypes()));
    for (String side : List.of("bottom", "left", "right", "top")) {
      put(a, Attr.integers("media-" + side + "-margin-supported", caps.margins()));
    }
    List<List<Attribute<?>>> database = new ArrayList<>();
    for (MediaSize s : caps.sizes()) {
      for (String type : caps.mediaTypes()) {
        for (int margin : caps.margins()) {
          List<Attribute<?>> col = new ArrayList<>();
          col.add(Attr.collection("media-size", sizeCol(s)));
          col.add(Attr.keyword("media-type", type));
          for (String side : List.of("bottom", "left", "right", "top")) {
            col.add(Attr.integer("media-" + side + "-margin", margin));
          }
          database.add(col);
        }
      }
    }
    put(a, Attr.collections("media-col-database", database));

    // Raster formats the head takes (PWG 5102.4, Apple's URF)
    List<int[]> squares = new ArrayList<>();
    for (int d : caps.rasterResolutions()) {
      squares.add(new int[] {d, d});
    }
    put(a, Attr.resolutions("pwg-raster-document-resolution-supported", squares));
    put(a, Attr.keyword("pwg-raster-document-sheet-back", "normal"));
    put(
        a,
        Attr.keyword(
            "pwg-raster-document-type-supported",
            "black_1",
            "black_8",
            "black_16",
            "sgray_8",
            "sgray_16",
            "srgb_8",
            "srgb_16",
            "adobe-rgb_8",
            "adobe-rgb_16",
            "cmyk_8",
            "cmyk_16"));
    put(a, Attr.keywords("urf-supported", urf(caps)));
    return a;
  }

  private static void put(Map<String, Attribute<?>> a, Attribute<?> attr) {
    a.put(attr.getName(), attr);
  }

  static List<Attribute<?>> sizeCol(MediaSize s) {
    return List.of(
        Attr.integer("x-dimension", MediaNames.hundredthsMm(s.width())),
        Attr.integer("y-dimension", MediaNames.hundredthsMm(s.height())));
  }

  static List<Attribute<?>> mediaCol(MediaSize size, String type, String source, int margin) {
    List<Attribute<?>> col = new ArrayList<>();
    col.add(Attr.collection("media-size", sizeCol(size)));
    col.add(Attr.keyword("media-type", type));
    col.add(Attr.keyword("media-source", source));
    for (String side : List.of("bottom", "left", "right", "top")) {
      col.add(Attr.integer("media-" + side + "-margin", margin));
    }
    return col;
  }

  /** The IEEE 1284 device ID: MFG, MDL, CMD (the languages), as PWG 5107.2 asks. */
  static String deviceId(Capabilities caps) {
    String mm = caps.device.makeAndModel();
    int space = mm.indexOf(' ');
    String mfg = space > 0 ? mm.substring(0, space) : mm;
    String mdl = space > 0 ? mm.substring(space + 1) : mm;
    return "MFG:"
        + mfg.replace(';', ',')
        + ";MDL:"
        + mdl.replace(';', ',')
        + ";CMD:PDF,JPEG,PNG,PWGRaster,URF;CLS:PRINTER;";
  }

  /** URF keys: version, colour spaces, resolutions (RS), copies, one-sided. */
  static List<String> urf(Capabilities caps) {
    StringBuilder rs = new StringBuilder("RS");
    for (int d : caps.rasterResolutions()) {
      if (rs.length() > 2) {
        rs.append('-');
      }
      rs.append(d);
    }
    return List.of("V1.4", "CP1", "W8", "SRGB24", "DM1", "IS1", rs.toString());
  }

  /** printer-supply (PWG 5100.13 section 6.5.5), its description and the CUPS marker-* ones. */
  private static void supplies(Map<String, Attribute<?>> a, List<Supply> supplies) {
    if (supplies.isEmpty()) {
      return;
    }
    List<Attribute<?>> values = new ArrayList<>();
    List<String> desc = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    List<Integer> lows = new ArrayList<>();
    List<Integer> highs = new ArrayList<>();
    List<String> types = new ArrayList<>();
    int index = 1;
    List<Object> octets = new ArrayList<>();
    for (Supply s : supplies) {
      String type = camel(s.type());
      String entry =
          "index="
              + index++
              + ";class="
              + (s.consumed() ? "supplyThatIsConsumed" : "receptacleThatIsFilled")
              + ";type="
              + type
              + ";unit=percent;maxcapacity=100;level="
              + s.level()
              + ";"
              + (s.colour().startsWith("#") ? "colorantname=" + s.name() + ";" : "");
      octets.add(
          new com.hp.jipp.encoding.OtherOctets(
              Tag.octetString, entry.getBytes(StandardCharsets.US_ASCII)));
      desc.add(describe(s));
      names.add(describe(s));
      colours.add(s.colour());
      levels.add(s.level());
      lows.add(s.consumed() ? s.lowLevel() : 0);
      highs.add(s.consumed() ? 100 : s.lowLevel());
      types.add(s.type());
    }
    values.add(new com.hp.jipp.encoding.UnknownAttribute("printer-supply", octets));
    a.put("printer-supply", values.get(0));
    put(a, Attr.texts("printer-supply-description", desc));
    put(a, Attr.names("marker-names", names));
    put(a, Attr.names("marker-colors", colours));
    put(a, Attr.integers("marker-levels", levels));
    put(a, Attr.integers("marker-low-levels", lows));
    put(a, Attr.integers("marker-high-levels", highs));
    put(a, Attr.keywords("marker-types", types));
  }

  private static String describe(Supply s) {
    return switch (s.type()) {
      case "ink-cartridge" -> capitalise(s.name()) + " ink";
      case "waste-ink" -> "Waste ink";
      default -> capitalise(s.name());
    };
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A PWG keyword ({@code ink-cartridge}) as the printer-supply type ({@code inkCartridge}). */
  private static String camel(String keyword) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (int i = 0; i < keyword.length(); i++) {
      char ch = keyword.charAt(i);
      if (ch == '-') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  /** printer-alert (PWG 5100.9): one per reason with a severity, and its description. */
  private static void alerts(Map<String, Attribute<?>> a, PrinterStatus status) {
    List<Object> octets = new ArrayList<>();
    List<String> desc = new ArrayList<>();
    for (String r : status.reasons()) {
      String severity =
          r.endsWith("-error") ? "critical" : r.endsWith("-warning") ? "warning" : null;
      if (severity == null) {
        continue;
      }
      String base = r.substring(0, r.lastIndexOf('-'));
      String entry =
          "code=" + camel(base) + ";severity=" + severity + ";group=" + group(base) + ";";
      octets.add(
          new com.hp.jipp.encoding.OtherOctets(
              Tag.octetString, entry.getBytes(StandardCharsets.US_ASCII)));
      desc.add(base.replace('-', ' '));
    }
    if (!octets.isEmpty()) {
      a.put("printer-alert", new com.hp.jipp.encoding.UnknownAttribute("printer-alert", octets));
      put(a, Attr.texts("printer-alert-description", desc));
    }
  }

  private static String group(String reason) {
    String r = reason.toLowerCase(Locale.ROOT);
    if (r.startsWith("media")) {
      return "mediaPath";
    }
    if (r.startsWith("marker") || r.contains("ink")) {
      return "marker";
    }
    if (r.startsWith("fuser")) {
      return "fuser";
    }
    if (r.contains("cover") || r.contains("door")) {
      return "cover";
    }
    return "general";
  }

  /** Seconds of printer-up-time for {@code when}, at least 1. */
  static int seconds(Instant start, Instant when) {
    return (int) Math.max(1, Duration.between(start, when).toSeconds() + 1);
  }
}
