package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import dev.fusejet.colour.SheetModel;
import dev.fusejet.colour.Srgb;
import dev.fusejet.colour.Xyz;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.PageLayout;
import dev.fusejet.raster.RasterOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance through the real print path: an sRGB PNG of the ColorChecker 24 and a grey
 * ramp is ripped by {@code fusejet rip} (the built-in profile, the JDK CMM, the table, the
 * quality's screen, the head's passes), the head data it wrote is fired by the simulated head and
 * each patch is measured with the printed-sheet model, relative to the paper measured on the same
 * sheet.
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

  /** Patch side in the test image (px; 4.3 mm on the {@link #SIZE} sheet). */
  static final int PATCH = 50;

  /**
   * The sheet: the 6 x 8 patches fitted inside its 3 mm margins come out 4.3 mm wide, each read
   * over its central 2.2 mm (61 px at 720 dpi, more than the 1.8 mm the chart's patches are read
   * over). On the default 4 x 6 in sheet they were 16 mm, with 12 times the rip's area and 14 times
   * the sheet model's per patch, for the same figures (docs/colour.md).
   */
  static final String SIZE = "32x40mm";

  static final int COLUMNS = 6;
  static final int ROWS = 8;

  @TempDir static Path dir;

  static int[] rgb;
  static Lab[] printed;
  static Lab[] perceptual;
  static Lab[] compensated;

  @BeforeAll
  static void ripAndMeasure() throws IOException {
    rgb = new int[45];
    for (int i = 0; i < 24; i++) {
      double[] c = COLORCHECKER[i];
      rgb[i] = Srgb.pixel(new Lab(c[0], c[1], c[2]).toXyz());
    }
    for (int i = 0; i <= 20; i++) {
      int v = (int) Math.round(255 * (1 - i / 20.0));
      rgb[24 + i] = v * 0x010101;
    }
    BufferedImage img =
        new BufferedImage(COLUMNS * PATCH, ROWS * PATCH, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int i = y / PATCH * COLUMNS + x / PATCH;
        img.setRGB(x, y, i < rgb.length ? rgb[i] : 0xffffff);
      }
    }
    Path png = dir.resolve("acceptance.png");
    ImageIO.write(img, "png", png.toFile());
    printed = rip(png, img.getWidth(), img.getHeight(), "relative");
    perceptual = rip(png, img.getWidth(), img.getHeight(), "perceptual");
    compensated = rip(png, img.getWidth(), img.getHeight(), "relative-bpc");
  }

  /** Rips the image with {@code intent}, fires the head data, measures every patch. */
  static Lab[] rip(Path png, int width, int height, String intent) throws IOException {
    Path out = dir.resolve("rip-" + intent);
    CliRun r =
        CliRun.of(
            "rip",
            png.toString(),
            "--size",
            SIZE,
            "--intent",
            intent,
            "--media",
            "glossy-ldpe-70",
            "--quality",
            "normal",
            "--no-progress",
            "-o",
            out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("glossy-ldpe-70.pigment-cmyk.normal (built-in), " + intent);
    SoftProof.Sheet sheet = SoftProof.Sheet.read(out.resolve("sheet-0001.fjhd"));
    // where rip put the image: the layout of its default options (3 mm margins, auto: fitted,
    // 720 dpi) on the SIZE sheet
    PageLayout l =
        PageLayout.of(width, height, 0, 0, RasterOptions.defaults().withSize(MediaSize.of(SIZE)));
    assertThat(l.quarterTurns()).isZero();
    assertThat(sheet.report().width()).isEqualTo(l.pageWidth());
    SheetModel model = PatchPrint.model();
    double sx = l.imageWidth() / (double) width;
    double sy = l.imageHeight() / (double) height;
    int side = (int) Math.round(PATCH * sx);
    int ap = side / 2;
    Xyz paper = model.measure(sheet, 2, 2, 40, 40); // the margin: bare paper
    Lab[] lab = new Lab[rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      int x0 = l.imageX() + (int) Math.round((i % COLUMNS) * PATCH * sx) + (side - ap) / 2;
      int y0 = l.imageY() + (int) Math.round((i / COLUMNS) * PATCH * sy) + (side - ap) / 2;
      lab[i] = PatchPrint.relative(model.measure(sheet, x0, y0, ap, ap), paper);
    }
    return lab;
  }

  @Test
  void colorCheckerPrintsWithinTwoDeltaEInGamutAndClipsOnHue() {
    double sum = 0;
    int in = 0;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      Lab src = Srgb.toXyz(rgb[i]).toLab();
      Lab clip = PatchPrint.clipped(src);
      boolean inGamut = DeltaE.e2000(clip, src) < 1.0;
      double e = DeltaE.e2000(printed[i], inGamut ? src : clip);
      s.append(String.format(Locale.ROOT, " %d:%.2f%s", i + 1, e, inGamut ? "" : "(out)"));
      if (inGamut) {
        sum += e;
        in++;
      } else {
        // out of gamut: the print lands on the printable colour of the same hue nearest it
        assertThat(e).as("patch %d against its clipped colour", i + 1).isLessThanOrEqualTo(1.0);
        if (src.chroma() > 5) { // a near-grey's hue is noise
          double dh = Math.abs(clip.hue() - src.hue());
          assertThat(Math.min(dh, 360 - dh)).as("hue of patch %d", i + 1).isLessThan(4);
        }
      }
    }
    System.out.printf(
        "ColorChecker through rip, relative: %d in gamut, mean %.2f ΔE00;%s%n", in, sum / in, s);
    assertThat(in).isGreaterThanOrEqualTo(20);
    assertThat(sum / in).isLessThanOrEqualTo(2.0);
  }

  /**
   * The grey ramp, all 21 steps "within 2 of the source's L*", read as ICC workflows print
   * a ramp relative colorimetric with black-point compensation (ISO 18619): the source's L* mapped
   * paper-relative, its Y scaled so that the source black lands on the printer's darkest neutral,
   * Y' = Y_k + (1 − Y_k) Y. Without compensation no printer can meet the reading "within 2 of the
   * source's own L*" below its black (L* 16 here; the 85-100 % steps are L* 15-0).
   */
  @Test
  void greyRampWithBlackPointCompensationTracksTheSourceAtEveryStep() {
    double black = PatchPrint.clipped(new Lab(0, 0, 0)).l();
    double yk = new Lab(black, 0, 0).toXyz().y();
    StringBuilder s = new StringBuilder();
    double worst = 0;
    for (int i = 0; i <= 20; i++) {
      Lab src = Srgb.toXyz(rgb[24 + i]).toLab();
      double aim = new Xyz(0, yk + (1 - yk) * src.toXyz().y(), 0).toLab().l();
      Lab p = compensated[24 + i];
      worst = Math.max(worst, Math.abs(p.l() - aim));
      s.append(
          String.format(
              Locale.ROOT, " %d%%:%.1f/%.1f(%.1f,%.1f)", i * 5, p.l(), aim, p.a(), p.b()));
    }
    System.out.printf(
        Locale.ROOT,
        "grey ramp, relative + BPC (black L* %.1f, Y %.4f), printed/aim: %s; worst %.2f%n",
        black,
        yk,
        s,
        worst);
    for (int i = 0; i <= 20; i++) {
      Lab src = Srgb.toXyz(rgb[24 + i]).toLab();
      double aim = new Xyz(0, yk + (1 - yk) * src.toXyz().y(), 0).toLab().l();
      Lab p = compensated[24 + i];
      // the bounds: L* within 2.0, |a*| and |b*| at most 1.5
      assertThat(p.l()).as("BPC L* of step %d", i).isCloseTo(aim, within(2.0));
      assertThat(Math.abs(p.a())).as("BPC a* of step %d", i).isLessThanOrEqualTo(1.5);
      assertThat(Math.abs(p.b())).as("BPC b* of step %d", i).isLessThanOrEqualTo(1.5);
      if (i > 0) {
        assertThat(p.l())
            .as("BPC L* of step %d below step %d", i, i - 1)
            .isLessThan(compensated[23 + i].l());
      }
    }
  }

  @Test
  void greyRampIsMonotonicNeutralAndTracksTheSource() {
    double black = PatchPrint.clipped(new Lab(0, 0, 0)).l();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i <= 20; i++) {
      Lab src = Srgb.toXyz(rgb[24 + i]).toLab();
      Lab p = printed[24 + i];
      Lab q = perceptual[24 + i];
      s.append(
          String.format(
              Locale.ROOT,
              " %d%%:%.1f/%.1f(%.1f,%.1f) perc %.1f(%.1f,%.1f)",
              i * 5,
              p.l(),
              src.l(),
              p.a(),
              p.b(),
              q.l(),
              q.a(),
              q.b()));
    }
    System.out.println("grey ramp through rip, relative (printer black L* " + black + "):" + s);
    for (int i = 0; i <= 20; i++) {
      Lab src = Srgb.toXyz(rgb[24 + i]).toLab();
      Lab p = printed[24 + i];
      // relative colorimetric: steps darker than the printer's neutral black print at that black
      // (the profile aims them there), the others at their own L*
      double aim = Math.max(src.l(), black);
      assertThat(p.l()).as("relative L* of step %d", i).isCloseTo(aim, within(2.0));
      assertThat(Math.abs(p.a())).as("relative a* of step %d", i).isLessThanOrEqualTo(1.5);
      assertThat(Math.abs(p.b())).as("relative b* of step %d", i).isLessThanOrEqualTo(1.5);
      // perceptual (the default): L* scaled from the paper to the printer's black, so every
      // step is darker than the one before, and neutral
      Lab q = perceptual[24 + i];
      assertThat(Math.abs(q.a())).as("perceptual a* of step %d", i).isLessThanOrEqualTo(1.5);
      assertThat(Math.abs(q.b())).as("perceptual b* of step %d", i).isLessThanOrEqualTo(1.5);
      double scaled = black + (100 - black) * src.l() / 100;
      assertThat(q.l()).as("perceptual L* of step %d", i).isCloseTo(scaled, within(2.0));
      if (i > 0) {
        assertThat(p.l())
            .as("relative L* of step %d not above step %d", i, i - 1)
            .isLessThan(printed[23 + i].l() + 0.3);
        assertThat(q.l())
            .as("perceptual L* of step %d below step %d", i, i - 1)
            .isLessThan(perceptual[23 + i].l());
      }
    }
  }
}
