package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import java.io.InputStream;
import java.util.Optional;

/**
 * One IPP request as the operations see it: the parsed packet, the document data that follows it
 * (empty for operations without one), and what the HTTP layer knows about the client.
 *
 * @param request the parsed request
 * @param document the bytes after the IPP message (the document, for Print-Job and Send-Document)
 * @param authenticatedUser the user HTTP authentication proved, or null
 * @param secure true when the request came over TLS
 * @param host the host name the client used (the Host header without the port)
 * @param port the port the client connected to
 */
record Exchange(
    IppPacket request,
    InputStream document,
    String authenticatedUser,
    boolean secure,
    String host,
    int port) {

  /** The operation attributes group (validated to be present and first). */
  AttributeGroup operation() {
    AttributeGroup g = request.get(Tag.operationAttributes);
    return g == null ? AttributeGroup.groupOf(Tag.operationAttributes) : g;
  }

  /** An operation attribute by name. */
  Optional<Attribute<?>> op(String name) {
    return Optional.ofNullable(operation().get(name));
  }

  /** The first value of an operation attribute, as a string. */
  Optional<String> opString(String name) {
    return op(name).filter(a -> !a.isEmpty()).map(a -> Attr.string(a.get(0)));
  }

  /** The job template attributes group, possibly empty. */
  AttributeGroup jobAttributes() {
    AttributeGroup g = request.get(Tag.jobAttributes);
    return g == null ? AttributeGroup.groupOf(Tag.jobAttributes) : g;
  }

  /**
   * Who the request is from: the authenticated user, else {@code requesting-user-name}, else {@code
   * anonymous}.
   */
  String user() {
    if (authenticatedUser != null) {
      return authenticatedUser;
    }
    return opString("requesting-user-name").filter(s -> !s.isBlank()).orElse("anonymous");
  }
}
