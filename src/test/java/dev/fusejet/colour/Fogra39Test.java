package dev.fusejet.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model form of the printed-sheet model against real measurements: FOGRA39L (Fogra, 2006;
 * offset on coated paper, ISO 12647-2, measured D50/2° 45/0), 1,617 CMYK patches, shipped by
 * Debian's {@code icc-profiles-free}. The cellular Yule-Nielsen modified Neugebauer model is fitted
 * on the 162 cell nodes ({0, 40, 100} % C, M, Y by {0, 20 .. 100} % K) and the single-ink ramps,
 * 262 patches in all, and predicts the other 1,355.
 */
class Fogra39Test {

  static final Path FOGRA39 = Path.of("/usr/share/color/icc/FOGRA39L.ti3");

  static final double[] CMY = {0, 0.4, 1};
  static final double[] K = {0, 0.2, 0.4, 0.6, 0.8, 1};

  private static List<Patch> all;

  @BeforeAll
  static void read() throws IOException {
    assumeTrue(
        Files.isReadable(FOGRA39),
        FOGRA39 + " missing: apt-get install icc-profiles-free (.ci/run does)");
    try (Reader r = Files.newBufferedReader(FOGRA39, StandardCharsets.US_ASCII)) {
      all = Cgats.read(r).patches();
    }
  }

  static boolean training(Patch p) {
    int inked = 0;
    boolean node = true;
    for (int i = 0; i < 4; i++) {
      inked += p.device(i) > 0 ? 1 : 0;
      double[] l = i < 3 ? CMY : K;
      double v = p.device(i);
      node &= Arrays.stream(l).anyMatch(x -> Math.abs(x - v) < 1e-9);
    }
    return node || inked <= 1;
  }

  static double[] errors(CellularNeugebauer m, List<Patch> patches) {
    return patches.stream()
        .mapToDouble(p -> DeltaE.e2000(m.predict(p.device()).toLab(), p.lab()))
        .sorted()
        .toArray();
  }

  static double mean(double[] e) {
    return Arrays.stream(e).average().orElseThrow();
  }

  static double p95(double[] sorted) {
    return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
  }

  @Test
  void cellularYuleNielsenPredictsHeldOutPatches() {
    assertThat(all).hasSize(1617);
    List<Patch> train = new ArrayList<>();
    List<Patch> test = new ArrayList<>();
    for (Patch p : all) {
      (training(p) ? train : test).add(p);
    }
    assertThat(train).hasSize(262);
    CellularNeugebauer cellular = CellularNeugebauer.fit(new double[][] {CMY, CMY, CMY, K}, train);
    double[] e = errors(cellular, test);
    double[][] solid = {{0, 1}, {0, 1}, {0, 1}, {0, 1}};
    double[] plain = errors(CellularNeugebauer.plain(train, 4), test);
    double[] ynsn = errors(CellularNeugebauer.fit(solid, train), test);
    System.out.printf(
        "FOGRA39 held out (%d): cellular YNSN n=%.2f mean %.2f p95 %.2f max %.2f;"
            + " YNSN (16 primaries, effective coverage) mean %.2f p95 %.2f; plain Neugebauer (n=1) mean %.2f p95"
            + " %.2f%n",
        test.size(),
        cellular.n(),
        mean(e),
        p95(e),
        e[e.length - 1],
        mean(ynsn),
        p95(ynsn),
        mean(plain),
        p95(plain));
    assertThat(mean(e)).isLessThanOrEqualTo(1.5);
    assertThat(p95(e)).isLessThanOrEqualTo(3.5);
    // measured: 0.48 / 1.10 against plain Neugebauer's 6.9 / 11: the cells and n matter
    assertThat(mean(e)).isLessThan(0.7);
    assertThat(mean(plain)).isGreaterThan(5 * mean(e));
    assertThat(cellular.n()).isBetween(1.5, 3.5);
  }

  @Test
  void ti3RoundTripsThroughText() throws IOException {
    Cgats t = Cgats.ti3("CMYK", all.subList(0, 20));
    List<Patch> back = Cgats.read(new java.io.StringReader(t.text())).patches();
    for (int i = 0; i < 20; i++) {
      assertThat(DeltaE.e76(back.get(i).lab(), all.get(i).lab())).isLessThan(1e-3);
      assertThat(back.get(i).device())
          .containsExactly(all.get(i).device(), org.assertj.core.api.Assertions.within(1e-6));
    }
  }
}
