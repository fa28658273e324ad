package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobService;
import dev.fusejet.job.JobState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compressed documents from a real client: CUPS' ipptool compresses a JPEG with gzip and with
 * deflate (the compression attribute and its {@code COMPRESSION} directive, CUPS' own encoders, as
 * ipp-everywhere.test sends them) and both jobs print; a compression the printer does not offer
 * gets client-error-compression-not-supported with the attribute in the unsupported group, and data
 * that is not what it claims gets client-error-compression-error.
 */
class CompressionTest {

  @TempDir Path dir;

  private static String block(String name, String lines, String status) {
    return "{\n NAME \""
        + name
        + "\"\n OPERATION Print-Job\n GROUP operation-attributes-tag\n"
        + " ATTR charset attributes-charset utf-8\n"
        + " ATTR naturalLanguage attributes-natural-language en\n"
        + " ATTR uri printer-uri $uri\n ATTR name requesting-user-name compression\n"
        + " ATTR mimeMediaType document-format image/jpeg\n"
        + lines
        + " FILE color.jpg\n STATUS "
        + status
        + "\n}\n";
  }

  @Test
  void gzipAndDeflateDocumentsPrintAndOthersAreRefused() throws Exception {
    assumeTrue(IppTool.available(), "ipptool (cups-ipp-utils) is not installed");
    SampleDocuments.write(dir);
    String test =
        block(
                "gzip",
                " ATTR keyword compression gzip\n COMPRESSION gzip\n",
                "successful-ok\n EXPECT job-id OF-TYPE integer")
            + block(
                "deflate",
                " ATTR keyword compression deflate\n COMPRESSION deflate\n",
                "successful-ok\n EXPECT job-id OF-TYPE integer")
            + block(
                "compress is not offered",
                " ATTR keyword compression compress\n",
                "client-error-compression-not-supported\n"
                    + " EXPECT compression IN-GROUP unsupported-attributes-tag")
            + block(
                "plain data sent as gzip",
                " ATTR keyword compression gzip\n",
                "client-error-compression-error");
    Files.writeString(dir.resolve("compression.test"), test);
    try (TestPrinter printer = TestPrinter.start(dir.resolve("state"))) {
      IppTool.Result r = IppTool.run(dir, "-t", printer.uri("ipp"), "compression.test");
      assertThat(r.failed()).as(r.toString()).isEmpty();
      assertThat(r.passed()).as(r.toString()).hasSize(4);
      List<JobInfo> jobs = printer.jobs.jobs(JobService.Which.ALL, 10);
      assertThat(jobs).hasSize(2);
      for (JobInfo j : jobs) {
        JobInfo done = printer.jobs.await(j.id(), x -> x.state().terminal(), Duration.ofMinutes(2));
        assertThat(done.state()).as(done.toString()).isEqualTo(JobState.COMPLETED);
        assertThat(done.sheetsCompleted()).isEqualTo(1);
      }
    }
  }
}
