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
 * @param location where the value is written, {@code FILE:LINE} or {@code FILE}, or empty when the
 *     record did not come from a file (a built-in preset)
 */
public record Finding(
    Severity severity, String field, String value, String limit, String advice, String location) {

  /** A finding not yet tied to a place in a file. */
  public Finding(Severity severity, String field, String value, String limit, String advice) {
    this(severity, field, value, limit, advice, "");
  }

  /** This finding, located at {@code where} ({@code FILE:LINE}). */
  public Finding at(String where) {
    return new Finding(severity, field, value, limit, advice, where);
  }

  /** One line for terminals and logs, starting with the location when known. */
  public String describe() {
    return (location.isEmpty() ? "" : location + ": ")
        + severity.label()
        + ": "
        + field
        + " = "
        + value
        + " (limit "
        + limit
        + "): "
        + advice;
  }
}
