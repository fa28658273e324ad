package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeCollection;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.Status;
import dev.fusejet.config.Catalog;
import dev.fusejet.device.Fault;
import dev.fusejet.raster.MediaSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Get-Printer-Attributes is answered from attributes encoded once and kept: the message must be the
 * one jipp writes for the same attributes, and nothing kept may go stale: a fault raised or a
 * medium loaded on the device shows in the very next request.
 */
class PrinterAttributesTest {

  @TempDir static Path dir;
  static TestPrinter printer;
  static final IppClient client = new IppClient();

  @BeforeAll
  static void start() {
    printer = TestPrinter.start(dir.resolve("state"));
  }

  @AfterAll
  static void stop() {
    printer.close();
  }

  private static IppPacket gpa(String... requested) throws Exception {
    IppPacket req =
        IppClient.request(
            Operation.getPrinterAttributes.getCode(),
            printer.uri("ipp"),
            Attr.keyword("requested-attributes", requested));
    IppClient.Reply r = client.send(printer.uri("ipp"), req, null, null, null);
    assertThat(r.ipp().getCode()).isEqualTo(Status.successfulOk.getCode());
    return r.ipp();
  }

  private static List<String> values(IppPacket p, String name) {
    Attribute<?> a = p.get(Tag.printerAttributes).get(name);
    List<String> out = new ArrayList<>();
    if (a != null) {
      a.forEach(v -> out.add(Attr.string(v)));
    }
    return out;
  }

  @Test
  void theKeptEncodingIsTheOneJippWrites() throws Exception {
    List<Attribute<?>> attrs =
        List.of(
            Attr.keyword("printer-state-reasons", "none", "media-jam-error"),
            Attr.integer("queued-job-count", 3),
            Attr.collection("media-size", PrinterDescription.sizeCol(MediaSize.of("4x6"))),
            Attr.text("printer-info", "ünïcode"));
    IppPacket.Builder b = Replies.to(0x0200, 42, Status.successfulOk);
    b.putPrinterAttributes(attrs);
    byte[] jipp = Encoding.packet(b.build());
    Encoding.Message m = new Encoding.Message(0x0200, Status.successfulOk.getCode(), 42);
    m.group(Tag.printerAttributes);
    m.encoded(Encoding.attribute(attrs.get(0)));
    m.attribute(attrs.get(1));
    m.encoded(Encoding.attribute(attrs.get(2)));
    m.attribute(attrs.get(3));
    assertThat(m.end()).isEqualTo(jipp);
  }

  @Test
  void aSmallRequestedSetGetsExactlyThoseAttributes() throws Exception {
    IppPacket p = gpa("printer-state", "printer-state-reasons", "queued-job-count");
    AttributeGroup g = p.get(Tag.printerAttributes);
    List<String> names = new ArrayList<>();
    g.forEach(a -> names.add(a.getName()));
    assertThat(names)
        .containsExactlyInAnyOrder("printer-state", "printer-state-reasons", "queued-job-count");
    assertThat(p.getVersionNumber()).isEqualTo(0x0200);
    assertThat(p.getRequestId()).isEqualTo(7);
  }

  @Test
  void attributesNamedOneByOneComeInTheOrderAndWithTheValuesOfAll() throws Exception {
    IppPacket all = gpa("all");
    List<String> names = new ArrayList<>();
    all.get(Tag.printerAttributes).forEach(a -> names.add(a.getName()));
    // every third attribute of the full answer, asked for in reverse order
    List<String> some = new ArrayList<>();
    for (int i = names.size() - 1; i >= 0; i -= 3) {
      some.add(names.get(i));
    }
    IppPacket p = gpa(some.toArray(new String[0]));
    List<String> got = new ArrayList<>();
    p.get(Tag.printerAttributes).forEach(a -> got.add(a.getName()));
    List<String> expected = new ArrayList<>(names);
    expected.retainAll(some);
    assertThat(got).containsExactlyElementsOf(expected);
    for (String n : List.of("printer-name", "document-format-supported", "printer-state")) {
      if (some.contains(n)) {
        assertThat(values(p, n)).isEqualTo(values(all, n));
      }
    }
  }

  @Test
  void aKeptLiveEncodingIsReusedOnlyForTheSameTypeAndValues() {
    Encoding.Kept kept = new Encoding.Kept();
    Attribute<?> keyword = Attr.keyword("printer-state-reasons", "none");
    byte[] first = kept.of(keyword);
    assertThat(kept.of(Attr.keyword("printer-state-reasons", "none"))).isSameAs(first);
    // jipp's equality compares the values' strings: a name of the same text would pass for it
    Attribute<?> name = Attr.name("printer-state-reasons", "none");
    assertThat(kept.of(name)).isEqualTo(Encoding.attribute(name)).isNotEqualTo(first);
    assertThat(kept.of(Attr.keyword("printer-state-reasons", "media-jam-error")))
        .isEqualTo(Encoding.attribute(Attr.keyword("printer-state-reasons", "media-jam-error")));
  }

  @Test
  void aFaultShowsInTheNextRequest() throws Exception {
    gpa("all");
    Fault jam = Fault.mediaJam();
    printer.device.faults().orElseThrow().inject(jam);
    try {
      assertThat(values(gpa("all"), "printer-state-reasons")).contains(jam.reason());
      assertThat(values(gpa("printer-state-reasons"), "printer-state-reasons"))
          .contains(jam.reason());
    } finally {
      printer.device.faults().orElseThrow().clear(jam);
    }
    assertThat(values(gpa("printer-state-reasons"), "printer-state-reasons"))
        .doesNotContain(jam.reason());
  }

  @Test
  void aMediumLoadedOnTheDeviceShowsInTheNextRequest() throws Exception {
    String before = readyType(gpa("media-col-ready"), "main");
    String other = before.equals("lustre-ldpe-85") ? Catalog.DEFAULT_MEDIUM : "lustre-ldpe-85";
    printer.device.loadMedia("main", TestPrinter.CATALOG.medium(other), MediaSize.of("4x6"), 500);
    try {
      assertThat(readyType(gpa("all"), "main")).isEqualTo(other);
      assertThat(readyType(gpa("media-col-ready"), "main")).isEqualTo(other);
    } finally {
      printer.device.loadMedia(
          "main", TestPrinter.CATALOG.medium(before), MediaSize.of("4x6"), 500);
    }
    assertThat(readyType(gpa("media-col-ready"), "main")).isEqualTo(before);
  }

  /** The media-type of the media-col-ready entry for {@code source}. */
  private static String readyType(IppPacket p, String source) {
    Attribute<?> ready = p.get(Tag.printerAttributes).get("media-col-ready");
    for (Object v : ready) {
      AttributeCollection c = (AttributeCollection) v;
      String src = null;
      String type = null;
      for (Attribute<?> m : c.getAttributes()) {
        if (m.getName().equals("media-source")) {
          src = Attr.string(m.get(0));
        } else if (m.getName().equals("media-type")) {
          type = Attr.string(m.get(0));
        }
      }
      if (source.equals(src)) {
        return type;
      }
    }
    throw new AssertionError("no media-col-ready entry for " + source + " in " + ready);
  }
}
