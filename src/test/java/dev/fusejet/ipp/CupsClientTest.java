package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.job.JobEvent;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobListener;
import dev.fusejet.job.JobService;
import dev.fusejet.job.JobState;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CUPS as a client, as a desktop prints: a private {@code cupsd} adds the printer driverless
 * ({@code lpadmin -m everywhere}, which builds its PPD from Get-Printer-Attributes), then {@code
 * lp} prints a JPEG and a PDF through CUPS' filters and its ipp backend. Both jobs must complete on
 * the printer with sheets fused and records kept.
 */
class CupsClientTest {

  @TempDir Path dir;

  @Test
  void cupsPrintsAJpegAndAPdfDriverless() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/sbin/cupsd"))
            && Files.isExecutable(Path.of("/usr/sbin/lpadmin")),
        "CUPS is not installed (apt-get install cups; .ci/run does)");
    SampleDocuments.write(dir);
    try (TestPrinter printer = TestPrinter.start(dir.resolve("state"))) {
      CountDownLatch ended = new CountDownLatch(2);
      AutoCloseable listening =
          printer.jobs.addListener(
              new JobListener() {
                @Override
                public void jobChanged(JobEvent e) {
                  if (e.kind() == JobEvent.Kind.COMPLETED) {
                    ended.countDown();
                  }
                }
              });
      int port = freePort();
      Process cupsd = startCupsd(port);
      try {
        String server = "127.0.0.1:" + port;
        run(
            "lpadmin",
            "-h",
            server,
            "-p",
            "fusejet",
            "-E",
            "-v",
            printer.uri("ipp"),
            "-m",
            "everywhere");
        run(
            "lp",
            "-h",
            server,
            "-d",
            "fusejet",
            "-t",
            "cups jpeg",
            dir.resolve("color.jpg").toString());
        run(
            "lp",
            "-h",
            server,
            "-d",
            "fusejet",
            "-t",
            "cups pdf",
            dir.resolve("document-a4.pdf").toString());
        assertThat(ended.await(120, TimeUnit.SECONDS)).as("both jobs ended\n" + log()).isTrue();
        List<JobInfo> done = printer.jobs.jobs(JobService.Which.COMPLETED, 10);
        assertThat(done).as(log()).hasSize(2);
        for (JobInfo j : done) {
          assertThat(j.state())
              .as(j.id() + " " + j.message() + "\n" + log())
              .isEqualTo(JobState.COMPLETED);
          assertThat(j.ticket().user()).isNotBlank();
          assertThat(j.sheets()).isNotEmpty();
          assertThat(j.sheets().get(0).totalInk()).as("ink fired on sheet 1").isPositive();
          assertThat(j.sheets().get(0).headTime()).as("head time").isPositive();
          assertThat(j.summary().sheets()).isEqualTo(j.sheets().size());
        }
        assertThat(done.stream().map(j -> j.documents().get(0).format()))
            .as("what CUPS sent")
            .allMatch(f -> DocumentFormats.SUPPORTED.contains(f));
      } finally {
        listening.close();
        cupsd.destroy();
        if (!cupsd.waitFor(10, TimeUnit.SECONDS)) {
          cupsd.destroyForcibly();
        }
      }
    }
  }

  private Process startCupsd(int port) throws IOException, InterruptedException {
    Path root = Files.createDirectories(dir.resolve("cups"));
    for (String d : List.of("spool", "cache", "state", "log", "tmp", "ppd")) {
      Path p = Files.createDirectories(root.resolve(d));
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(
        root.resolve("cupsd.conf"),
        String.join(
            "\n",
            "Listen 127.0.0.1:" + port,
            "LogLevel debug",
            "Browsing Off",
            "DefaultAuthType None",
            "WebInterface No",
            "<Location />",
            "  Order allow,deny",
            "  Allow all",
            "</Location>",
            "<Location /admin>",
            "  Order allow,deny",
            "  Allow all",
            "</Location>",
            "<Policy default>",
            "  <Limit All>",
            "    Order deny,allow",
            "  </Limit>",
            "</Policy>",
            ""),
        StandardCharsets.UTF_8);
    Files.writeString(
        root.resolve("cups-files.conf"),
        String.join(
            "\n",
            "ServerRoot " + root,
            "RequestRoot " + root.resolve("spool"),
            "CacheDir " + root.resolve("cache"),
            "StateDir " + root.resolve("state"),
            "TempDir " + root.resolve("tmp"),
            "ErrorLog " + root.resolve("log/error_log"),
            "AccessLog " + root.resolve("log/access_log"),
            "PageLog " + root.resolve("log/page_log"),
            "ServerBin /usr/lib/cups",
            "DataDir /usr/share/cups",
            "User lp",
            "Group lp",
            "FileDevice No",
            ""),
        StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(
                "/usr/sbin/cupsd",
                "-f",
                "-c",
                root.resolve("cupsd.conf").toString(),
                "-s",
                root.resolve("cups-files.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("log/cupsd.out").toFile())
            .start();
    // cupsd is up when it answers lpstat
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      Process q =
          new ProcessBuilder("lpstat", "-h", "127.0.0.1:" + port, "-r")
              .redirectErrorStream(true)
              .start();
      String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      q.waitFor();
      if (out.contains("is running")) {
        return p;
      }
      if (!p.isAlive()) {
        throw new AssertionError(
            "cupsd exited: " + Files.readString(root.resolve("log/cupsd.out")));
      }
      p.waitFor(200, TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("cupsd did not start: " + log());
  }

  private String log() {
    try {
      Path l = dir.resolve("cups/log/error_log");
      if (!Files.exists(l)) {
        return "(no cups error_log)";
      }
      List<String> lines = Files.readAllLines(l);
      // What decides the formats a queue takes (the MIME database, the PPD's filters, the formats
      // cupsd derived from them) is logged early; the tail shows the request that failed.
      StringBuilder b = new StringBuilder("cupsd's queue set-up:\n");
      lines.stream()
          .filter(
              s ->
                  s.contains("Loaded MIME database")
                      || s.contains("load_ppd")
                      || s.contains("pdl=")
                      || s.contains("Unsupported"))
          .forEach(s -> b.append(s).append('\n'));
      Path ppd = dir.resolve("cups/ppd/fusejet.ppd");
      if (Files.exists(ppd)) {
        Files.readAllLines(ppd).stream()
            .filter(s -> s.startsWith("*cupsFilter"))
            .forEach(s -> b.append("PPD ").append(s).append('\n'));
      }
      b.append("pdftopdf installed: ")
          .append(Files.isExecutable(Path.of("/usr/lib/cups/filter/pdftopdf")))
          .append("\nlast lines:\n");
      return b + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return e.toString();
    }
  }

  private void run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError(String.join(" ", cmd) + " failed: " + out + "\n" + log());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
