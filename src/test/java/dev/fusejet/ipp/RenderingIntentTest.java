package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * print-rendering-intent from a real client (CUPS' ipptool) reaches the job's ticket, which the
 * separation through the printer profile reads; the printer offers perceptual (its default) and
 * relative and relative-bpc (the keywords of PWG 5100.13 that ipp-everywhere.test allows), echoes
 * the job's intent, and refuses others with the attribute in the unsupported group when fidelity is
 * asked for.
 */
class RenderingIntentTest {

  @TempDir Path dir;

  private static String block(String name, String intent, String status) {
    return "{\n NAME \""
        + name
        + "\"\n OPERATION Print-Job\n GROUP operation-attributes-tag\n"
        + " ATTR charset attributes-charset utf-8\n"
        + " ATTR naturalLanguage attributes-natural-language en\n"
        + " ATTR uri printer-uri $uri\n ATTR name requesting-user-name intent\n"
        + " ATTR mimeMediaType document-format image/jpeg\n"
        + " ATTR boolean ipp-attribute-fidelity true\n"
        + " GROUP job-attributes-tag\n ATTR keyword print-rendering-intent "
        + intent
        + "\n FILE color.jpg\n STATUS "
        + status
        + "\n}\n";
  }

  @Test
  void theJobsIntentIsTheClientsAndOthersAreRefused() throws Exception {
    assumeTrue(IppTool.available(), "ipptool (cups-ipp-utils) is not installed");
    SampleDocuments.write(dir);
    String test =
        "{\n NAME \"intents offered\"\n OPERATION Get-Printer-Attributes\n"
            + " GROUP operation-attributes-tag\n ATTR charset attributes-charset utf-8\n"
            + " ATTR naturalLanguage attributes-natural-language en\n"
            + " ATTR uri printer-uri $uri\n STATUS successful-ok\n"
            + " EXPECT print-rendering-intent-default OF-TYPE keyword WITH-VALUE perceptual\n"
            + " EXPECT print-rendering-intent-supported OF-TYPE keyword"
            // ipptool reads "$/" as a variable: "$$" is the end anchor
            + " WITH-ALL-VALUES \"/^(auto|perceptual|relative|relative-bpc)$$/\"\n"
            + " EXPECT print-rendering-intent-supported WITH-VALUE relative-bpc\n}\n"
            + block("relative with black-point compensation", "relative-bpc", "successful-ok")
            + block(
                "saturation is not offered",
                "saturation",
                "client-error-attributes-or-values-not-supported\n"
                    + " EXPECT print-rendering-intent IN-GROUP unsupported-attributes-tag");
    Files.writeString(dir.resolve("intent.test"), test);
    try (TestPrinter printer = TestPrinter.start(dir.resolve("state"))) {
      IppTool.Result r = IppTool.run(dir, "-t", printer.uri("ipp"), "intent.test");
      assertThat(r.failed()).as(r.toString()).isEmpty();
      assertThat(r.passed()).as(r.toString()).hasSize(3);
      List<JobInfo> jobs = printer.jobs.jobs(JobService.Which.ALL, 10);
      assertThat(jobs).hasSize(1);
      assertThat(jobs.get(0).ticket().renderingIntent()).isEqualTo("relative-bpc");
    }
  }
}
