package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeCollection;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.Resolution;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Status;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.job.HoldUntil;
import dev.fusejet.job.JobTicket;
import dev.fusejet.raster.MediaSize;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kotlin.ranges.IntRange;

/**
 * Reads a job's template attributes into a {@link JobTicket}, checking each against what {@link
 * Capabilities} supports: a value outside it is returned in the unsupported-attributes group and
 * either refused ({@code ipp-attribute-fidelity} true) or replaced by the default (status {@code
 * successful-ok-ignored-or-substituted-attributes}). Validate-Job, Print-Job and Create-Job all
 * read through here, so they agree.
 */
final class JobTemplate {

  /** The ticket and what was not supported. */
  record Result(JobTicket ticket, List<Attribute<?>> unsupported) {
    Status status() {
      return unsupported.isEmpty()
          ? Status.successfulOk
          : Status.successfulOkIgnoredOrSubstitutedAttributes;
    }
  }

  private final Capabilities caps;
  private final Clock clock;
  private final List<Attribute<?>> unsupported = new ArrayList<>();

  /** The media value refused outright (a size not offered), or null. */
  private String refused;

  private JobTemplate(Capabilities caps, Clock clock) {
    this.caps = caps;
    this.clock = clock;
  }

  /**
   * The ticket of the job {@code ex} asks for.
   *
   * @throws IppException client-error-attributes-or-values-not-supported when fidelity is asked and
   *     something is unsupported
   */
  static Result read(Exchange ex, Capabilities caps, Clock clock) {
    return new JobTemplate(caps, clock).read(ex);
  }

  private Result read(Exchange ex) {
    String name =
        ex.opString("job-name")
            .or(() -> ex.opString("document-name"))
            .filter(s -> !s.isBlank())
            .orElse("Untitled");
    JobTicket t = JobTicket.of(name, ex.user());
    AttributeGroup job = ex.jobAttributes();
    int copies = 1;
    String pages = null;
    String source = null;
    String medium = null;
    MediaSize size = null;
    String quality = null;
    String content = null;
    String resolution = null;
    String scaling = null;
    String orientation = null;
    String colour = null;
    boolean borderless = false;
    HoldUntil hold = HoldUntil.NO_HOLD;
    int priority = JobTicket.DEFAULT_PRIORITY;
    FusingMode fusing = null;
    String intent = null;
    for (Attribute<?> a : job) {
      String n = a.getName();
      switch (n) {
        case "copies" -> {
          Integer c = integer(a, 1, Capabilities.MAX_COPIES);
          copies = c == null ? copies : c;
        }
        case "page-ranges" -> pages = pageRanges(a);
        case "media" -> {
          if (a.size() == 1
              && Attr.isOf(a.get(0), Tag.keyword, Tag.nameWithoutLanguage, Tag.nameWithLanguage)) {
            String kw = Attr.string(a.get(0));
            Optional<MediaSize> s = caps.size(kw);
            if (s.isEmpty()) {
              refuse(a, "media '" + kw + "'");
            } else {
              size = s.get();
            }
          } else {
            unsupported.add(a);
          }
        }
        case "media-col" -> {
          MediaChoice m = mediaCol(a);
          if (m != null) {
            source = m.source == null ? source : m.source;
            medium = m.medium == null ? medium : m.medium;
            size = m.size == null ? size : m.size;
            borderless = m.borderless;
          }
        }
        case "print-quality" -> {
          Integer q = enumValue(a, Capabilities.QUALITY.keySet());
          quality = q == null ? quality : Capabilities.QUALITY.get(q);
        }
        case "print-content-optimize" -> content = keyword(a, Capabilities.CONTENT);
        case "print-scaling" -> scaling = keyword(a, Capabilities.SCALING);
        case "print-color-mode" -> colour = keyword(a, Capabilities.COLOR_MODES);
        case "print-rendering-intent" -> {
          String kw = keyword(a, Capabilities.INTENTS);
          intent = kw == null ? intent : kw;
        }
        case "orientation-requested" -> {
          Integer o = enumValue(a, Capabilities.ORIENTATION.keySet());
          orientation = o == null ? orientation : Capabilities.ORIENTATION.get(o);
        }
        case "printer-resolution" -> resolution = resolution(a);
        case "job-hold-until" -> {
          String kw = keywordOrName(a, Capabilities.HOLD_UNTIL);
          hold = kw == null ? hold : resolveHold(kw, clock);
        }
        case "job-hold-until-time" -> {
          if (a.size() == 1 && a.get(0) instanceof Calendar c) {
            hold = HoldUntil.at(c.toInstant());
          } else {
            unsupported.add(a);
          }
        }
        case "job-priority" -> {
          Integer p = integer(a, 1, 100);
          priority = p == null ? priority : p;
        }
        case "sides" -> keyword(a, List.of("one-sided"));
        case "output-bin" -> keywordOrName(a, List.of("face-up"));
        case "job-sheets" -> keywordOrName(a, List.of("none"));
        case "multiple-document-handling" -> keyword(a, Capabilities.MULTIPLE_DOCUMENT_HANDLING);
        case "number-up" -> integer(a, 1, 1);
        case "finishings" -> enumValue(a, java.util.Set.of(3));
        case Capabilities.FUSING_MODE -> {
          String kw = keyword(a, Capabilities.fusingModes());
          fusing = kw == null || kw.equals("auto") ? null : FusingMode.fromLabel(kw);
        }
        default -> unsupported.add(Attr.outOfBand(n, Tag.unsupported));
      }
    }
    t =
        t.withCopies(copies, pages)
            .withMedia(source, medium)
            .withSize(size)
            .withQuality(quality, content, resolution)
            .withLayout(scaling, orientation, colour, borderless)
            .withScheduling(hold, priority)
            .withFusing(fusing)
            .withRenderingIntent(intent);
    boolean fidelity =
        ex.op("ipp-attribute-fidelity")
            .filter(a -> !a.isEmpty() && a.get(0) instanceof Boolean)
            .map(a -> (Boolean) a.get(0))
            .orElse(false);
    if (refused != null) {
      // a sheet size the printer does not offer is never substituted (PWG 5100.7: a job is not
      // printed on another size than asked), whatever ipp-attribute-fidelity says
      throw new IppException(
          Status.clientErrorAttributesOrValuesNotSupported,
          refused
              + " is not a size this printer offers (media-supported, media-size-supported,"
              + " or a size loaded in a source, within 1 mm)",
          unsupported);
    }
    if (fidelity && !unsupported.isEmpty()) {
      throw new IppException(
          Status.clientErrorAttributesOrValuesNotSupported,
          "unsupported job attribute(s) "
              + unsupported.stream().map(Attribute::getName).toList()
              + " with ipp-attribute-fidelity true: see the printer's -supported attributes",
          unsupported);
    }
    return new Result(t, List.copyOf(unsupported));
  }

