package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user meets when an option or an output is wrong: one line naming the value (in the user's
 * units) or the path and the problem, no stack trace, exit status 2 for a bad option value and 1
 * for an output that cannot be written, and nothing half-written left behind.
 */
class CommandErrorsTest {

  @TempDir Path dir;

  private static void oneLineNoTrace(CliRun r) {
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static CliRun usage(String... args) {
    CliRun r = CliRun.of(args);
    assertThat(r.status()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(2);
    oneLineNoTrace(r);
    return r;
  }

  @Test
  void plotInAMissingDirectoryIsOneLineExitOne() {
    Path plot = dir.resolve("nonexistent").resolve("w.png");
    CliRun r = CliRun.of("window", "--plot", plot.toString());
    assertThat(r.status()).isEqualTo(1);
    oneLineNoTrace(r);
    assertThat(r.err().strip()).contains(plot.toString()).contains("no such directory");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void plotUnderAFileSaysItIsAFileNotThatNothingIsThere() throws Exception {
    Path file = Files.writeString(dir.resolve("notes"), "mine");
    Path plot = file.resolve("w.png");
    CliRun r = CliRun.of("window", "--plot", plot.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo(
            "fusejet window: cannot write " + plot + ": " + file + " is a file, not a directory");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void aWrittenPlotHasTheModeOfAnOrdinaryNewFile() throws Exception {
    Path plot = dir.resolve("w.svg");
    assertThat(CliRun.of("window", "--plot", plot.toString()).status()).isEqualTo(0);
    Path reference = Files.createFile(dir.resolve("reference"));
    assertThat(Files.getPosixFilePermissions(plot))
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void plotWithAnUnknownExtensionIsAUsageError() {
    assertThat(usage("window", "--plot", dir.resolve("w.gif").toString()).err())
        .contains("w.gif")
        .contains(".png");
    assertThat(dir.resolve("w.gif")).doesNotExist();
  }

  @Test
  void unknownModeIsAUsageError() {
    assertThat(usage("window", "--mode", "sepia").err()).contains("sepia").contains("high-gloss");
  }

  @Test
  void mapIntoAnUnwritablePlaceFailsBeforeTheSweep() {
    CliRun r = CliRun.of("twin", "map", "--points", "3", "--out", "/proc/x/m");
    assertThat(r.status()).isEqualTo(1);
    oneLineNoTrace(r);
    assertThat(r.err()).contains("/proc/x/m").doesNotContain("twin map [");
  }

  @Test
  void coverageWithoutPercentIsRefusedNotReadAsAHundredfold() {
    assertThat(usage("twin", "--coverage", "250").err()).contains("'250'").contains("250%");
  }

  @Test
  void coverageBeyondTheInkSetIsRefused() {
    assertThat(usage("twin", "--coverage", "500%").err()).contains("500 %").contains("400 %");
  }

  @Test
  void zeroOrNegativeResolutionIsRefused() {
    usage("twin", "--resolution", "0");
    usage("twin", "--resolution", "-5");
    usage("twin", "--resolution", "abc");
  }

  @Test
  void temperatureBeyondTheApparatusIsRefusedInCelsius() {
    CliRun r = usage("twin", "--temperature", "1000C");
    assertThat(r.err()).contains("1000 °C").contains("200 °C").contains("roller-nip");
    assertThat(usage("twin", "--temperature", "-300C").err()).contains("absolute zero");
    assertThat(usage("twin", "map", "--t-max", "250C", "--points", "3").err()).contains("250 °C");
  }

  @Test
  void liquidWithoutAUnitIsAUsageErrorLikeTemperature() {
    assertThat(usage("twin", "--liquid", "15").err()).contains("'15'").contains("mL/m2");
    usage("twin", "--temperature", "160");
  }

  @Test
  void zeroThreadsIsRefused() {
    assertThat(usage("twin", "map", "--threads", "0").err()).contains("--threads");
  }

  @Test
  void twinWritesNothingUnlessAskedAndNoCsvWhenThePlotFails() throws Exception {
    CliRun plain = CliRun.of("twin");
    assertThat(plain.status()).as(plain.err()).isZero();
    assertThat(plain.out()).doesNotContain("written");
    Path csv = dir.resolve("t.csv");
    CliRun r =
        CliRun.of("twin", "--csv", csv.toString(), "--plot", dir.resolve("no/t.png").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(csv).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
