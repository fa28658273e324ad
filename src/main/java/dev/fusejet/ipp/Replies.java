package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.model.Status;
import java.util.List;

/** Response packets: the request's version and request-id echoed, the operation group first. */
final class Replies {
  private Replies() {}

  /** The version answered for a request of {@code version} (itself when served, else 1.1). */
  static int versionFor(int version) {
    return RequestChecks.VERSIONS.contains(version) ? version : 0x0101;
  }

  /** A response to {@code request} with {@code status} and the charset and language set. */
  static IppPacket.Builder to(IppPacket request, Status status) {
    return to(request.getVersionNumber(), request.getRequestId(), status);
  }

  static IppPacket.Builder to(int version, int requestId, Status status) {
    IppPacket.Builder b = new IppPacket.Builder(status.getCode(), versionFor(version), requestId);
    b.getOperationAttributes().put(Attr.charset("attributes-charset", "utf-8"));
    b.getOperationAttributes().put(Attr.language("attributes-natural-language", "en"));
    return b;
  }

  /** A refusal: the status, its message and the unsupported attributes. */
  static IppPacket error(int version, int requestId, IppException e) {
    IppPacket.Builder b = to(version, requestId, e.status());
    if (e.getMessage() != null) {
      b.getOperationAttributes().put(statusMessage(e.getMessage()));
    }
    List<Attribute<?>> u = e.unsupported();
    if (!u.isEmpty()) {
      b.putUnsupportedAttributes(u);
    }
    return b.build();
  }

  /** Longest status-message (octets): RFC 8011 section 4.1.6.2, text(255). */
  static final int STATUS_MESSAGE_OCTETS = 255;

  /** The status-message operation attribute: {@code message} cut to 255 octets of UTF-8. */
  static Attribute<Object> statusMessage(String message) {
    return Attr.text("status-message", cut(message, STATUS_MESSAGE_OCTETS));
  }

  /**
   * The longest start of {@code s} whose UTF-8 encoding is at most {@code octets} long: cut between
   * characters (code points), never inside one's encoding.
   */
  static String cut(String s, int octets) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (used + n > octets) {
        return s.substring(0, i);
      }
      used += n;
      i += Character.charCount(cp);
    }
    return s;
  }
}
