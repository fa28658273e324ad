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
      b.getOperationAttributes().put(Attr.text("status-message", e.getMessage()));
    }
    List<Attribute<?>> u = e.unsupported();
    if (!u.isEmpty()) {
      b.putUnsupportedAttributes(u);
    }
    return b.build();
  }
}
