package dev.fusejet.ipp;

import com.hp.jipp.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The document formats the printer accepts, and sniffing of {@code application/octet-stream} by the
 * formats' signatures (JPEG SOI + marker, the PNG signature, PWG raster's {@code RaS2}, URF's
 * {@code UNIRAST}, PDF's {@code %PDF-}), which gives {@code document-format-detected}.
 */
final class DocumentFormats {
  private DocumentFormats() {}

  static final String OCTET_STREAM = "application/octet-stream";
  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";
  static final String PWG = "image/pwg-raster";
  static final String URF = "image/urf";
  static final String PDF = "application/pdf";

  /** Formats printed, in {@code document-format-supported} order (octet-stream is sniffed). */
  static final List<String> SUPPORTED = List.of(PDF, JPEG, PNG, PWG, URF, OCTET_STREAM);

  /**
   * compression-supported (RFC 8011 section 5.4.32), as ippeveprinter: {@code deflate} is RFC 1951
   * (raw, as CUPS' HTTP layer and ipptool send it), {@code gzip} RFC 1952.
   */
  static final List<String> COMPRESSION = List.of("none", "deflate", "gzip");

  /**
   * The document as sent, decompressed by {@code compression} (one of {@link #COMPRESSION}).
   *
   * @throws IppException client-error-compression-error when a gzip stream has no valid header
   */
  static InputStream decompress(InputStream in, String compression) {
    try {
      return switch (compression) {
        case "gzip" -> new GZIPInputStream(in, 1 << 16);
        case "deflate" -> new InflaterInputStream(in, new Inflater(true), 1 << 16);
        default -> in;
      };
    } catch (IOException e) {
      throw new IppException(
          Status.clientErrorCompressionError,
          "the document is not " + compression + " data: " + e.getMessage());
    }
  }

  /** Bytes {@link #sniff} needs to see. */
  static final int SNIFF_BYTES = 8;

  /** The format {@code head} (the document's first bytes) has, if it is one printed. */
  static Optional<String> sniff(byte[] head, int length) {
    if (length >= 3
        && (head[0] & 0xff) == 0xFF
        && (head[1] & 0xff) == 0xD8
        && (head[2] & 0xff) == 0xFF) {
      return Optional.of(JPEG);
    }
    if (length >= 8
        && (head[0] & 0xff) == 0x89
        && starts(head, length, 1, "PNG")
        && head[4] == '\r'
        && head[5] == '\n'
        && head[6] == 0x1A
        && head[7] == '\n') {
      return Optional.of(PNG);
    }
    if (starts(head, length, 0, "RaS2")) {
      return Optional.of(PWG);
    }
    if (starts(head, length, 0, "UNIRAST")) {
      return Optional.of(URF);
    }
    if (starts(head, length, 0, "%PDF-")) {
      return Optional.of(PDF);
    }
    return Optional.empty();
  }

  /** The canonical (lower-case, parameter-free) form of a MIME type. */
  static String canonical(String mime) {
    int semi = mime.indexOf(';');
    return (semi < 0 ? mime : mime.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static boolean starts(byte[] head, int length, int offset, String magic) {
    if (length < offset + magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[offset + i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
