package dev.fusejet.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fusejet's profile against ArgyllCMS's {@code colprof} (the field's reference profiler), both
 * built from the same 262 FOGRA39L patches and both checked by Argyll's {@code profcheck} (its
 * CIEDE2000 mode) against those patches and against the 1,355 held out.
 */
class ArgyllPeerTest {

  /** Mean and 95th percentile ΔE00 that profcheck reports for a profile and a .ti3. */
  record Check(double mean, double p95) {}

  static boolean argyllPresent() {
    return Files.isExecutable(Path.of("/usr/bin/colprof"))
        && Files.isExecutable(Path.of("/usr/bin/profcheck"));
  }

  static String run(Path dir, String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", cmd) + ":\n" + out).isZero();
    return out;
  }

  static Check profcheck(Path dir, String ti3, String icc)
      throws IOException, InterruptedException {
    String out = run(dir, "profcheck", "-k", "-v2", ti3, icc);
    List<Double> e = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\[([0-9.]+)\\]").matcher(out);
    while (m.find()) {
      e.add(Double.parseDouble(m.group(1)));
    }
    assertThat(e).as(out).isNotEmpty();
    double[] s = e.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Check(Fogra39Test.mean(s), Fogra39Test.p95(s));
  }

  @Test
  void fusejetProfileIsAtLeastAsAccurateAsColprof(@TempDir Path dir) throws Exception {
    assumeTrue(argyllPresent(), "ArgyllCMS absent: apt-get install argyll (.ci/run does)");
    assumeTrue(Files.isReadable(Fogra39Test.FOGRA39), "icc-profiles-free absent");
    List<Patch> all;
    try (Reader r = Files.newBufferedReader(Fogra39Test.FOGRA39, StandardCharsets.US_ASCII)) {
      all = Cgats.read(r).patches();
    }
    List<Patch> train = new ArrayList<>();
    List<Patch> test = new ArrayList<>();
    for (Patch p : all) {
      (Fogra39Test.training(p) ? train : test).add(p);
    }
    Files.writeString(dir.resolve("train.ti3"), Cgats.ti3("CMYK", train).text());
    Files.writeString(dir.resolve("test.ti3"), Cgats.ti3("CMYK", test).text());
    CellularNeugebauer m =
        CellularNeugebauer.fit(
            new double[][] {Fogra39Test.CMY, Fogra39Test.CMY, Fogra39Test.CMY, Fogra39Test.K},
            train);
    OutputProfile ours =
        new OutputProfile(
            "fusejet FOGRA39 subset",
            m,
            OutputProfileTest.TAC330,
            OutputProfile.BlackGeneration.MEDIUM);
    Files.write(dir.resolve("ours.icc"), ours.icc(LocalDateTime.of(2026, 12, 1, 20, 0), 17, 17));
    run(dir, "colprof", "-ql", "-l330", "-O", "argyll.icc", "-D", "argyll", "train");
    Check oursTrain = profcheck(dir, "train.ti3", "ours.icc");
    Check oursTest = profcheck(dir, "test.ti3", "ours.icc");
    Check argTrain = profcheck(dir, "train.ti3", "argyll.icc");
    Check argTest = profcheck(dir, "test.ti3", "argyll.icc");
    System.out.printf(
        "profcheck ΔE00 mean/p95: fusejet train %.2f/%.2f held-out %.2f/%.2f;"
            + " colprof -ql train %.2f/%.2f held-out %.2f/%.2f%n",
        oursTrain.mean(),
        oursTrain.p95(),
        oursTest.mean(),
        oursTest.p95(),
        argTrain.mean(),
        argTrain.p95(),
        argTest.mean(),
        argTest.p95());
    assertThat(oursTest.mean()).isLessThanOrEqualTo(argTest.mean());
    assertThat(oursTest.p95()).isLessThanOrEqualTo(argTest.p95());
    assertThat(oursTrain.mean()).isLessThan(0.5);
  }
}
