package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.AttributeCollection;
import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.Status;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobState;
import dev.fusejet.media.Medium;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printer over HTTP from a plain client: admin operations need Basic authentication over TLS
 * (and never over plain ipp), a job's fusing record comes back as vendor attributes consistent with
 * the claimed expressions, and pull notifications report the job's completion.
 */
class AdminAndRecordsTest {

  @TempDir static Path dir;
  static TestPrinter printer;
  static final IppClient client = new IppClient();

  @BeforeAll
  static void start() {
    printer = TestPrinter.start(dir.resolve("state"));
    new Passwords(dir.resolve("state")).set("admin", "correct horse".toCharArray());
  }

  @AfterAll
  static void stop() {
    printer.close();
  }

  @Test
  void pauseNeedsTheAdministratorOverTls() throws Exception {
    IppPacket pause = IppClient.request(Operation.pausePrinter.getCode(), printer.uri("ipps"));
    IppClient.Reply plain =
        client.send(
            printer.uri("ipp"),
            IppClient.request(Operation.pausePrinter.getCode(), printer.uri("ipp")),
            null,
            "admin",
            "correct horse");
    assertThat(plain.ipp().getCode()).isEqualTo(Status.clientErrorNotAuthorized.getCode());
    IppClient.Reply anonymous = client.send(printer.uri("ipps"), pause, null, null, null);
    assertThat(anonymous.http()).isEqualTo(401);
    assertThat(anonymous.wwwAuthenticate()).startsWith("Basic realm=");
    IppClient.Reply wrong = client.send(printer.uri("ipps"), pause, null, "admin", "wrong horse");
    assertThat(wrong.http()).isEqualTo(401);
    IppClient.Reply ok = client.send(printer.uri("ipps"), pause, null, "admin", "correct horse");
    assertThat(ok.ipp().getCode()).isEqualTo(Status.successfulOk.getCode());
    assertThat(printer.jobs.printer().paused()).isTrue();
    IppClient.Reply resume =
        client.send(
            printer.uri("ipps"),
            IppClient.request(Operation.resumePrinter.getCode(), printer.uri("ipps")),
            null,
            "admin",
            "correct horse");
    assertThat(resume.ipp().getCode()).isEqualTo(Status.successfulOk.getCode());
    assertThat(printer.jobs.printer().paused()).isFalse();
  }

