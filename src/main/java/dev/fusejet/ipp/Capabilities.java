package dev.fusejet.ipp;

import dev.fusejet.device.DeviceCapabilities;
import dev.fusejet.device.MediaSource;
import dev.fusejet.device.Resolution;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.job.MediaMatch;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.units.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The job template values the printer supports, derived from the device's capabilities and the
 * media catalogue: one place that both Get-Printer-Attributes (the {@code -supported} and {@code
 * -default} attributes) and job validation (Validate-Job, Print-Job, Create-Job) read, so they
 * cannot disagree.
 */
final class Capabilities {

  /** print-quality enum values (RFC 8011 section 5.2.13): draft, normal, high. */
  static final Map<Integer, String> QUALITY = Map.of(3, "draft", 4, "normal", 5, "high");

  /** orientation-requested enum values (RFC 8011 section 5.2.10). */
  static final Map<Integer, String> ORIENTATION =
      Map.of(3, "portrait", 4, "landscape", 5, "reverse-landscape", 6, "reverse-portrait");

  static final List<String> COLOR_MODES =
      List.of("auto", "color", "monochrome", "process-monochrome");
  static final List<String> CONTENT =
      List.of("auto", "photo", "graphic", "text", "text-and-graphic");
  static final List<String> SCALING = List.of("auto", "auto-fit", "fill", "fit", "none");
  static final List<String> HOLD_UNTIL =
      List.of(
          "no-hold",
          "indefinite",
          "day-time",
          "evening",
          "night",
          "second-shift",
          "third-shift",
          "weekend");
  static final List<String> MULTIPLE_DOCUMENT_HANDLING =
      List.of("separate-documents-collated-copies", "separate-documents-uncollated-copies");
  static final List<String> INTENTS = List.of("auto", "perceptual", "relative", "relative-bpc");

  /** The vendor job template attribute carrying the fusing mode; {@code auto}: by quality. */
  static final String FUSING_MODE = "fusejet-fusing-mode";

  /** sides values: the paper path has no duplexer. */
  static final List<String> SIDES = List.of("one-sided");

  /**
   * Chroma (CIELAB C*ab, D50) above which an ink's solid counts as a colour rather than a grey: a
   * black or grey pigment ink's solid lies within about 2 of the neutral axis (FOGRA39L's K solid
   * 16/0/0), the weakest process colour far beyond (FOGRA39L's yellow 93).
   */
  static final double CHROMATIC = 10;

  /**
   * Longest edge (m) of a sheet that counts as a photo size: 10 in, so 4x6, 5x7, A6 and 8x10 (the
   * photo sizes of PWG 5101.1's na_index-4x6, na_5x7, na_govt-letter) do, A4 and letter do not.
   */
  static final double PHOTO_LONGEST = 10 * Units.INCH + MediaMatch.TOLERANCE;

  /** Shortest edge (m) of a document size: A4's 210 mm (letter's 215.9 mm is wider). */
  static final double DOCUMENT_SHORTEST = 0.210 - MediaMatch.TOLERANCE;

  /** Highest copies (1). */
  static final int MAX_COPIES = dev.fusejet.job.JobTicket.MAX_COPIES;

  final DeviceCapabilities device;
  final List<Medium> catalogue;
  private final List<MediaSize> sizes;

  Capabilities(DeviceCapabilities device, List<Medium> catalogue) {
    this.device = device;
    Map<String, Medium> byName = new LinkedHashMap<>();
    for (Medium m : catalogue) {
      byName.put(m.name(), m);
    }
    for (MediaSource s : device.sources()) {
      if (s.medium() != null) {
        byName.putIfAbsent(s.medium().name(), s.medium());
      }
    }
    this.catalogue = List.copyOf(byName.values());
    List<MediaSize> offered = new ArrayList<>(device.sizes());
    for (MediaSource s : device.sources()) {
      if (s.size() != null && MediaMatch.among(s.size(), offered).isEmpty()) {
        offered.add(s.size());
      }
    }
    this.sizes = List.copyOf(offered);
  }

  /** The fusing modes offered, {@code auto} first. */
  static List<String> fusingModes() {
    List<String> m = new ArrayList<>();
    m.add("auto");
    for (FusingMode f : FusingMode.values()) {
      m.add(f.label());
    }
    return m;
  }

  /** media-type keywords: every medium of the catalogue. */
  List<String> mediaTypes() {
    return catalogue.stream().map(Medium::name).toList();
  }

  /** Whether the ink set prints colour: any ink whose solid is chromatic ({@link #CHROMATIC}). */
  boolean colour() {
    return device.inks().inks().stream()
        .map(i -> i.solid())
        .anyMatch(c -> c != null && Math.hypot(c.a(), c.b()) > CHROMATIC);
  }

  /** Whether the printer prints both sides of a sheet. */
  boolean duplex() {
    return SIDES.stream().anyMatch(s -> s.startsWith("two-sided"));
  }

