package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.config.Catalog;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobService;
import dev.fusejet.job.JobState;
import dev.fusejet.raster.MediaSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's media from a real client (CUPS' ipptool) against a running printer whose source {@code
 * main} holds 4x6 in glossy and {@code photo} A4 lustre: the requested size picks the sheet, sizes
 * match within 1 mm (PWG 5100.7 as ippeveprinter matches them: 4 in = 10160 hundredths of mm, so
 * 10260 is 4x6 and 10261 is nothing offered), a size not offered is refused by Validate-Job and
 * Print-Job alike with the attribute in the unsupported group (whatever ipp-attribute-fidelity
 * says), and a size offered but not loaded (5x7 in) waits with resources-are-not-ready and the
 * printer's media-needed-error until it is loaded.
 */
class MediaRequestIppTest {

  static final Duration WAIT = Duration.ofMinutes(3);

  @TempDir Path dir;

  private static final String OP =
      """
       GROUP operation-attributes-tag
       ATTR charset attributes-charset utf-8
       ATTR naturalLanguage attributes-natural-language en
       ATTR uri printer-uri $uri
       ATTR name requesting-user-name media
      """;

  private static String job(String name, String op, String media, String status, String expect) {
    return "{\n NAME \""
        + name
        + "\"\n OPERATION "
        + op
        + "\n"
        + OP
        + " ATTR mimeMediaType document-format image/jpeg\n"
        + " GROUP job-attributes-tag\n ATTR enum print-quality 3\n "
        + media
        + "\n"
        + (op.equals("Print-Job") ? " FILE color.jpg\n" : "")
        + " STATUS "
        + status
        + "\n"
        + expect
        + "}\n";
  }

  private static String mediaSize(int x, int y, String more) {
    return "ATTR collection media-col { MEMBER collection media-size {"
        + " MEMBER integer x-dimension "
        + x
        + " MEMBER integer y-dimension "
        + y
        + " } "
        + more
        + "}";
  }

  private static final String REFUSED = "client-error-attributes-or-values-not-supported";

