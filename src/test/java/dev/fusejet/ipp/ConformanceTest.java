package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CUPS' ipptool runs the IPP conformance files against a freshly started printer, over ipp and
 * ipps: RFC 8011 ({@code ipp-1.1.test}), PWG 5100.12 ({@code ipp-2.0.test}, which includes 1.1) and
 * PWG 5100.14 IPP Everywhere ({@code ipp-everywhere.test}, which includes 2.0). Every test must
 * pass; the skips are listed and explained in docs/ipp-attributes.md.
 */
class ConformanceTest {

  @TempDir static Path dir;
  static TestPrinter printer;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        IppTool.available(),
        "ipptool is not installed (apt-get install cups-ipp-utils; .ci/run does)");
    IppTool.prepare(dir);
    printer = TestPrinter.start(dir.resolve("state"));
  }

  @AfterAll
  static void stop() {
    if (printer != null) {
      printer.close();
    }
  }

  @Test
  void ippEverywhereOverIpp() throws Exception {
    IppTool.Result r =
        IppTool.run(
            dir,
            "--stop-after-include-error",
            "-V",
            "2.0",
            "-t",
            "-T",
            "60",
            "-f",
            "color.jpg",
            printer.uri("ipp"),
            "ipp-everywhere.test");
    assertThat(r.failed()).as(r.toString()).isEmpty();
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.passed()).as(r.toString()).hasSizeGreaterThan(40);
  }
}
