package dev.fusejet.job;

/**
 * A document as a client names it.
 *
 * @param name document-name (or the file's name)
 * @param format document-format as a MIME type ({@code image/jpeg}, {@code image/png}, {@code
 *     image/pwg-raster}, {@code image/urf}, {@code application/pdf}, {@code
 *     image/x-portable-anymap}), or {@code application/octet-stream} to detect it from the data
 */
public record DocumentRequest(String name, String format) {

  /** The formats jobs accept. */
  public static final java.util.List<String> FORMATS =
      java.util.List.of(
          "application/octet-stream",
          "application/pdf",
          "image/jpeg",
          "image/png",
          "image/pwg-raster",
          "image/urf",
          "image/x-portable-anymap");

  /** A document whose format is detected from its data. */
  public static DocumentRequest detect(String name) {
    return new DocumentRequest(name, "application/octet-stream");
  }
}
