package dev.fusejet.validation;

/**
 * One result of validating a record.
 *
 * @param severity how serious it is
 * @param field the dotted path of the field, as written in files (e.g. {@code
 *     surface-layer.thickness})
 * @param value the offending value with its unit, as text (e.g. {@code "12 µm"})
 * @param limit the limit that was crossed, with its unit (e.g. {@code "3-10 µm"})
 * @param advice what to change
 */
public record Finding(Severity severity, String field, String value, String limit, String advice) {

  /** One line for terminals and logs. */
  public String describe() {
    return severity.label() + ": " + field + " = " + value + " (limit " + limit + "): " + advice;
  }
}
