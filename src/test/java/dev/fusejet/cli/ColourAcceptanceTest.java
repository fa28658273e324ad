package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import dev.fusejet.colour.OutputProfile;
import dev.fusejet.colour.Srgb;
import dev.fusejet.colour.Xyz;
import dev.fusejet.config.Catalog;
import dev.fusejet.device.PrintMode;
import dev.fusejet.halftone.Halftoner;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.Rendering;
import dev.fusejet.raster.colour.Separation;
import java.awt.color.ICC_Profile;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance on the whole chain: a profile made by printing and measuring the chart,
 * then sRGB colours separated through it (JDK CMM), screened, and measured with the sheet model.
 */
class ColourAcceptanceTest {

  /**
   * ColorChecker Classic, X-Rite's published CIELAB (D50, 2°) for charts made after November 2014,
   * patches 1 (dark skin) to 24 (black).
   */
  static final double[][] COLORCHECKER = {
    {37.54, 14.37, 14.92}, {64.66, 19.27, 17.50}, {49.32, -3.82, -22.54}, {43.46, -12.74, 22.72},
    {54.94, 9.61, -24.79}, {70.48, -32.26, -0.37}, {62.73, 35.83, 56.50}, {39.43, 10.75, -45.17},
    {50.57, 48.64, 16.67}, {30.10, 22.54, -20.87}, {71.77, -24.13, 58.19}, {71.51, 18.24, 67.37},
    {28.37, 15.42, -49.80}, {54.38, -39.72, 32.27}, {42.43, 51.05, 28.62}, {81.80, 2.67, 80.41},
    {50.63, 51.28, -14.12}, {49.57, -29.71, -28.32}, {95.19, -1.03, 2.93}, {81.29, -0.57, 0.44},
    {66.89, -0.75, -0.06}, {50.76, -0.13, 0.14}, {35.63, -0.46, -0.48}, {20.64, 0.07, -0.46}
  };

  static InkSet inks;
  static Medium medium;
  static ProfileMaker.Result made;
  static ICC_Profile icc;
  static final String QUALITY = "normal";

  @BeforeAll
  static void characterise() {
    inks = Catalog.builtIn().inkSet("pigment-cmyk");
    medium = Catalog.builtIn().medium("glossy-ldpe-70");
    made = ProfileMaker.make(inks, medium, QUALITY, 0.003);
    icc = ICC_Profile.getInstance(ProfileMaker.icc(made, LocalDateTime.of(2026, 12, 1, 21, 0)));
  }

  static Lab[] print(int[] rgb, OutputProfile.Intent intent) {
    PrintMode setup = PrintMode.of(QUALITY);
    ChartPrinter printer = new ChartPrinter(inks, medium, setup, 0.003);
    int columns = 8;
    var options = printer.options((rgb.length + columns - 1) / columns, columns);
    Separation sep =
        Separation.build(
            inks,
            medium,
            setup.xDpi(),
            setup.yDpi(),
            ColourMode.COLOUR,
            Rendering.fromSrgb(icc, intent));
    Halftoner screen = setup.screen("auto");
    var head = dev.fusejet.head.HeadModel.of(inks);
    var levels =
        dev.fusejet.halftone.ToneLevels.ofDropVolumes(
            head.smallDrop(), head.mediumDrop(), head.largeDrop());
    Xyz[] m;
    try (RasterPipeline p = new RasterPipeline(sep, screen, levels, options)) {
      m = printer.printRgb(rgb, columns, p);
    }
    Lab[] out = new Lab[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = made.profile().toRelative(m[i]);
    }
    return out;
  }

