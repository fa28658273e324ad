package dev.fusejet.device;

import java.util.Objects;

/**
 * A fault that stops the device until it is cleared.
 *
 * @param reason the printer-state-reason it raises, with its suffix, e.g. {@code media-jam-error}
 * @param target what it concerns (a source, an ink), or empty for the whole device
 * @param message a sentence for printer-state-message
 */
public record Fault(String reason, String target, String message) {

  /** Checks the reason; a null target becomes empty. */
  public Fault {
    Objects.requireNonNull(reason, "reason");
    if (!reason.matches("[a-z0-9-]+-(error|warning|report)")) {
      throw new IllegalArgumentException(
          "fault reason '" + reason + "' is not a keyword ending in -error, -warning or -report");
    }
    target = target == null ? "" : target;
    message = message == null ? "" : message;
  }

  /** A sheet jammed in the paper path ({@code media-jam-error}). */
  public static Fault mediaJam() {
    return new Fault("media-jam-error", "", "Media jam: clear the paper path.");
  }

  /** The cover is open ({@code cover-open-error}). */
  public static Fault coverOpen() {
    return new Fault("cover-open-error", "", "The cover is open: close it.");
  }

  /** The source {@code source} ran out of media ({@code media-empty-error}). */
  public static Fault mediaEmpty(String source) {
    return new Fault("media-empty-error", source, "Source " + source + " is empty: load media.");
  }

  /** The cartridge of {@code ink} is empty ({@code marker-supply-empty-error}). */
  public static Fault inkEmpty(String ink) {
    return new Fault(
        "marker-supply-empty-error", ink, "The " + ink + " cartridge is empty: replace it.");
  }

  /** True when it stops the device (an {@code -error} reason). */
  public boolean stops() {
    return reason.endsWith("-error");
  }
}
