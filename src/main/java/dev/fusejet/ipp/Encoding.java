package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppOutputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * IPP messages as bytes (RFC 8010 section 3): whole packets through jipp, and, for the answers the
 * printer gives most often (Get-Printer-Attributes), a message put together from attributes encoded
 * once and kept, so an unchanged attribute is not encoded again on every request.
 */
final class Encoding {
  private Encoding() {}

  /** The bytes of {@code packet}. */
  static byte[] packet(IppPacket packet) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (IppOutputStream out = new IppOutputStream(bytes)) {
      out.write(packet);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode an IPP message in memory", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The bytes of one attribute as it appears inside a group (RFC 8010 section 3.1.4: value tag,
   * name, value, and the additional values), without the group's delimiter tag.
   */
  static byte[] attribute(Attribute<?> attribute) {
    return attributes(List.of(attribute));
  }

  /**
   * The bytes of attributes as they appear inside one group, in order, without the group's
   * delimiter tag.
   */
  static byte[] attributes(List<Attribute<?>> attributes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (IppOutputStream out = new IppOutputStream(bytes)) {
      out.write(AttributeGroup.groupOf(Tag.jobAttributes, attributes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode an attribute group in memory", e);
    }
    byte[] b = bytes.toByteArray();
    return Arrays.copyOfRange(b, 1, b.length);
  }

  /** A message written in order: header, groups, attributes (encoded now or kept), end tag. */
  static final class Message {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);

    /**
     * Starts a response with the version answered for {@code version}, {@code status} and the
     * request's id, then the operation group with charset and language (RFC 8011 section 4.1.4).
     */
    Message(int version, int status, int requestId) {
      int v = Replies.versionFor(version);
      bytes.write(v >> 8);
      bytes.write(v & 0xff);
      bytes.write(status >> 8);
      bytes.write(status & 0xff);
      bytes.write(requestId >>> 24);
      bytes.write((requestId >> 16) & 0xff);
      bytes.write((requestId >> 8) & 0xff);
      bytes.write(requestId & 0xff);
      group(Tag.operationAttributes);
      attribute(Attr.charset("attributes-charset", "utf-8"));
      attribute(Attr.language("attributes-natural-language", "en"));
    }

    /** Opens a group (its delimiter tag). */
    void group(Tag tag) {
      bytes.write(tag.getCode());
    }

    /** An attribute encoded now. */
    void attribute(Attribute<?> a) {
      bytes.writeBytes(Encoding.attribute(a));
    }

    /** An attribute already encoded with {@link Encoding#attribute}. */
    void encoded(byte[] a) {
      bytes.writeBytes(a);
    }

    /** The message, ended with end-of-attributes-tag. */
    byte[] end() {
      bytes.write(Tag.endOfAttributes.getCode());
      return bytes.toByteArray();
    }
  }
}
