package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CUPS' ipptool runs the IPP conformance files against freshly started printers: {@code
 * ipp-everywhere.test} (PWG 5100.14), which INCLUDEs {@code ipp-2.0.test} (PWG 5100.12), which
 * INCLUDEs {@code ipp-1.1.test} (RFC 8011), once over ipp and once over ipps, each on its own
 * printer and at the same time (the runs mostly wait on ipptool's polling). No {@code -T}: with a
 * timeout set, Debian's ipptool 2.4.2 reads no response over TLS at all. Every test must pass;
 * docs/ipp-attributes.md lists the skips and why.
 */
class ConformanceTest {

  @TempDir static Path dir;

  @BeforeAll
  static void prepare() throws Exception {
    assumeTrue(
        IppTool.available(),
        "ipptool is not installed (apt-get install cups-ipp-utils; .ci/run does)");
    IppTool.prepare(dir);
  }

  @Test
  void everySuitePassesOverIppAndIpps() throws Exception {
    // threads of their own: the common pool has one thread on two cores, and the printers use it
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<IppTool.Result> ipp = pool.submit(() -> run("ipp"));
    Future<IppTool.Result> ipps = pool.submit(() -> run("ipps"));
    pool.shutdown();
    for (var entry : java.util.Map.of("ipp", ipp, "ipps", ipps).entrySet()) {
      IppTool.Result r = entry.getValue().get();
      System.out.println("ipptool ipp-everywhere.test over " + entry.getKey() + ": " + r.summary());
      assertThat(r.failed()).as(r.toString()).isEmpty();
      assertThat(r.exit()).as(r.toString()).isZero();
      // 38 in ipp-1.1, 2 in ipp-2.0, 1 + the PWG raster prints at 720 dpi in ipp-everywhere
      assertThat(r.passed()).as(r.toString()).hasSizeGreaterThanOrEqualTo(60);
    }
  }

  private static IppTool.Result run(String scheme) {
    try {
      Path state = Files.createDirectories(dir.resolve("state-" + scheme));
      try (TestPrinter printer = TestPrinter.start(state)) {
        return IppTool.run(
            dir,
            "--stop-after-include-error",
            "-V",
            "2.0",
            "-t",
            "-f",
            "color.jpg",
            printer.uri(scheme),
            "ipp-everywhere.test");
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
