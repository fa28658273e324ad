package dev.fusejet.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import dev.fusejet.colour.OutputProfile;
import dev.fusejet.colour.Srgb;
import dev.fusejet.colour.Xyz;
import dev.fusejet.halftone.Halftoner;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.PrinterProfiles;
import dev.fusejet.raster.colour.Separation;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Colour separation: the ink limit from the medium, interpolation accuracy, black, monochrome. */
class SeparationTest {

  static final double INCH = dev.fusejet.units.Units.INCH;

  @Test
  void inkLimitIsPoreCapacityOverTheLoadOfLargeDropsAtEveryPixel() {
    // glossy-ldpe-70: 0.55 x (30 + 5) µm = 19.25e-6 m³/m²; 7 pL at 1440 x 720 dpi:
    // 7e-15 * (1440 / 0.0254) * (720 / 0.0254) = 11.25e-6 m³/m² per ink, so 1.711
    double pores = 0.55 * 35e-6;
    double full = 7e-15 * (1440 / INCH) * (720 / INCH);
    Separation s =
        Separation.build(Fixtures.cmyk(), Fixtures.glossy(), 1440, 720, ColourMode.COLOUR);
    assertThat(s.inkLimit()).isCloseTo(pores / full, within(1e-9));
    assertThat(s.inkLimit()).isCloseTo(1.711, within(0.001));
    // 720 dpi: half the pixels, twice the room
    Separation s720 =
        Separation.build(Fixtures.cmyk(), Fixtures.glossy(), 720, 720, ColourMode.COLOUR);
    assertThat(s720.inkLimit()).isCloseTo(2 * s.inkLimit(), within(1e-9));
  }

  @Test
  void noColourExceedsTheInkLimit() {
    Separation s =
        Separation.build(Fixtures.cmyk(), Fixtures.glossy(), 1440, 720, ColourMode.COLOUR);
    SplittableRandom r = new SplittableRandom(1);
    double worst = 0;
    for (int i = 0; i < 20000; i++) {
      int rgb = r.nextInt(1 << 24);
      double sum = 0;
      for (double a : s.amounts(rgb)) {
        sum += a;
      }
      worst = Math.max(worst, sum);
    }
    // the table's nodes are 8-bit: at most half a step per ink above the limit
    assertThat(worst).isLessThanOrEqualTo(s.inkLimit() + 4 * 0.5 / 255);
    double black = 0;
    for (double a : s.amounts(0x000000)) {
      black += a;
    }
    assertThat(black).as("black fits at 1440 x 720").isLessThan(s.inkLimit());
    // a less porous layer (20 %: 7 mL/m²) holds less than a solid black with its under-colour
    dev.fusejet.media.Medium g = Fixtures.glossy();
    dev.fusejet.media.Medium tight =
        new dev.fusejet.media.Medium(
            "tight",
            "20 % porosity",
            g.support(),
            new dev.fusejet.media.InkReceivingLayer(
                g.receiving().absorbing(), g.receiving().surface(), 0.20));
    Separation dense = Separation.build(Fixtures.cmyk(), tight, 720, 720, ColourMode.COLOUR);
    assertThat(dense.inkLimit())
        .isCloseTo(0.20 * 35e-6 / (7e-15 * Math.pow(720 / INCH, 2)), within(1e-9));
    double[] a = dense.amounts(0x000000);
    assertThat(a[0] + a[1] + a[2] + a[3])
        .as("black is ink-limited")
        .isCloseTo(dense.inkLimit(), within(4 * 0.5 / 255));
  }

  @Test
  void tetrahedralInterpolationFollowsTheExactSeparation() {
    Separation s =
        Separation.build(Fixtures.cmyk(), Fixtures.glossy(), 720, 720, ColourMode.COLOUR);
    SplittableRandom r = new SplittableRandom(2);
    double worst = 0;
    double mean = 0;
    int n = 20000;
    for (int i = 0; i < n; i++) {
      int rgb = r.nextInt(1 << 24);
      double[] got = s.amounts(rgb);
      double[] exact = s.exactAmounts(rgb);
      for (int k = 0; k < got.length; k++) {
        double d = Math.abs(got[k] - exact[k]);
        worst = Math.max(worst, d);
        mean += d / (n * got.length);
      }
    }
    System.out.printf(
        "separation: table vs exact, mean %.4f, worst %.4f of full ink%n", mean, worst);
    assertThat(mean).isLessThan(0.005);
    assertThat(worst).isLessThan(0.04);
    // at the nodes the table is the exact value to 8 bits
    for (int rg = 0; rg <= 16; rg += 4) {
      int v = (int) Math.round(rg * 255 / 16.0);
      int rgb = v << 16 | (255 - v) << 8 | v;
      if ((v * 16) % 255 != 0) {
        continue; // only grid-exact values
      }
      double[] got = s.amounts(rgb);
      double[] exact = s.exactAmounts(rgb);
      for (int k = 0; k < got.length; k++) {
        assertThat(got[k]).isCloseTo(exact[k], within(0.5 / 255 + 1e-9));
      }
    }
  }

