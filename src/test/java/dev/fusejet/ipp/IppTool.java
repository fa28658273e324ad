package dev.fusejet.ipp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs CUPS' {@code ipptool} (from {@code cups-ipp-utils}) as the peer: the conformance files are
 * copied from the package next to the sample documents (so their INCLUDEs and FILEs resolve), run
 * with {@code --stop-after-include-error} (without it ipptool exits 0 on failures inside INCLUDEd
 * files), and the report's PASS/FAIL/SKIP lines are counted.
 */
final class IppTool {

  /** Where Debian's cups-ipp-utils puts the conformance files. */
  static final Path TESTS = Path.of("/usr/share/cups/ipptool");

  /** Longest one ipptool run may take (s) before the test fails. */
  static final long TIMEOUT_SECONDS = 240;

  private static final Pattern RESULT =
      Pattern.compile("^\\s*(.*?)\\s+\\[(PASS|FAIL|SKIP)\\]\\s*$");

  /** ipptool's exit status, its report, and the tests by result. */
  record Result(
      int exit,
      String output,
      List<String> passed,
      List<String> failed,
      List<String> skipped,
      double seconds) {
    /** One line: counts, and the names of the skipped tests. */
    String summary() {
      return passed.size()
          + " passed, "
          + failed.size()
          + " failed, "
          + skipped.size()
          + " skipped in "
          + seconds
          + " s; skipped: "
          + skipped;
    }

    @Override
    public String toString() {
      return "exit "
          + exit
          + ", "
          + passed.size()
          + " passed, "
          + failed.size()
          + " failed "
          + failed
          + ", "
          + skipped.size()
          + " skipped "
          + skipped
          + "\n"
          + output;
    }
  }

  /** True when ipptool and its conformance files are installed. */
  static boolean available() {
    return Files.isExecutable(Path.of("/usr/bin/ipptool"))
        && Files.isRegularFile(TESTS.resolve("ipp-everywhere.test"));
  }

  /** Copies the conformance files and the sample documents into {@code dir}. */
  static void prepare(Path dir) throws IOException {
    for (String f :
        List.of(
            "ipp-1.1.test", "ipp-2.0.test", "ipp-everywhere.test", "get-printer-attributes.test")) {
      Files.copy(
          TESTS.resolve(f), dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    SampleDocuments.write(dir);
    PwgSamples.writeAll(dir, dir.resolve("ipp-everywhere.test"));
  }

  /** Runs {@code ipptool args...} in {@code dir}. */
  static Result run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("ipptool");
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "ipptool", ".log");
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor();
      throw new AssertionError(
          "ipptool did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(out));
    }
    String text = Files.readString(out, StandardCharsets.UTF_8);
    List<String> pass = new ArrayList<>();
    List<String> fail = new ArrayList<>();
    List<String> skip = new ArrayList<>();
    for (String line : text.lines().toList()) {
      Matcher m = RESULT.matcher(line);
      if (m.matches()) {
        switch (m.group(2)) {
          case "PASS" -> pass.add(m.group(1));
          case "FAIL" -> fail.add(m.group(1));
          default -> skip.add(m.group(1));
        }
      }
    }
    return new Result(
        p.exitValue(), text, pass, fail, skip, Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
  }
}
