package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.colour.Cgats;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import dev.fusejet.colour.Patch;
import dev.fusejet.colour.Xyz;
import dev.fusejet.config.Catalog;
import dev.fusejet.device.PrintMode;
import dev.fusejet.raster.colour.PrinterProfiles;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The profiles shipped for the presets: one per medium × ink set × quality, and still what {@code
 * fusejet profile --built-in} would make today (reprinting part of the chart through the current
 * pipeline measures what the shipped .ti3 says), so they cannot go stale.
 */
class BuiltInProfilesTest {

  static Cgats ti3(String name) throws IOException {
    try (Reader r =
        new InputStreamReader(
            BuiltInProfilesTest.class.getResourceAsStream(
                PrinterProfiles.RESOURCES + name + ".ti3"),
            StandardCharsets.UTF_8)) {
      return Cgats.read(r);
    }
  }

  @Test
  void everyPresetCombinationHasItsProfile() {
    Catalog c = Catalog.builtIn();
    int n = 0;
    for (String m : c.mediaNames()) {
      for (String i : c.inkSetNames()) {
        for (String q : PrintMode.QUALITIES) {
          ICC_Profile p = PrinterProfiles.builtIn().profile(m, i, q).orElseThrow();
          assertThat(p.getColorSpaceType()).isEqualTo(ColorSpace.TYPE_CMYK);
          assertThat(p.getPCSType()).isEqualTo(ColorSpace.TYPE_Lab);
          assertThat(p.getProfileClass()).isEqualTo(ICC_Profile.CLASS_OUTPUT);
          assertThat(PrinterProfiles.builtIn().origin(m, i, q)).contains("built-in");
          n++;
        }
      }
    }
    assertThat(n).isEqualTo(9);
    assertThat(PrinterProfiles.builtIn().profile("no-such-medium", "pigment-cmyk", "normal"))
        .isEmpty();
  }

  /**
   * Every 12th patch of the shipped .ti3 printed again (another layout, so other screen phases) and
   * measured: within the screen's patch-to-patch noise of what was shipped. And the shipped ICC's
   * A2B table, run by the JDK's CMM, gives back the shipped measurements.
   */
  @ParameterizedTest
  @ValueSource(strings = {"normal", "high"})
  void shippedMeasurementsAreWhatThePipelineMeasuresToday(String quality) throws IOException {
    String name = PrinterProfiles.name("glossy-ldpe-70", "pigment-cmyk", quality);
    List<Patch> shipped = ti3(name).patches();
    List<Patch> sample = new ArrayList<>();
    for (int i = 0; i < shipped.size(); i += 12) {
      sample.add(shipped.get(i));
    }
    ChartPrinter printer =
        new ChartPrinter(
            Catalog.builtIn().inkSet("pigment-cmyk"),
            Catalog.builtIn().medium("glossy-ldpe-70"),
            PrintMode.of(quality),
            ProfileMaker.PATCH);
    Xyz[] now = printer.printDevice(sample.stream().map(Patch::device).toList(), 12);
    double[] e = new double[sample.size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = DeltaE.e2000(now[i].toLab(), sample.get(i).lab());
    }
    Arrays.sort(e);
    double mean = Arrays.stream(e).average().orElseThrow();
    System.out.printf(
        Locale.ROOT,
        "%s reprinted: %d patches, mean %.2f max %.2f ΔE00 from the shipped .ti3%n",
        name,
        e.length,
        mean,
        e[e.length - 1]);
    assertThat(mean).as("mean ΔE00 reprinted vs shipped").isLessThan(0.5);
    assertThat(e[e.length - 1]).as("max ΔE00 reprinted vs shipped").isLessThan(2.0);

    // the shipped ICC against its own measurements (media-relative), through the JDK CMM
    ICC_ColorSpace cs =
        new ICC_ColorSpace(
            PrinterProfiles.builtIn()
                .profile("glossy-ldpe-70", "pigment-cmyk", quality)
                .orElseThrow());
    Xyz paper =
        shipped.stream()
            .filter(p -> Arrays.stream(p.device()).sum() == 0)
            .findFirst()
            .orElseThrow()
            .xyz();
    double[] f = new double[shipped.size()];
    for (int i = 0; i < f.length; i++) {
      Patch p = shipped.get(i);
      double[] d = p.device();
      float[] x = cs.toCIEXYZ(new float[] {(float) d[0], (float) d[1], (float) d[2], (float) d[3]});
      Lab icc = new Xyz(x[0], x[1], x[2]).toLab();
      Xyz a = p.xyz();
      Lab rel =
          new Xyz(
                  a.x() * Xyz.D50.x() / paper.x(),
                  a.y() * Xyz.D50.y() / paper.y(),
                  a.z() * Xyz.D50.z() / paper.z())
              .toLab();
      f[i] = DeltaE.e2000(icc, rel);
    }
    Arrays.sort(f);
    double fm = Arrays.stream(f).average().orElseThrow();
    System.out.printf(
        Locale.ROOT,
        "%s A2B (JDK CMM) vs its .ti3: mean %.2f p95 %.2f ΔE00%n",
        name,
        fm,
        f[(int) (0.95 * (f.length - 1))]);
    assertThat(fm).isLessThan(1.0);
    assertThat(f[(int) (0.95 * (f.length - 1))]).isLessThan(2.5);
  }
}
