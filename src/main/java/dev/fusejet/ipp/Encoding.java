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
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

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

  /**
   * A response's operation group up to its first attribute after the language: the group's tag,
   * {@code attributes-charset utf-8} and {@code attributes-natural-language en}, the same in every
   * response the printer writes this way.
   */
  private static final byte[] OPERATION_HEAD = operationHead();

  private static byte[] operationHead() {
    byte[] a = attribute(Attr.charset("attributes-charset", "utf-8"));
    byte[] b = attribute(Attr.language("attributes-natural-language", "en"));
    byte[] head = new byte[1 + a.length + b.length];
    head[0] = (byte) Tag.operationAttributes.getCode();
    System.arraycopy(a, 0, head, 1, a.length);
    System.arraycopy(b, 0, head, 1 + a.length, b.length);
    return head;
  }

  /**
   * The last encoding of each attribute by name, reused while the attribute has the same type and
   * values as the one it was made from: for values read anew on every request that mostly come out
   * the same (the printer's state, its supplies). jipp's own attribute equality is not used: it
   * compares the values' strings, so a keyword and a name of the same text would pass for equal.
   */
  static final class Kept {
    /** An attribute and its bytes. */
    private static final class Entry {
      final Attribute<?> attribute;
      final byte[] bytes;

      Entry(Attribute<?> attribute, byte[] bytes) {
        this.attribute = attribute;
        this.bytes = bytes;
      }
    }

    private final ConcurrentHashMap<String, Entry> last = new ConcurrentHashMap<>();

    /** The bytes of {@code a}, as {@link Encoding#attribute} gives them. */
    byte[] of(Attribute<?> a) {
      Entry e = last.get(a.getName());
      if (e != null && same(e.attribute, a)) {
        return e.bytes;
      }
      byte[] b = attribute(a);
      last.put(a.getName(), new Entry(a, b));
      return b;
    }

    /** Same type (its class and name: the value tag) and equal values, octet strings by content. */
    private static boolean same(Attribute<?> x, Attribute<?> y) {
      if (x.getType().getClass() != y.getType().getClass()
          || !x.getType().getName().equals(y.getType().getName())
          || x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!Objects.deepEquals(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
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
      bytes.writeBytes(OPERATION_HEAD);
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