  @Test
  void whiteIsNoInkAndGreysAreNeutralAndMonotonic() {
    Separation s =
        Separation.build(Fixtures.cmyk(), Fixtures.glossy(), 720, 720, ColourMode.COLOUR);
    for (double a : s.amounts(0xffffff)) {
      assertThat(a).isZero();
    }
    double last = -1;
    for (int g = 255; g >= 0; g -= 5) {
      double[] a = s.amounts(g << 16 | g << 8 | g);
      assertThat(a[0]).isCloseTo(a[1], within(1e-9));
      assertThat(a[1]).isCloseTo(a[2], within(1e-9));
      double darkness = a[0] + a[3] * 3; // black counts for all three colours
      assertThat(darkness).isGreaterThanOrEqualTo(last - 1e-9);
      last = darkness;
    }
    double[] lightGrey = s.amounts(0xc0c0c0); // grey 0.25: below the black start
    assertThat(lightGrey[3]).isZero();
    double[] darkGrey = s.amounts(0x202020);
    assertThat(darkGrey[3]).isGreaterThan(0.5);
  }

  @Test
  void monochromePrintsBlackOnly() {
    Separation s =
        Separation.build(Fixtures.cmyk(), Fixtures.glossy(), 720, 720, ColourMode.MONOCHROME);
    double[] red = s.amounts(0xff0000);
    assertThat(red[0] + red[1] + red[2]).isZero();
    // Rec. 709 luma of pure red 0.2126: black tone 0.7874. Checked through the forward dot-gain
    // model T(a) = a + 4 g a (1 - a) (g = 12 %): the black amount, printed with that gain, gives
    // the tone back. Pure red is a table node, so the amount is exact to half an 8-bit step; T's
    // slope is at most 1 + 4 g, so the tone agrees within (1 + 4 g) * 0.5 / 255 = 0.0029.
    double g = Separation.MID_TONE_DOT_GAIN;
    assertThat(g).isEqualTo(0.12);
    double a = red[3] / s.amountMax();
    assertThat(a + 4 * g * a * (1 - a)).isCloseTo(1 - 0.2126, within((1 + 4 * g) * 0.5 / 255));
    Separation n =
        Separation.build(
            Fixtures.cmyk(), Fixtures.glossy(), 720, 720, ColourMode.MONOCHROME_NEUTRAL);
    double[] grey = n.amounts(0x808080);
    assertThat(grey[0]).isGreaterThan(0).isEqualTo(grey[1]).isEqualTo(grey[2]);
    char[][] out = new char[4][1];
    n.separateCmyk(new int[] {0xff000000}, 0, 1, out, 0);
    assertThat((int) out[0][0]).as("monochrome CMYK input: cyan only becomes black").isZero();
    assertThat((int) out[3][0]).isGreaterThan(Halftoner.FULL / 2);
  }

  /**
   * The colour-managed separation (the built-in profile, relative colorimetric) checked against the
   * profile's forward direction, run by the JDK's CMM: the table's ink amounts for an sRGB colour,
   * taken back to device values and through the profile's A2B table, give that colour's CIELAB
   * wherever the profile's own round trip says the colour is printable. The check runs the other
   * way from how the table was made (B2A), so a wrong table, a wrong per-ink curve or a mixed-up
   * ink order shows.
   */
  @Test
  void managedSeparationMatchesTheProfilesForwardTable() {
    ICC_Profile icc =
        PrinterProfiles.builtIn().profile("glossy-ldpe-70", "pigment-cmyk", "normal").orElseThrow();
    ICC_Profile rel = ICC_Profile.getInstance(icc.getData());
    rel.setData(ICC_Profile.icSigBToA0Tag, icc.getData(ICC_Profile.icSigBToA1Tag));
    ICC_ColorSpace forward = new ICC_ColorSpace(icc);
    ICC_ColorSpace relative = new ICC_ColorSpace(rel);
    Separation s =
        PrinterProfiles.builtIn()
            .separation(
                Fixtures.cmyk(),
                Fixtures.glossy(),
                "normal",
                720,
                720,
                ColourMode.COLOUR,
                OutputProfile.Intent.RELATIVE_COLORIMETRIC,
                null);
    assertThat(s.rendering()).isNotNull();
    SplittableRandom r = new SplittableRandom(3);
    List<Double> errors = new ArrayList<>();
    int tried = 0;
    while (errors.size() < 300) {
      tried++;
      int rgb = r.nextInt(1 << 24);
      Lab src = Srgb.toXyz(rgb).toLab();
      Xyz x = src.toXyz();
      float[] xyz = {(float) x.x(), (float) x.y(), (float) x.z()};
      Lab round = lab(relative.toCIEXYZ(relative.fromCIEXYZ(xyz)));
      if (DeltaE.e2000(round, src) > 1.0) {
        continue; // out of the printer's gamut: clipped, checked in the acceptance test
      }
      double[] a = s.amounts(rgb);
      float[] device = new float[4];
      for (int k = 0; k < 4; k++) {
        double f = a[k] / s.amountMax();
        device[k] = (float) (f + 4 * Separation.MID_TONE_DOT_GAIN * f * (1 - f));
      }
      errors.add(DeltaE.e2000(lab(forward.toCIEXYZ(device)), src));
    }
    double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double mean = java.util.Arrays.stream(e).average().orElseThrow();
    System.out.printf(
        "managed separation vs the profile's A2B: %d in gamut of %d, mean %.2f p95 %.2f max"
            + " %.2f ΔE00%n",
        e.length, tried, mean, e[(int) (0.95 * (e.length - 1))], e[e.length - 1]);
    assertThat(mean).isLessThan(1.0);
    assertThat(e[(int) (0.95 * (e.length - 1))]).isLessThan(2.5);
  }

  private static Lab lab(float[] xyz) {
    return new Xyz(xyz[0], xyz[1], xyz[2]).toLab();
  }
}
