package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Status;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks RFC 8011 section 4.1 asks of every request before the operation looks at it: version,
 * request-id, the order and syntax of {@code attributes-charset} and {@code
 * attributes-natural-language}, and the attribute groups. jipp's parser accepts all of these
 * malformations, so the server must reject them itself.
 */
final class RequestChecks {
  private RequestChecks() {}

  /** IPP versions served, as major * 256 + minor. */
  static final List<Integer> VERSIONS = List.of(0x0100, 0x0101, 0x0200, 0x0201, 0x0202);

  /** The {@code ipp-versions-supported} keywords. */
  static final List<String> VERSION_KEYWORDS = List.of("1.0", "1.1", "2.0", "2.1", "2.2");

  /** Charsets accepted in {@code attributes-charset} (RFC 8011 section 4.1.4.1). */
  static final Set<String> CHARSETS = Set.of("utf-8", "us-ascii");

  /** Groups a client may send (RFC 8011 section 4.1.3, RFC 3995, PWG 5100.5). */
  private static final Set<Tag> REQUEST_GROUPS =
      Set.of(
          Tag.operationAttributes,
          Tag.jobAttributes,
          Tag.printerAttributes,
          Tag.subscriptionAttributes,
          Tag.documentAttributes);

  /**
   * Checks {@code request}.
   *
   * @throws IppException with the status RFC 8011 names for the first problem found
   */
  static void check(IppPacket request) {
    int version = request.getVersionNumber();
    if (!VERSIONS.contains(version)) {
      throw new IppException(
          Status.serverErrorVersionNotSupported,
          "IPP version "
              + (version >> 8)
              + "."
              + (version & 0xff)
              + " is not supported; use one of "
              + VERSION_KEYWORDS);
    }
    if (request.getRequestId() == 0) {
      throw new IppException(
          Status.clientErrorBadRequest, "request-id 0 is not allowed (RFC 8011 section 4.1.1)");
    }
    List<AttributeGroup> groups = request.getAttributeGroups();
    if (groups.isEmpty() || !groups.get(0).getTag().equals(Tag.operationAttributes)) {
      throw new IppException(
          Status.clientErrorBadRequest, "the request has no operation attributes group first");
    }
    Set<Tag> seen = new HashSet<>();
    for (AttributeGroup g : groups) {
      if (!REQUEST_GROUPS.contains(g.getTag())) {
        throw new IppException(
            Status.clientErrorBadRequest, "unexpected attribute group " + g.getTag());
      }
      if (!seen.add(g.getTag()) && g.getTag().equals(Tag.operationAttributes)) {
        throw new IppException(
            Status.clientErrorBadRequest, "more than one operation attributes group");
      }
      checkDistinctNames(g);
    }
    AttributeGroup op = groups.get(0);
    if (op.size() < 2) {
      throw new IppException(
          Status.clientErrorBadRequest,
          "attributes-charset and attributes-natural-language must be the first two operation"
              + " attributes");
    }
    Attribute<?> charset = op.get(0);
    Attribute<?> language = op.get(1);
    if (!charset.getName().equals("attributes-charset")
        || !language.getName().equals("attributes-natural-language")) {
      throw new IppException(
          Status.clientErrorBadRequest,
          "the first two operation attributes must be attributes-charset then"
              + " attributes-natural-language, not "
              + charset.getName()
              + " then "
              + language.getName());
    }
    if (charset.size() != 1 || !Attr.isOf(charset.get(0), Tag.charset)) {
      throw new IppException(
          Status.clientErrorBadRequest, "attributes-charset must be one charset value");
    }
    if (language.size() != 1 || !Attr.isOf(language.get(0), Tag.naturalLanguage)) {
      throw new IppException(
          Status.clientErrorBadRequest,
          "attributes-natural-language must be one naturalLanguage value");
    }
    String cs = Attr.string(charset.get(0)).toLowerCase(Locale.ROOT);
    if (!CHARSETS.contains(cs)) {
      throw new IppException(
          Status.clientErrorCharsetNotSupported,
          "attributes-charset '" + cs + "' is not supported; use utf-8",
          List.of(charset));
    }
  }

  private static void checkDistinctNames(AttributeGroup g) {
    Set<String> names = new HashSet<>();
    for (Attribute<?> a : g) {
      if (!names.add(a.getName())) {
        throw new IppException(
            Status.clientErrorBadRequest,
            "attribute " + a.getName() + " appears twice in the " + g.getTag() + " group");
      }
    }
  }
}
