package dev.fusejet.raster.decode;

/** A document that cannot be read: the message names the document and the problem. */
public final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error about {@code document}. */
  public DocumentException(String document, String problem) {
    super("document " + document + ": " + problem);
  }

  /** An error about {@code document} with its cause. */
  public DocumentException(String document, String problem, Throwable cause) {
    super("document " + document + ": " + problem, cause);
  }
}