  private record MediaChoice(String source, String medium, MediaSize size, boolean borderless) {}

  /** An attribute whose size is not offered: in the unsupported group, and the job refused. */
  private void refuse(Attribute<?> a, String what) {
    unsupported.add(a);
    refused = refused == null ? what : refused;
  }

  private MediaChoice mediaCol(Attribute<?> a) {
    if (a.size() != 1 || !(a.get(0) instanceof AttributeCollection col)) {
      unsupported.add(a);
      return null;
    }
    String source = null;
    String medium = null;
    MediaSize size = null;
    String sizeRefused = null;
    int zeroMargins = 0;
    boolean bad = false;
    for (Attribute<?> m : col.getAttributes()) {
      Object v = m.isEmpty() ? null : m.get(0);
      switch (m.getName()) {
        case "media-size" -> {
          Integer x = v instanceof AttributeCollection sc ? member(sc, "x-dimension") : null;
          Integer y = v instanceof AttributeCollection sc ? member(sc, "y-dimension") : null;
          size = x == null || y == null ? null : caps.size(x, y).orElse(null);
          if (size == null) {
            sizeRefused = "media-col media-size " + x + " x " + y + " (hundredths of mm)";
          }
        }
        case "media-size-name" -> {
          String n = v == null ? null : Attr.string(v);
          size = n == null ? null : caps.size(n).orElse(null);
          if (size == null) {
            sizeRefused = "media-col media-size-name '" + n + "'";
          }
        }
        case "media-source" -> {
          String s = v == null ? null : Attr.string(v);
          if (s != null && caps.sources().contains(s)) {
            source = s;
          } else if (!"auto".equals(s)) {
            bad = true;
          }
        }
        case "media-type" -> {
          String s = v == null ? null : Attr.string(v);
          if (s != null && caps.mediaTypes().contains(s)) {
            medium = s;
          } else if (!"auto".equals(s)) {
            bad = true;
          }
        }
        case "media-bottom-margin",
            "media-left-margin",
            "media-right-margin",
            "media-top-margin" -> {
          if (v instanceof Integer i && caps.margins().contains(i)) {
            zeroMargins += i == 0 ? 1 : 0;
          } else {
            bad = true;
          }
        }
        default -> {
          // other members (media-key, media-color, ...) describe media the device does not sort by
        }
      }
    }
    if (sizeRefused != null) {
      refuse(a, sizeRefused);
    } else if (bad) {
      unsupported.add(a);
    }
    return new MediaChoice(source, medium, size, zeroMargins == 4);
  }