  @Test
  void theRequestedSizeIsPrintedMatchedWithinOneMillimetreOrRefusedOrWaitedFor() throws Exception {
    assumeTrue(IppTool.available(), "ipptool (cups-ipp-utils) is not installed");
    SampleDocuments.write(dir);
    String requests =
        job(
                "A4 on lustre",
                "Print-Job",
                mediaSize(21000, 29700, "MEMBER keyword media-type lustre-ldpe-85 "),
                "successful-ok",
                " EXPECT job-id OF-TYPE integer WITH-VALUE 1\n")
            + job(
                "10260 x 15240 is 4x6 within 1 mm",
                "Validate-Job",
                mediaSize(10260, 15240, ""),
                "successful-ok",
                " EXPECT !media-col\n")
            + job(
                "10261 x 15240 is not offered",
                "Validate-Job",
                mediaSize(10261, 15240, ""),
                REFUSED,
                " EXPECT media-col IN-GROUP unsupported-attributes-tag\n")
            + job(
                "A3 refused by Validate-Job",
                "Validate-Job",
                "ATTR keyword media iso_a3_297x420mm",
                REFUSED,
                " EXPECT media IN-GROUP unsupported-attributes-tag WITH-VALUE iso_a3_297x420mm\n")
            + job(
                "A3 refused by Print-Job",
                "Print-Job",
                "ATTR keyword media iso_a3_297x420mm",
                REFUSED,
                """
                 EXPECT media IN-GROUP unsupported-attributes-tag WITH-VALUE iso_a3_297x420mm
                 EXPECT !job-id
                """)
            + job(
                "A3 by media-size-name refused by Print-Job",
                "Print-Job",
                "ATTR collection media-col { MEMBER keyword media-size-name iso_a3_297x420mm }",
                REFUSED,
                " EXPECT media-col IN-GROUP unsupported-attributes-tag\n")
            + job(
                "10260 x 15240 printed on 4x6",
                "Print-Job",
                mediaSize(10260, 15240, ""),
                "successful-ok",
                " EXPECT job-id OF-TYPE integer WITH-VALUE 2\n")
            + job(
                "5x7 accepted, not loaded",
                "Print-Job",
                "ATTR keyword media na_5x7_5x7in",
                "successful-ok",
                " EXPECT job-id OF-TYPE integer WITH-VALUE 3\n");
    Files.writeString(dir.resolve("requests.test"), requests);
    Files.writeString(
        dir.resolve("waiting.test"),
        "{\n NAME \"the printer needs media\"\n OPERATION Get-Printer-Attributes\n"
            + OP
            + " ATTR keyword requested-attributes printer-state-reasons\n STATUS successful-ok\n"
            + " EXPECT printer-state-reasons WITH-VALUE media-needed-error\n}\n"
            + "{\n NAME \"the 5x7 job waits for its sheets\"\n OPERATION Get-Job-Attributes\n"
            + OP
            + " ATTR integer job-id 3\n STATUS successful-ok\n"
            + " EXPECT job-state WITH-VALUE 6\n"
            + " EXPECT job-state-reasons WITH-VALUE resources-are-not-ready\n"
            + " EXPECT job-state-message WITH-VALUE \"/na_5x7|5x7/\"\n"
            + " EXPECT media WITH-VALUE na_5x7_5x7in\n}\n");
    Files.writeString(
        dir.resolve("echo.test"),
        "{\n NAME \"job 1 echoes A4 lustre\"\n OPERATION Get-Job-Attributes\n"
            + OP
            + " ATTR integer job-id 1\n"
            + " ATTR keyword requested-attributes all,fusejet-sheet-records\n"
            + " STATUS successful-ok\n"
            + " EXPECT media OF-TYPE keyword WITH-VALUE iso_a4_210x297mm\n"
            + " EXPECT media-col/media-size/x-dimension WITH-VALUE 21000\n"
            + " EXPECT media-col/media-size/y-dimension WITH-VALUE 29700\n"
            + " EXPECT media-col/media-type WITH-VALUE lustre-ldpe-85\n"
            + " EXPECT fusejet-sheet-records/media-source WITH-VALUE photo\n}\n"
            + "{\n NAME \"job 2 echoes the 4x6 it matched\"\n OPERATION Get-Job-Attributes\n"
            + OP
            + " ATTR integer job-id 2\n"
            + " ATTR keyword requested-attributes all,fusejet-sheet-records\n"
            + " STATUS successful-ok\n"
            + " EXPECT media WITH-VALUE na_index-4x6_4x6in\n"
            + " EXPECT media-col/media-size/x-dimension WITH-VALUE 10160\n"
            + " EXPECT media-col/media-size-name WITH-VALUE na_index-4x6_4x6in\n"
            + " EXPECT fusejet-sheet-records/media-source WITH-VALUE main\n}\n");
    try (TestPrinter printer = TestPrinter.start(dir.resolve("state"))) {
      String uri = printer.uri("ipp");
      IppTool.Result r = IppTool.run(dir, "-t", uri, "requests.test");
      assertThat(r.failed()).as(r.toString()).isEmpty();
      assertThat(r.passed()).as(r.toString()).hasSize(8);
      JobService jobs = printer.jobs;
      assertThat(jobs.jobs(JobService.Which.ALL, 10)).hasSize(3);

      JobInfo a4 = jobs.await(1, j -> j.state().terminal(), WAIT);
      assertThat(a4.state()).as("%s", a4).isEqualTo(JobState.COMPLETED);
      assertThat(a4.sheets())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.source()).isEqualTo("photo");
                assertThat(s.medium()).isEqualTo("lustre-ldpe-85");
              });
      JobInfo four = jobs.await(2, j -> j.state().terminal(), WAIT);
      assertThat(four.state()).as("%s", four).isEqualTo(JobState.COMPLETED);
      assertThat(four.sheets().get(0).source()).isEqualTo("main");

      JobInfo waiting = jobs.await(3, j -> j.reasons().contains("resources-are-not-ready"), WAIT);
      assertThat(waiting.state()).as("%s", waiting).isEqualTo(JobState.PROCESSING_STOPPED);
      IppTool.Result w = IppTool.run(dir, "-t", uri, "waiting.test");
      assertThat(w.failed()).as(w.toString()).isEmpty();
      assertThat(w.passed()).as(w.toString()).hasSize(2);

      // the operator loads 5x7 in glossy in main: the job prints on it
      printer.device.loadMedia(
          "main", TestPrinter.CATALOG.medium(Catalog.DEFAULT_MEDIUM), MediaSize.of("5x7"), 100);
      JobInfo five = jobs.await(3, j -> j.state().terminal(), WAIT);
      assertThat(five.state()).as("%s", five).isEqualTo(JobState.COMPLETED);
      assertThat(five.sheets().get(0).source()).isEqualTo("main");
      assertThat(jobs.printer().reasons()).doesNotContain("media-needed-error");

      IppTool.Result e = IppTool.run(dir, "-t", uri, "echo.test");
      assertThat(e.failed()).as(e.toString()).isEmpty();
      assertThat(e.passed()).as(e.toString()).hasSize(2);
      assertThat(List.of(a4.ticket().size().name(), four.ticket().size().name()))
          .containsExactly("a4", "4x6");
    }
  }
}
