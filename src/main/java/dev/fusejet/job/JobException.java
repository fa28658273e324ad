package dev.fusejet.job;

/**
 * A job operation that cannot be done, with the kind of failure so a server can pick its status
 * (IPP: not found, not possible, attributes not supported, format not supported, busy).
 */
public final class JobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure. */
  public enum Kind {
    /** No such job (IPP client-error-not-found). */
    NOT_FOUND,
    /** Not in this job's state (IPP client-error-not-possible). */
    NOT_POSSIBLE,
    /** An attribute value the printer does not support (client-error-attributes-or-values...). */
    UNSUPPORTED_ATTRIBUTE,
    /** The document's format is not supported or not what it claims. */
    UNSUPPORTED_FORMAT,
    /** The spool could not take the document (disk); nothing was accepted. */
    SPOOL_FAILED
  }

  private final Kind kind;
  private final String attribute;

  /**
   * A failure.
   *
   * @param kind what kind
   * @param attribute the IPP attribute concerned, or null
   * @param message a sentence naming the value, the limit and what to do
   */
  public JobException(Kind kind, String attribute, String message) {
    super(message);
    this.kind = kind;
    this.attribute = attribute;
  }

  /** As {@link #JobException(Kind, String, String)} with its cause. */
  public JobException(Kind kind, String attribute, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.attribute = attribute;
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** The IPP attribute concerned, or null. */
  public String attribute() {
    return attribute;
  }
}
