package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Get-Jobs answers from each job as it is at the request, for the client asking: job groups are
 * kept encoded between requests ({@link JobGroups}), and what CUPS' ipptool reads back must be what
 * a fresh build would give, whoever asks (job-privacy), over whichever scheme (the URIs), and after
 * the job changes (a cancel).
 */
class GetJobsTest {

  @TempDir Path dir;

  private static final String ATTRS =
      "job-id,job-uri,job-name,job-originating-user-name,job-state,job-state-reasons";

  private static String header(String op, String user) {
    return "{\n NAME \""
        + op
        + " as "
        + user
        + "\"\n OPERATION "
        + op
        + "\n GROUP operation-attributes-tag\n"
        + " ATTR charset attributes-charset utf-8\n"
        + " ATTR naturalLanguage attributes-natural-language en\n"
        + " ATTR uri printer-uri $uri\n"
        + " ATTR name requesting-user-name "
        + user
        + "\n";
  }

  private static String getJobs(String user, String expect) {
    return header("Get-Jobs", user)
        + " ATTR keyword which-jobs all\n"
        + " ATTR keyword requested-attributes "
        + ATTRS
        + "\n STATUS successful-ok\n"
        + expect
        + "}\n";
  }

  @Test
  void everyAnswerIsTheJobAsItIsForWhoeverAsks() throws Exception {
    assumeTrue(IppTool.available(), "ipptool (cups-ipp-utils) is not installed");
    ImageIO.write(SampleDocuments.photo(200, 300, false), "jpg", dir.resolve("color.jpg").toFile());
    String owner = " EXPECT job-name OF-TYPE name WITH-VALUE \"held photo\"\n";
    String stranger = " EXPECT !job-name\n EXPECT !job-originating-user-name\n";
    // job-state is compared by number: 4 pending-held, 7 canceled (RFC 8011 section 5.3.7)
    String held = " EXPECT job-state WITH-VALUE 4\n";
    Files.writeString(
        dir.resolve("jobs.test"),
        header("Print-Job", "alice")
            + " ATTR mimeMediaType document-format image/jpeg\n"
            + " ATTR name job-name \"held photo\"\n"
            + " GROUP job-attributes-tag\n"
            + " ATTR keyword job-hold-until indefinite\n"
            + " FILE color.jpg\n STATUS successful-ok\n EXPECT job-id OF-TYPE integer\n}\n"
            + getJobs("alice", owner + held)
            + getJobs("bob", stranger + held)
            + getJobs("alice", owner + held)
            + getJobs("bob", stranger + held)
            + header("Cancel-Job", "alice")
            + " ATTR integer job-id 1\n STATUS successful-ok\n}\n"
            + getJobs("alice", owner + " EXPECT job-state WITH-VALUE 7\n")
            + getJobs("bob", stranger + " EXPECT job-state WITH-VALUE 7\n"),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("scheme.test"),
        getJobs(
            "alice",
            " EXPECT job-uri WITH-VALUE \"/^$scheme:\\\\/\\\\/.*\\\\/ipp\\\\/print\\\\/1$$/\"\n"),
        StandardCharsets.UTF_8);
    try (TestPrinter printer = TestPrinter.start(dir.resolve("state"))) {
      IppTool.Result r = IppTool.run(dir, "-tv", printer.uri("ipp"), "jobs.test");
      assertThat(r.failed()).as(r.toString()).isEmpty();
      assertThat(r.passed()).as(r.toString()).hasSize(8);
      // the same request over both schemes, twice each: each answer's URIs are its own scheme's
      for (String scheme : new String[] {"ipp", "ipps", "ipp", "ipps"}) {
        IppTool.Result s = IppTool.run(dir, "-tv", printer.uri(scheme), "scheme.test");
        assertThat(s.failed()).as(scheme + ": " + s).isEmpty();
        assertThat(s.passed()).as(s.toString()).hasSize(1);
      }
    }
  }
}