  @Test
  void aJobsFusingRecordHoldsTheClaimedProducts() throws Exception {
    String uri = printer.uri("ipp");
    IppPacket sub =
        new IppPacket.Builder(Operation.createPrinterSubscriptions.getCode(), 0x0200, 3)
            .putOperationAttributes(
                Attr.charset("attributes-charset", "utf-8"),
                Attr.language("attributes-natural-language", "en"),
                Attr.uri("printer-uri", uri),
                Attr.name("requesting-user-name", "alice"))
            .putAttributes(
                Tag.subscriptionAttributes,
                Attr.keyword("notify-pull-method", "ippget"),
                Attr.keyword("notify-events", "job-completed"))
            .build();
    IppPacket subReply = client.send(uri, sub, null, null, null).ipp();
    int subscription =
        (Integer) subReply.get(Tag.subscriptionAttributes).get("notify-subscription-id").get(0);

    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(SampleDocuments.photo(200, 300, false), "jpg", jpeg);
    IppPacket print =
        IppClient.request(
            Operation.printJob.getCode(),
            uri,
            Attr.name("requesting-user-name", "alice"),
            Attr.name("job-name", "records"),
            Attr.mime("document-format", "application/octet-stream"));
    IppClient.Reply printed = client.send(uri, print, jpeg.toByteArray(), null, null);
    assertThat(printed.ipp().getCode()).isEqualTo(Status.successfulOk.getCode());
    int id = (Integer) printed.ipp().get(Tag.jobAttributes).get("job-id").get(0);
    JobInfo done = printer.jobs.await(id, j -> j.state().terminal(), Duration.ofSeconds(60));
    assertThat(done.state()).as(done.message()).isEqualTo(JobState.COMPLETED);

    IppPacket get =
        IppClient.request(
            Operation.getJobAttributes.getCode(),
            uri,
            Attr.integer("job-id", id),
            Attr.name("requesting-user-name", "alice"),
            Attr.keyword("requested-attributes", "all", JobDescription.SHEET_RECORDS));
    AttributeGroup job = client.send(uri, get, null, null, null).ipp().get(Tag.jobAttributes);
    assertThat(Attr.string(job.get("document-format-detected").get(0))).isEqualTo("image/jpeg");
    assertThat(Attr.string(job.get("document-format-supplied").get(0)))
        .isEqualTo("application/octet-stream");
    assertThat(job.get("fusejet-sheets-fused").get(0)).isEqualTo(done.sheets().size());
    Attribute<?> records = job.get(JobDescription.SHEET_RECORDS);
    assertThat(records).hasSize(done.sheets().size());
    Map<String, Medium> media = new HashMap<>();
    for (Medium m : TestPrinter.catalogue()) {
      media.put(m.name(), m);
    }
    for (Object r : records) {
      Map<String, Object> v = new HashMap<>();
      for (Attribute<?> m : ((AttributeCollection) r).getAttributes()) {
        v.put(m.getName(), m.get(0));
      }
      Medium medium = media.get(Attr.string(v.get("media-type")));
      double t = (Integer) v.get("dwell") * 1e-6;
      double temp = (Integer) v.get("surface-temperature") * 1e-3;
      // the claimed expressions (1) and (2): (T - Tg) t and (T - T_M) t, from T, t and the medium
      assertThat((Integer) v.get("heat-product") * 1e-3)
          .isCloseTo(
              (temp - medium.glassTransition()) * t, org.assertj.core.data.Offset.offset(0.01));
      assertThat((Integer) v.get("melt-product") * 1e-3)
          .isCloseTo(
              (temp - medium.meltingTemperature()) * t, org.assertj.core.data.Offset.offset(0.01));
      assertThat(v.get("compliant")).isEqualTo(done.sheets().get(0).compliant());
    }

    IppPacket notes =
        IppClient.request(
            Operation.getNotifications.getCode(),
            uri,
            Attr.name("requesting-user-name", "alice"),
            Attr.integer("notify-subscription-ids", subscription),
            Attr.bool("notify-wait", true));
    IppPacket n = client.send(uri, notes, null, null, null).ipp();
    AttributeGroup event = n.get(Tag.eventNotificationAttributes);
    assertThat(event).as(n.toString()).isNotNull();
    assertThat(Attr.string(event.get("notify-subscribed-event").get(0))).isEqualTo("job-completed");
    assertThat(event.get("notify-job-id").get(0)).isEqualTo(id);
  }

  @Test
  void othersCannotCancelAJob() throws Exception {
    String uri = printer.uri("ipp");
    printer.jobs.pause();
    try {
      IppPacket create =
          IppClient.request(
              Operation.createJob.getCode(), uri, Attr.name("requesting-user-name", "alice"));
      int id =
          (Integer)
              client
                  .send(uri, create, null, null, null)
                  .ipp()
                  .get(Tag.jobAttributes)
                  .get("job-id")
                  .get(0);
      IppPacket cancel =
          IppClient.request(
              Operation.cancelJob.getCode(),
              uri,
              Attr.integer("job-id", id),
              Attr.name("requesting-user-name", "mallory"));
      assertThat(client.send(uri, cancel, null, null, null).ipp().getCode())
          .isEqualTo(Status.clientErrorNotAuthorized.getCode());
      IppPacket own =
          IppClient.request(
              Operation.cancelJob.getCode(),
              uri,
              Attr.integer("job-id", id),
              Attr.name("requesting-user-name", "alice"));
      assertThat(client.send(uri, own, null, null, null).ipp().getCode())
          .isEqualTo(Status.successfulOk.getCode());
    } finally {
      printer.jobs.resume();
    }
  }
}
