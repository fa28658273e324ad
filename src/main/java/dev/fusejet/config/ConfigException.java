package dev.fusejet.config;

/**
 * A configuration file or name that cannot be used. The message names the source (file or preset),
 * the key path, the offending value and what to write instead.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a complete, user-facing message. */
  public ConfigException(String message) {
    super(message);
  }

  /** Creates an exception with a complete, user-facing message and its cause. */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
