package dev.fusejet.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The output profile on the FOGRA39 model (fitted on 262 patches, ink limit 330 % as FOGRA39's
 * printing condition): the inverse reproduces in-gamut colours, respects the ink limit and the
 * black rule, and the ICC file is read by the JDK's CMM (LittleCMS) with the same numbers.
 */
class OutputProfileTest {

  static OutputProfile profile;
  static List<Patch> all;

  static final OutputProfile.InkLimit TAC330 =
      new OutputProfile.InkLimit() {
        @Override
        public double total(double[] d) {
          return d[0] + d[1] + d[2] + d[3];
        }

        @Override
        public double limit() {
          return 3.3;
        }
      };

  @BeforeAll
  static void build() throws IOException {
    assumeTrue(Files.isReadable(Fogra39Test.FOGRA39), "icc-profiles-free not installed");
    try (Reader r = Files.newBufferedReader(Fogra39Test.FOGRA39, StandardCharsets.US_ASCII)) {
      all = Cgats.read(r).patches();
    }
    List<Patch> train = new ArrayList<>();
    for (Patch p : all) {
      if (Fogra39Test.training(p)) {
        train.add(p);
      }
    }
    CellularNeugebauer m =
        CellularNeugebauer.fit(
            new double[][] {Fogra39Test.CMY, Fogra39Test.CMY, Fogra39Test.CMY, Fogra39Test.K},
            train);
    profile = new OutputProfile("FOGRA39 test", m, TAC330, OutputProfile.BlackGeneration.MEDIUM);
  }

  @Test
  void inverseReproducesInGamutColoursWithinTheInkLimit() {
    SplittableRandom r = new SplittableRandom(5);
    double worst = 0;
    double mean = 0;
    int n = 200;
    for (int i = 0; i < n; i++) {
      double[] p = {r.nextDouble(), r.nextDouble(), r.nextDouble()};
      Lab target = profile.relative(profile.device(p));
      double[] d = profile.toDevice(target, OutputProfile.Intent.RELATIVE_COLORIMETRIC);
      assertThat(TAC330.total(d)).isLessThanOrEqualTo(3.3 + 1e-6);
      double e = DeltaE.e2000(profile.relative(d), target);
      worst = Math.max(worst, e);
      mean += e / n;
    }
    System.out.printf("FOGRA39 profile inverse: mean %.3f worst %.3f ΔE00%n", mean, worst);
    assertThat(mean).isLessThan(0.05);
    assertThat(worst).isLessThan(0.5);
    // neutrals: paper-relative a*, b* near 0 and black only from 20 % grey
    double[] white =
        profile.toDevice(new Lab(100, 0, 0), OutputProfile.Intent.RELATIVE_COLORIMETRIC);
    assertThat(white).containsOnly(0.0);
    double[] mid = profile.toDevice(new Lab(50, 0, 0), OutputProfile.Intent.RELATIVE_COLORIMETRIC);
    assertThat(mid[3]).isGreaterThan(0.2);
    Lab back = profile.relative(mid);
    assertThat(Math.hypot(back.a(), back.b())).isLessThan(0.2);
  }

  @Test
  void jdkCmmReadsTheProfileAndAgreesWithTheModel() {
    byte[] icc = profile.icc(LocalDateTime.of(2026, 12, 1, 20, 0), 9, 17);
    ICC_Profile p = ICC_Profile.getInstance(icc);
    assertThat(p.getProfileClass()).isEqualTo(ICC_Profile.CLASS_OUTPUT);
    assertThat(p.getColorSpaceType()).isEqualTo(ColorSpace.TYPE_CMYK);
    ICC_ColorSpace cs = new ICC_ColorSpace(p);
    SplittableRandom r = new SplittableRandom(9);
    double mean = 0;
    int n = 100;
    for (int i = 0; i < n; i++) {
      float[] cmyk = {
        (float) r.nextDouble(),
        (float) r.nextDouble(),
        (float) r.nextDouble(),
        (float) r.nextDouble()
      };
      // CMM: device -> PCS XYZ (D50, relative colorimetric)
      float[] xyz = cs.toCIEXYZ(cmyk);
      Lab cmm = new Xyz(xyz[0], xyz[1], xyz[2]).toLab();
      Lab model = profile.relative(new double[] {cmyk[0], cmyk[1], cmyk[2], cmyk[3]});
      mean += DeltaE.e2000(cmm, model) / n;
    }
    System.out.printf("JDK CMM A2B1 (9^4 grid) vs model: mean %.3f ΔE00%n", mean);
    assertThat(mean).isLessThan(1.0);
  }
}