  @Test
  void colorCheckerPrintsWithinTwoDeltaEInGamut() {
    int[] rgb = new int[24];
    Lab[] source = new Lab[24];
    for (int i = 0; i < 24; i++) {
      double[] c = COLORCHECKER[i];
      rgb[i] = Srgb.pixel(new Lab(c[0], c[1], c[2]).toXyz());
      source[i] = Srgb.toXyz(rgb[i]).toLab();
    }
    Lab[] printed = print(rgb, OutputProfile.Intent.RELATIVE_COLORIMETRIC);
    double sum = 0;
    int in = 0;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      double[] d = made.profile().toDevice(source[i], OutputProfile.Intent.RELATIVE_COLORIMETRIC);
      double reach = DeltaE.e2000(made.profile().relative(d), source[i]);
      double e = DeltaE.e2000(printed[i], source[i]);
      boolean inGamut = reach < 0.5;
      if (inGamut) {
        sum += e;
        in++;
      }
      s.append(
          String.format(
              java.util.Locale.ROOT,
              " %d:%.2f%s",
              i + 1,
              e,
              inGamut ? "" : "(out " + String.format(java.util.Locale.ROOT, "%.1f", reach) + ")"));
    }
    System.out.printf(
        "ColorChecker relative colorimetric: in gamut %d, mean %.2f;%s%n", in, sum / in, s);
    // measured: 21 in gamut, mean 0.66 (worst 1.61, magenta)
    assertThat(in).isGreaterThanOrEqualTo(20);
    assertThat(sum / in).isLessThanOrEqualTo(2.0);
    for (int i = 0; i < 24; i++) {
      double[] d = made.profile().toDevice(source[i], OutputProfile.Intent.RELATIVE_COLORIMETRIC);
      Lab clip = made.profile().relative(d);
      if (DeltaE.e2000(clip, source[i]) >= 0.5) {
        // out of gamut: the print lands on the profile's clipped colour, which keeps the hue
        assertThat(DeltaE.e2000(printed[i], clip)).as("patch %d", i + 1).isLessThan(1.5);
        if (source[i].chroma() > 5) { // a near-grey's hue is noise
          double dh = Math.abs(clip.hue() - source[i].hue());
          assertThat(Math.min(dh, 360 - dh)).as("hue of patch %d", i + 1).isLessThan(4);
        }
      }
    }
  }

  @Test
  void greyRampIsNeutralAndTracksTheSource() {
    int[] rgb = new int[21];
    for (int i = 0; i <= 20; i++) {
      int v = (int) Math.round(255 * (1 - i / 20.0));
      rgb[i] = v * 0x010101;
    }
    Lab[] printed = print(rgb, OutputProfile.Intent.RELATIVE_COLORIMETRIC);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i <= 20; i++) {
      Lab src = Srgb.toXyz(rgb[i]).toLab();
      s.append(
          String.format(
              java.util.Locale.ROOT,
              " %d%%:%.1f/%.1f(%.1f,%.1f)",
              i * 5,
              printed[i].l(),
              src.l(),
              printed[i].a(),
              printed[i].b()));
    }
    double black = made.profile().blackLightness();
    for (int i = 0; i <= 20; i++) {
      Lab src = Srgb.toXyz(rgb[i]).toLab();
      if (i > 0) {
        assertThat(printed[i].l()).as("step %d", i).isLessThanOrEqualTo(printed[i - 1].l() + 0.2);
      }
      if (src.l() >= black + 2) {
        assertThat(printed[i].l())
            .as("L* of step %d", i)
            .isCloseTo(src.l(), org.assertj.core.api.Assertions.within(2.0));
        assertThat(Math.abs(printed[i].a())).as("a* of step %d", i).isLessThanOrEqualTo(1.5);
        assertThat(Math.abs(printed[i].b())).as("b* of step %d", i).isLessThanOrEqualTo(1.5);
      } else {
        // beyond the printer's black: as dark as it goes, nearly neutral
        assertThat(printed[i].l()).isLessThan(black + 3);
        assertThat(printed[i].chroma()).isLessThan(2.5);
      }
    }
    System.out.println(
        "grey ramp relative (profile neutral black L "
            + made.profile().blackLightness()
            + "), printed L/source L (a,b):"
            + s);
  }
}
