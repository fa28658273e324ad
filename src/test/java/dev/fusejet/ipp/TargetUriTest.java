package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request's target URI that names nothing here is client-error-not-found (RFC 8011 section
 * 4.1.5), with a message that says what the URI should have been. Through CUPS' ipptool.
 */
class TargetUriTest {

  @TempDir Path dir;

  private static String request(String target, String uri, String message) {
    return "{\n OPERATION Get-Job-Attributes\n"
        + " GROUP operation-attributes-tag\n"
        + " ATTR charset attributes-charset utf-8\n"
        + " ATTR naturalLanguage attributes-natural-language en\n"
        + " ATTR uri "
        + target
        + " "
        + uri
        + "\n"
        + (target.equals("printer-uri") ? " ATTR integer job-id 1\n" : "")
        + " ATTR name requesting-user-name me\n"
        + " STATUS client-error-not-found\n"
        + " EXPECT status-message WITH-VALUE \"/"
        + message
        + "/\"\n}\n";
  }

  @Test
  void aJobUriThatIsThePrinterSaysWhatAJobsUriIs() throws Exception {
    assumeTrue(IppTool.available(), "ipptool (cups-ipp-utils) is not installed");
    Files.writeString(
        dir.resolve("targets.test"),
        request("job-uri", "$uri", "is the printer's URI, not a job's \\\\(a job's is /ipp/print/")
            + request(
                "printer-uri",
                "$scheme://$hostname:$port/ipp/other",
                "names no printer here \\\\(the printer is /ipp/print\\\\)"),
        StandardCharsets.UTF_8);
    try (TestPrinter printer = TestPrinter.start(dir.resolve("state"))) {
      IppTool.Result r = IppTool.run(dir, "-tv", printer.uri("ipp"), "targets.test");
      assertThat(r.failed()).as(r.toString()).isEmpty();
      assertThat(r.passed()).as(r.toString()).hasSize(2);
    }
  }
}
