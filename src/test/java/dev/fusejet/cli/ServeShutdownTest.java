package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hp.jipp.encoding.AttributeGroup;
import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppOutputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.JobState;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.Types;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM on a real {@code fusejet serve}: a child JVM runs the printer on the apparatus paced in
 * real time, a JPEG is printed to it over IPP, and once the job is printing the child gets a real
 * SIGTERM ({@link Process#destroy} on Unix). The time from the signal to the process' end must be
 * within the bound the documentation and {@code --help} state ({@link ServeShutdown#BUDGET}), the
 * exit a clean one (the shutdown hook ran: status 143, no Java stack trace), and the job still
 * there when the printer starts again on the same state directory.
 */
class ServeShutdownTest {

  private static final Pattern IPP_URI = Pattern.compile("ipp://[^:/\\s]+:(\\d+)/ipp/print");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void sigtermWithAJobPrintingStopsWithinTheStatedBound(@TempDir Path dir) throws Exception {
    assumeTrue(
        System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
        "Process.destroy sends SIGTERM on Linux");
    Path state = dir.resolve("state");
    Process p = serve(state);
    StringBuilder err = new StringBuilder();
    try {
      URI printer = awaitReady(p);
      Thread drain = drain(p, err);
      int job = printJpeg(printer);
      awaitPrinting(printer, job);
      long t0 = System.nanoTime();
      p.destroy(); // SIGTERM
      boolean ended = p.waitFor(30, TimeUnit.SECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      drain.join(5000);
      assertThat(ended).as("fusejet serve ended after SIGTERM").isTrue();
      assertThat(took)
          .as("time from SIGTERM to exit (stderr: %s)", err)
          .isLessThanOrEqualTo(ServeShutdown.BUDGET);
      assertThat(p.exitValue()).as("exit on SIGTERM (128 + 15)").isEqualTo(143);
      assertThat(err.toString()).doesNotContain("Exception");
    } finally {
      p.destroyForcibly();
    }
    // the job was journaled: the printer started again knows it
    Process again = serve(state);
    try {
      URI printer = awaitReady(again);
      IppPacket r =
          send(
              printer,
              IppPacket.getJobs(printer).putOperationAttributes(Types.whichJobs.of("all")).build(),
              null);
      List<Integer> ids =
          r.getAttributeGroups().stream()
              .filter(g -> g.getTag().equals(Tag.jobAttributes))
              .map(g -> g.getValue(Types.jobId))
              .toList();
      assertThat(ids).as("jobs after the restart").hasSize(1);
    } finally {
      again.destroy();
      again.waitFor(30, TimeUnit.SECONDS);
      again.destroyForcibly();
    }
  }

  private static Process serve(Path state) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "serve",
            "--port",
            "0",
            "--listen",
            "127.0.0.1",
            "--no-dns-sd",
            "--pace",
            "real",
            "--state",
            state.toString())
        .start();
  }

  /** Reads the child's stdout up to the last line of its banner; the printer's ipp:// URI. */
  private static URI awaitReady(Process p) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    URI ipp = null;
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = IPP_URI.matcher(line);
      if (m.find()) {
        ipp = URI.create("ipp://127.0.0.1:" + m.group(1) + "/ipp/print");
      }
      if (line.startsWith("Stop with")) {
        break;
      }
    }
    assertThat(ipp).as("the printer's URI in %s", seen).isNotNull();
    return ipp;
  }

  private static Thread drain(Process p, StringBuilder err) {
    Thread t =
        new Thread(
            () -> {
              try {
                String s = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                synchronized (err) {
                  err.append(s);
                }
              } catch (IOException e) {
                // the child is gone
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }

  private int printJpeg(URI printer) throws Exception {
    BufferedImage img = new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 600; y++) {
      for (int x = 0; x < 400; x++) {
        img.setRGB(x, y, (x * 255 / 400) << 16 | (y * 255 / 600) << 8 | 128);
      }
    }
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", jpeg);
    IppPacket r =
        send(
            printer,
            IppPacket.printJob(printer)
                .putOperationAttributes(
                    Types.requestingUserName.of("sigterm"), Types.documentFormat.of("image/jpeg"))
                .build(),
            jpeg.toByteArray());
    assertThat(r.getCode()).as("Print-Job status").isZero();
    return r.getValue(Tag.jobAttributes, Types.jobId);
  }

  /**
   * Waits, with a pull subscription ({@code notify-wait}: the printer answers when something
   * happens), until the job is processing with {@code job-printing}.
   */
  private void awaitPrinting(URI printer, int job) throws Exception {
    IppPacket.Builder sub =
        new IppPacket.Builder(Operation.createJobSubscriptions.getCode(), 0x0200, 2)
            .putOperationAttributes(
                Types.attributesCharset.of("utf-8"),
                Types.attributesNaturalLanguage.of("en"),
                Types.printerUri.of(printer),
                Types.requestingUserName.of("sigterm"),
                Types.notifyJobId.of(job));
    sub.addGroup(
        AttributeGroup.groupOf(
            Tag.subscriptionAttributes,
            Types.notifyPullMethod.of("ippget"),
            Types.notifyEvents.of("job-state-changed", "job-progress")));
    IppPacket s = send(printer, sub.build(), null);
    assertThat(s.getCode()).as("Create-Job-Subscriptions status").isZero();
    int id = s.getValue(Tag.subscriptionAttributes, Types.notifySubscriptionId);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int seq = 1;
    while (System.nanoTime() < deadline) {
      IppPacket j =
          send(
              printer,
              IppPacket.getJobAttributes(printer, job)
                  .putOperationAttributes(Types.requestingUserName.of("sigterm"))
                  .build(),
              null);
      JobState st = j.getValue(Tag.jobAttributes, Types.jobState);
      List<String> reasons = j.getValues(Tag.jobAttributes, Types.jobStateReasons);
      if (JobState.processing.equals(st) && reasons.contains("job-printing")) {
        return;
      }
      assertThat(st).as("job state while waiting").isIn(JobState.pending, JobState.processing);
      IppPacket n =
          send(
              printer,
              new IppPacket.Builder(Operation.getNotifications.getCode(), 0x0200, 3)
                  .putOperationAttributes(
                      Types.attributesCharset.of("utf-8"),
                      Types.attributesNaturalLanguage.of("en"),
                      Types.printerUri.of(printer),
                      Types.requestingUserName.of("sigterm"),
                      Types.notifySubscriptionIds.of(id),
                      Types.notifySequenceNumbers.of(seq),
                      Types.notifyWait.of(true))
                  .build(),
              null);
      for (AttributeGroup g : n.getAttributeGroups()) {
        if (g.getTag().equals(Tag.eventNotificationAttributes)) {
          Integer q = g.getValue(Types.notifySequenceNumber);
          seq = q == null ? seq : Math.max(seq, q + 1);
        }
      }
    }
    throw new AssertionError("job " + job + " did not start printing within 120 s");
  }

  private IppPacket send(URI printer, IppPacket request, byte[] document) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    new IppOutputStream(body).write(request);
    if (document != null) {
      body.write(document);
    }
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(printer.toString().replaceFirst("^ipp:", "http:")))
                .header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    return new IppInputStream(new ByteArrayInputStream(r.body())).readPacket();
  }
}
