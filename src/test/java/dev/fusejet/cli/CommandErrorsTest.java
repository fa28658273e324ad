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
    // echoed in the user's unit and notation (was 1.000e+04 mm/s)
    assertThat(usage("twin", "--speed", "10000mm/s").err()).contains("--speed 10000 mm/s");
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

  /**
   * fuser simulate: a plot name that is neither .png nor .svg, an unknown controller or guard, a
   * coverage without its % sign or above what four inks lay down, and a negative gap are usage
   * errors found before the simulated job runs (the plot's name ended the run in a stack trace
   * after the whole job; controller and guard exited 1; --coverage 5 and --gap -1 were run).
   */
  @Test
  void fuserSimulateRefusesBadOptionValuesBeforeTheJob() {
    String[] job = {"fuser", "simulate", "--sheets", "2"};
    CliRun gif = usage(concat(job, "--plot", dir.resolve("run.gif").toString()));
    assertThat(gif.err()).contains("run.gif").contains(".png");
    assertThat(gif.out()).doesNotContain("sheets:");
    assertThat(usage(concat(job, "--controller", "fuzzy")).err()).contains("fuzzy").contains("pid");
    assertThat(usage(concat(job, "--disable-guard", "nosuch")).err())
        .contains("nosuch")
        .contains("range-debounce");
    assertThat(usage(concat(job, "--coverage", "2")).err()).contains("'2'").contains("%");
    assertThat(usage(concat(job, "--coverage", "500%")).err()).contains("500 %").contains("400 %");
    assertThat(usage(concat(job, "--gap", "-1")).err()).contains("--gap").contains("-1");
    assertThat(dir.resolve("run.gif")).doesNotExist();
  }

  /** fuser simulate and autotune check their outputs before the job (they ran it, then failed). */
  @Test
  void fuserOutputsAreCheckedBeforeTheJob() {
    Path plot = dir.resolve("no").resolve("run.png");
    CliRun sim = CliRun.of("fuser", "simulate", "--sheets", "2", "--plot", plot.toString());
    assertThat(sim.status()).isEqualTo(1);
    oneLineNoTrace(sim);
    assertThat(sim.err().strip())
        .isEqualTo(
            "fusejet fuser simulate: cannot write "
                + plot
                + ": no such directory "
                + plot.getParent());
    assertThat(sim.out()).isEmpty();
    Path csv = dir.resolve("no").resolve("run.csv");
    assertThat(CliRun.of("fuser", "simulate", "--sheets", "2", "--csv", csv.toString()).out())
        .isEmpty();
    Path tuned = dir.resolve("no").resolve("tuned.yaml");
    CliRun tune = CliRun.of("fuser", "autotune", "-o", tuned.toString());
    assertThat(tune.status()).isEqualTo(1);
    oneLineNoTrace(tune);
    assertThat(tune.err().strip())
        .isEqualTo(
            "fusejet fuser autotune: cannot write "
                + tuned
                + ": no such directory "
                + tuned.getParent());
    assertThat(tune.out()).isEmpty();
  }

  /** A port no socket can have is a usage error naming it, not a stack trace. */
  @Test
  void servePortOutOfRangeIsAUsageError() {
    String state = dir.resolve("state").toString();
    assertThat(usage("serve", "--state", state, "--port", "99999").err())
        .contains("--port")
        .contains("99999")
        .contains("65535");
    usage("serve", "--state", state, "--port", "-1");
  }

  /** A configuration file's bad value is one line naming the file, key and value, exit 1. */
  @Test
  void serveConfigurationFileWithABadPortIsOneLine() throws Exception {
    Path conf = Files.writeString(dir.resolve("fusejet.conf"), "port: 99999\n");
    CliRun r =
        CliRun.of("serve", "--state", dir.resolve("state").toString(), "--config", conf.toString());
    assertThat(r.status()).isEqualTo(1);
    oneLineNoTrace(r);
    assertThat(r.err().strip())
        .isEqualTo("fusejet serve: " + conf + ": port = 99999: port 99999 is outside 0-65535");
  }

  /**
   * An output directory that cannot be made is one line saying so once (rip repeated the path:
   * "cannot write /proc/x: no such file or directory /proc/x"; profile said only "no such file or
   * directory /proc/x").
   */
  @Test
  void anOutputDirectoryThatCannotBeMadeIsNamedOnce() throws Exception {
    Path photo = dir.resolve("p.ppm");
    Files.write(photo, "P6 2 2 255\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Files.write(photo, new byte[12], java.nio.file.StandardOpenOption.APPEND);
    CliRun rip = CliRun.of("rip", photo.toString(), "-o", "/proc/x", "--no-progress");
    assertThat(rip.status()).isEqualTo(1);
    assertThat(rip.err().strip())
        .isEqualTo(
            "fusejet rip: cannot write /proc/x: cannot create the directory (no such file or"
                + " directory)");
    CliRun profile = CliRun.of("profile", "-o", "/proc/x");
    assertThat(profile.status()).isEqualTo(1);
    assertThat(profile.err().strip())
        .isEqualTo(
            "fusejet profile: cannot write /proc/x: cannot create the directory (no such file or"
                + " directory)");
  }

  /** measure checks its -o before reading the sheet (it read and measured first). */
  @Test
  void measureChecksItsOutputFirst() throws Exception {
    Path sheet = Files.writeString(dir.resolve("sheet.fjhd"), "not head data");
    Path ti3 = dir.resolve("no").resolve("m.ti3");
    CliRun r = CliRun.of("measure", sheet.toString(), "-o", ti3.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo(
            "fusejet measure: cannot write " + ti3 + ": no such directory " + ti3.getParent());
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
