package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppOutputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.model.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * status-message is text(255) (RFC 8011 section 4.1.6.2): a longer message is cut to 255 octets of
 * UTF-8 between characters, so a client's strict decoder still reads it. Checked on the encoded
 * packet, and by CUPS' ipptool, which validates every attribute of a response and reports a text
 * value over its limit.
 */
class StatusMessageTest {

  @TempDir Path dir;

  /** 2-, 3- and 4-octet characters, so that 255 falls inside one of them. */
  private static final String LONG =
      "Le média « papier photo brillant » n’est pas chargé — 用紙を入れてください 🖨️ ".repeat(5);

  private static String strictUtf8(byte[] b) throws Exception {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b))
        .toString();
  }

  @Test
  void aLongMessageIsCutTo255OctetsOnACharacterBoundary() throws Exception {
    assertThat(LONG.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(340);
    IppPacket reply =
        Replies.error(
            0x0200, 7, new IppException(Status.clientErrorAttributesOrValuesNotSupported, LONG));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (IppOutputStream out = new IppOutputStream(bytes)) {
      out.write(reply);
    }
    IppPacket read;
    try (IppInputStream in = new IppInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readPacket();
    }
    String message = null;
    for (com.hp.jipp.encoding.AttributeGroup g : read.getAttributeGroups()) {
      for (com.hp.jipp.encoding.Attribute<?> a : g) {
        if (a.getName().equals("status-message")) {
          message = Attr.string(a.get(0));
        }
      }
    }
    assertThat(message).isNotNull();
    byte[] octets = message.getBytes(StandardCharsets.UTF_8);
    assertThat(octets.length).isLessThanOrEqualTo(255);
    assertThat(strictUtf8(octets)).isEqualTo(message);
    assertThat(LONG).startsWith(message);
    // cut only as much as needed: the next character would not have fitted
    int next = LONG.codePointAt(message.length());
    assertThat(
            octets.length
                + new String(Character.toChars(next)).getBytes(StandardCharsets.UTF_8).length)
        .isGreaterThan(255);
    // cut inside a 4-octet character: the emoji is dropped whole
    String emoji = "a".repeat(253) + "🖨";
    assertThat(Replies.cut(emoji, 255)).isEqualTo("a".repeat(253));
    assertThat(Replies.cut("short", 255)).isEqualTo("short");
  }

  /**
   * Through a running printer: a Print-Job whose media is a 120-character name of 2-octet
   * characters is refused with a message that quotes it (over 340 octets before the cut); ipptool
   * validates the response (its check of text values is what reported the 340-octet message).
   */
  @Test
  void ipptoolAcceptsTheRefusalOfALongMultiByteValue() throws Exception {
    assumeTrue(IppTool.available(), "ipptool (cups-ipp-utils) is not installed");
    SampleDocuments.write(dir);
    String name = "ü".repeat(120);
    Files.writeString(
        dir.resolve("long.test"),
        "{\n NAME \"long refusal\"\n OPERATION Print-Job\n"
            + " GROUP operation-attributes-tag\n"
            + " ATTR charset attributes-charset utf-8\n"
            + " ATTR naturalLanguage attributes-natural-language en\n"
            + " ATTR uri printer-uri $uri\n"
            + " ATTR name requesting-user-name long\n"
            + " ATTR mimeMediaType document-format image/jpeg\n"
            + " GROUP job-attributes-tag\n"
            + " ATTR name media \""
            + name
            + "\"\n FILE color.jpg\n"
            + " STATUS client-error-attributes-or-values-not-supported\n"
            + " EXPECT status-message OF-TYPE text\n}\n",
        StandardCharsets.UTF_8);
    try (TestPrinter printer = TestPrinter.start(dir.resolve("state"))) {
      IppTool.Result r = IppTool.run(dir, "-tv", printer.uri("ipp"), "long.test");
      assertThat(r.failed()).as(r.toString()).isEmpty();
      assertThat(r.passed()).as(r.toString()).hasSize(1);
      assertThat(r.output()).contains("status-message (textWithoutLanguage) = media '" + name);
    }
  }
}