  private static Integer member(AttributeCollection c, String name) {
    for (Attribute<?> m : c.getAttributes()) {
      if (m.getName().equals(name) && !m.isEmpty() && m.get(0) instanceof Integer i) {
        return i;
      }
    }
    return null;
  }

  private Integer integer(Attribute<?> a, int low, int high) {
    if (a.size() == 1 && a.get(0) instanceof Integer i && i >= low && i <= high) {
      return i;
    }
    unsupported.add(a);
    return null;
  }

  private Integer enumValue(Attribute<?> a, java.util.Set<Integer> allowed) {
    if (a.size() == 1 && Attr.isOf(a.get(0), Tag.enumValue)) {
      int v = Attr.intValue(a.get(0));
      if (allowed.contains(v)) {
        return v;
      }
    }
    unsupported.add(a);
    return null;
  }

  private String keyword(Attribute<?> a, List<String> allowed) {
    if (a.size() == 1 && Attr.isOf(a.get(0), Tag.keyword)) {
      String v = Attr.string(a.get(0));
      if (allowed == null || allowed.contains(v)) {
        return v;
      }
    }
    unsupported.add(a);
    return null;
  }

  private String keywordOrName(Attribute<?> a, List<String> allowed) {
    if (a.size() == 1
        && Attr.isOf(a.get(0), Tag.keyword, Tag.nameWithoutLanguage, Tag.nameWithLanguage)) {
      String v = Attr.string(a.get(0));
      if (allowed.contains(v)) {
        return v;
      }
    }
    unsupported.add(a);
    return null;
  }

  private String pageRanges(Attribute<?> a) {
    StringBuilder b = new StringBuilder();
    int last = 0;
    for (Object v : a) {
      if (!(v instanceof IntRange r)
          || r.getFirst() < 1
          || r.getLast() < r.getFirst()
          || r.getFirst() <= last) {
        unsupported.add(a);
        return null;
      }
      last = r.getLast();
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(r.getFirst() == r.getLast() ? r.getFirst() + "" : r.getFirst() + "-" + r.getLast());
    }
    return b.length() == 0 ? null : b.toString();
  }

  private String resolution(Attribute<?> a) {
    if (a.size() == 1 && a.get(0) instanceof Resolution r) {
      for (int[] s : caps.resolutions()) {
        if (s[0] == r.getCrossFeedResolution() && s[1] == r.getFeedResolution()) {
          return s[0] == s[1] ? Integer.toString(s[0]) : s[0] + "x" + s[1];
        }
      }
    }
    unsupported.add(a);
    return null;
  }

  /**
   * job-hold-until keywords resolved against the clock's zone (PWG 5100.7 section 5.2.2): the start
   * of the next period, or now when the period has begun.
   */
  static HoldUntil resolveHold(String keyword, Clock clock) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    return switch (keyword) {
      case "no-hold" -> HoldUntil.NO_HOLD;
      case "indefinite" -> HoldUntil.INDEFINITE;
      case "day-time" -> new HoldUntil(keyword, within(now, 6, 18));
      case "evening" -> new HoldUntil(keyword, within(now, 18, 24));
      case "night" -> new HoldUntil(keyword, within(now, 18, 30));
      case "second-shift" -> new HoldUntil(keyword, within(now, 16, 24));
      case "third-shift" -> new HoldUntil(keyword, within(now, 0, 8));
      case "weekend" -> {
        DayOfWeek d = now.getDayOfWeek();
        Instant until =
            d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY
                ? now.toInstant()
                : now.toLocalDate()
                    .plusDays(DayOfWeek.SATURDAY.getValue() - d.getValue())
                    .atStartOfDay(now.getZone())
                    .toInstant();
        yield new HoldUntil(keyword, until);
      }
      default -> throw new IllegalArgumentException(keyword);
    };
  }

  /**
   * Now when the local hour is in [from, to) (to may pass midnight), else the next {@code from}.
   */
  private static Instant within(ZonedDateTime now, int from, int to) {
    int h = now.getHour();
    boolean inside = to <= 24 ? h >= from && h < to : h >= from || h < to - 24;
    if (inside) {
      return now.toInstant();
    }
    ZonedDateTime start = now.with(LocalTime.of(from, 0));
    if (!start.isAfter(now)) {
      start = start.plusDays(1);
    }
    return start.toInstant();
  }

  /** Lower-case keyword helper for vendor values typed by people. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
