package dev.fusejet.device;

/**
 * Learns of a device's changes as they happen, on the thread that caused them: keep the calls short
 * and never call back into the device's printing calls from them.
 */
public interface DeviceListener {

  /** The state, reasons or supply levels changed; {@code status} is the new status. */
  default void statusChanged(DeviceStatus status) {}

  /** A fault was raised ({@code raised}) or cleared. */
  default void fault(Fault fault, boolean raised) {}

  /**
   * A source was loaded ({@link Device#loadMedia}): its medium, size or sheet count may differ,
   * which the status alone does not show.
   */
  default void mediaChanged(MediaSource source) {}

  /** A sheet was delivered. */
  default void sheetDelivered(SheetRecord sheet) {}
}