  /**
   * The {@code kind} values (the Bonjour Printing Specification 1.2.1's TXT key) the offered sizes
   * give: {@code photo} for a size no longer than {@link #PHOTO_LONGEST}, {@code document} for one
   * at least A4 wide ({@link #DOCUMENT_SHORTEST}); at least {@code document}.
   */
  List<String> kinds() {
    boolean photo = false;
    boolean document = false;
    for (MediaSize s : sizes) {
      photo |= Math.max(s.width(), s.height()) <= PHOTO_LONGEST;
      document |= Math.min(s.width(), s.height()) >= DOCUMENT_SHORTEST;
    }
    List<String> k = new ArrayList<>();
    if (photo) {
      k.add("photo");
    }
    if (document || !photo) {
      k.add("document");
    }
    return k;
  }

  /** media-source keywords. */
  List<String> sources() {
    return device.sources().stream().map(MediaSource::name).toList();
  }

  /**
   * The sizes a job may ask for: every size of the paper path (media-size-supported), then each
   * size loaded in a source that is none of those within {@link MediaMatch#TOLERANCE}.
   */
  List<MediaSize> sizes() {
    return sizes;
  }

  /** PWG names of every size offered. */
  List<String> mediaNames() {
    return sizes.stream().map(MediaNames::pwg).distinct().toList();
  }

  /**
   * The offered size a {@code media} or {@code media-size-name} value names: its PWG name or short
   * name (a4, 4x6, ...), else the size a PWG self-describing name's dimensions give (e.g. {@code
   * custom_photo_101.6x152.4mm}) within the tolerance.
   */
  Optional<MediaSize> size(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (MediaSize s : sizes) {
      if (MediaNames.pwg(s).equals(n) || s.name().equalsIgnoreCase(n)) {
        return Optional.of(s);
      }
    }
    return MediaNames.parse(n).flatMap(s -> MediaMatch.among(s, sizes));
  }

  /** The offered size with these dimensions (hundredths of mm), within the tolerance. */
  Optional<MediaSize> size(int x, int y) {
    return MediaMatch.among(new MediaSize(x + "x" + y, x * 1e-5, y * 1e-5), sizes);
  }

  /** Margins supported on each side (hundredths of mm): the device's, and 0 when borderless. */
  List<Integer> margins() {
    Set<Integer> m = new LinkedHashSet<>();
    m.add(MediaNames.hundredthsMm(device.margin()));
    if (device.borderless()) {
      m.add(0);
    }
    return List.copyOf(m);
  }

  /** The default margin (hundredths of mm). */
  int defaultMargin() {
    return MediaNames.hundredthsMm(device.margin());
  }

  /** Resolutions as whole dpi pairs. */
  List<int[]> resolutions() {
    List<int[]> r = new ArrayList<>();
    for (Resolution res : device.resolutions()) {
      r.add(new int[] {(int) Math.round(res.xDpi()), (int) Math.round(res.yDpi())});
    }
    return r;
  }

  /** The default resolution: the device's first. */
  int[] defaultResolution() {
    return resolutions().get(0);
  }

  /**
   * Resolutions PWG raster and URF documents are accepted at (dpi): the device's square ones, which
   * the head prints without resampling.
   */
  List<Integer> rasterResolutions() {
    Set<Integer> dpi = new java.util.TreeSet<>();
    for (int[] r : resolutions()) {
      if (r[0] == r[1]) {
        dpi.add(r[0]);
      }
    }
    return List.copyOf(dpi);
  }

  /** The source a job goes to by default: the first one loaded. */
  Optional<MediaSource> defaultSource() {
    return device.sources().stream()
        .filter(MediaSource::ready)
        .findFirst()
        .or(() -> device.sources().stream().findFirst());
  }

  /** The default size: the default source's loaded size, else the first size. */
  MediaSize defaultSize() {
    return defaultSource().map(MediaSource::size).filter(s -> s != null).orElse(sizes.get(0));
  }

  /** The default media type: the default source's medium, else the first of the catalogue. */
  String defaultMediaType() {
    return defaultSource()
        .map(MediaSource::medium)
        .filter(m -> m != null)
        .map(Medium::name)
        .orElse(catalogue.isEmpty() ? "auto" : catalogue.get(0).name());
  }

  /**
   * Pages per minute for a page of {@code size} at the lowest resolution: the head's passes (one
   * nozzle row's height per pass) times the time of each pass, fusing overlapped.
   */
  int pagesPerMinute(MediaSize size) {
    int[] res = resolutions().get(resolutions().size() - 1);
    for (int[] r : resolutions()) {
      if ((long) r[0] * r[1] < (long) res[0] * res[1]) {
        res = r;
      }
    }
    int widthPx = (int) Math.ceil(size.width() / Units.INCH * res[0]);
    double heightPx = size.height() / Units.INCH * res[1];
    double passes = Math.ceil(heightPx / device.head().nozzles());
    double seconds = passes * device.head().passTime(widthPx, res[0]);
    return (int) Math.max(1, Math.floor(60 / seconds));
  }
}
