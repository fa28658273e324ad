package dev.fusejet.device;

/** The printer-state of RFC 8011 §5.4.11, with its IPP enum value. */
public enum DeviceState {
  /** Ready and not printing (3). */
  IDLE(3),
  /** Printing a job (4). */
  PROCESSING(4),
  /** Cannot print until a cause in the state reasons is cleared (5). */
  STOPPED(5);

  private final int ipp;

  DeviceState(int ipp) {
    this.ipp = ipp;
  }

  /** The IPP enum value. */
  public int ipp() {
    return ipp;
  }

  /** The IPP keyword: {@code idle}, {@code processing} or {@code stopped}. */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
