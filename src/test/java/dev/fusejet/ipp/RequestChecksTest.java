package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 8011 section 4.1's checks, one malformation at a time (the statuses its tests expect). */
class RequestChecksTest {

  /** A Get-Printer-Attributes packet made directly (jipp's builder would reorder the group). */
  private static IppPacket packet(int version, int id, List<Attribute<?>> op) {
    return new IppPacket(
        version,
        0x000B,
        id,
        List.of(
            com.hp.jipp.encoding.AttributeGroup.groupOf(
                com.hp.jipp.encoding.Tag.operationAttributes, op)));
  }

  private static final Attribute<?> CHARSET = Attr.charset("attributes-charset", "utf-8");
  private static final Attribute<?> LANGUAGE = Attr.language("attributes-natural-language", "en");
  private static final Attribute<?> URI = Attr.uri("printer-uri", "ipp://localhost/ipp/print");

  private static Status status(IppPacket p) {
    return catchThrowableOfType(IppException.class, () -> RequestChecks.check(p)).status();
  }

  @Test
  void aWellFormedRequestPasses() {
    assertThatCode(() -> RequestChecks.check(packet(0x0101, 1, List.of(CHARSET, LANGUAGE, URI))))
        .doesNotThrowAnyException();
  }

  @Test
  void eachMalformationGetsItsStatus() {
    assertThat(status(packet(0x0000, 1, List.of(CHARSET, LANGUAGE, URI))))
        .isEqualTo(Status.serverErrorVersionNotSupported);
    assertThat(status(packet(0x0101, 0, List.of(CHARSET, LANGUAGE, URI))))
        .isEqualTo(Status.clientErrorBadRequest);
    assertThat(status(packet(0x0101, 1, List.of(LANGUAGE, CHARSET, URI))))
        .isEqualTo(Status.clientErrorBadRequest);
    assertThat(status(packet(0x0101, 1, List.of(CHARSET, URI))))
        .isEqualTo(Status.clientErrorBadRequest);
    assertThat(
            status(
                packet(
                    0x0101,
                    1,
                    List.of(Attr.keyword("attributes-charset", "utf-8"), LANGUAGE, URI))))
        .as("charset with the keyword tag")
        .isEqualTo(Status.clientErrorBadRequest);
    IppException latin =
        catchThrowableOfType(
            IppException.class,
            () ->
                RequestChecks.check(
                    packet(
                        0x0101,
                        1,
                        List.of(Attr.charset("attributes-charset", "iso-8859-1"), LANGUAGE, URI))));
    assertThat(latin.status()).isEqualTo(Status.clientErrorCharsetNotSupported);
    assertThat(latin.unsupported())
        .extracting(Attribute::getName)
        .containsExactly("attributes-charset");
  }

  @Test
  void sniffingKnowsTheSignatures() {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0, 0};
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    assertThat(DocumentFormats.sniff(jpeg, 8)).contains("image/jpeg");
    assertThat(DocumentFormats.sniff(png, 8)).contains("image/png");
    assertThat(
            DocumentFormats.sniff(
                "%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 8))
        .contains("application/pdf");
    assertThat(
            DocumentFormats.sniff(
                "RaS2PwgR".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 8))
        .contains("image/pwg-raster");
    assertThat(
            DocumentFormats.sniff(
                "UNIRAST\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 8))
        .contains("image/urf");
    assertThat(
            DocumentFormats.sniff(
                "%!PS-Ado".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 8))
        .isEmpty();
  }

  @Test
  void passwordsAreHashedAndChecked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Passwords p = new Passwords(dir);
    p.set("admin", "s3cret-pass".toCharArray());
    assertThat(p.check("admin", "s3cret-pass".toCharArray())).isTrue();
    assertThat(p.check("admin", "s3cret-pasS".toCharArray())).isFalse();
    assertThat(p.check("root", "s3cret-pass".toCharArray())).isFalse();
    assertThat(java.nio.file.Files.readString(p.file()))
        .doesNotContain("s3cret")
        .startsWith("admin:pbkdf2-sha256:600000:");
  }
}
