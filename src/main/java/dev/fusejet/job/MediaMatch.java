package dev.fusejet.job;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.device.MediaSource;
import dev.fusejet.device.SheetFit;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.units.Quantities;
import java.util.List;
import java.util.Optional;

/**
 * Which loaded medium a job's media request matches. Sizes are equal when each side is within
 * {@link #TOLERANCE} of the other's (PWG 5100.7's media-size matching as ippeveprinter and CUPS
 * practise it: a client's 4x6 in sent as 10160 x 15240 hundredths of a millimetre, or rounded to
 * 102 x 152 mm, is the tray's 4x6 in). Width is across the head, height along the feed: a size and
 * its rotation are different feeds.
 */
public final class MediaMatch {
  private MediaMatch() {}

  /** Largest difference of each side for two sizes to be the same sheet (m): 1 mm. */
  public static final double TOLERANCE = 0.001;

  /** Rounding of the metre values (m): sizes written in mm or hundredths of mm land on it. */
  private static final double ROUNDING = 1e-9;

  /** True when {@code a} and {@code b} are the same sheet within {@link #TOLERANCE}. */
  public static boolean sameSize(MediaSize a, MediaSize b) {
    return Math.abs(a.width() - b.width()) <= TOLERANCE + ROUNDING
        && Math.abs(a.height() - b.height()) <= TOLERANCE + ROUNDING;
  }

  /** The first of {@code offered} that is {@code size} within the tolerance. */
  public static Optional<MediaSize> among(MediaSize size, List<MediaSize> offered) {
    return offered.stream().filter(s -> sameSize(s, size)).findFirst();
  }

  /**
   * True when {@code s} holds what {@code t} asks for: its name when a source is asked for, the
   * medium asked for (or any medium), and a sheet of the size asked for (or any size).
   */
  public static boolean holds(MediaSource s, JobTicket t) {
    return (t.source() == null || s.name().equals(t.source()))
        && s.medium() != null
        && (t.medium() == null || s.medium().name().equals(t.medium()))
        && (t.size() == null || (s.size() != null && sameSize(s.size(), t.size())));
  }

  /** The first source that holds what {@code t} asks for. */
  public static Optional<MediaSource> source(List<MediaSource> sources, JobTicket t) {
    return sources.stream().filter(s -> holds(s, t)).findFirst();
  }

  /**
   * Why {@code size} cannot be printed on {@code apparatus} at all (wider than the heat roller's
   * face, longer than the paper path: {@link SheetFit}), or empty when it can once it is loaded.
   */
  public static Optional<String> unprintable(MediaSize size, Apparatus apparatus) {
    try {
      SheetFit.check(size, apparatus);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** A size as people read it: its name and dimensions, e.g. {@code a4 (210 mm x 297 mm)}. */
  public static String describe(MediaSize size) {
    return size.name()
        + " ("
        + Quantities.length(size.width())
        + " x "
        + Quantities.length(size.height())
        + ")";
  }

  /**
   * What an operator must load for {@code t} to print, when no source holds it; empty when one
   * does, or when the source asked for does not exist (the job cannot print: the caller says why).
   */
  public static Optional<String> missing(List<MediaSource> sources, JobTicket t) {
    if (source(sources, t).isPresent()) {
      return Optional.empty();
    }
    String what =
        (t.medium() == null ? "a medium" : t.medium())
            + (t.size() == null ? "" : " in size " + describe(t.size()));
    if (t.source() != null) {
      Optional<MediaSource> s =
          sources.stream().filter(x -> x.name().equals(t.source())).findFirst();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          "Load " + what + " in source " + s.get().name() + " (it holds " + held(s.get()) + ").");
    }
    return Optional.of(
        "Load "
            + what
            + " in a source (loaded: "
            + sources.stream().map(s -> s.name() + "=" + held(s)).toList()
            + ").");
  }

  /** What a source holds, e.g. {@code glossy-ldpe-70 4x6}, or {@code nothing}. */
  private static String held(MediaSource s) {
    if (s.medium() == null) {
      return "nothing";
    }
    return s.medium().name() + (s.size() == null ? "" : " " + s.size().name());
  }
}
