package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.colour.ColourPeer;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import dev.fusejet.colour.Xyz;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CMYK JPEGs go from their printing condition straight to the printer's ink: a file tagged with a
 * SWOP profile (Ghostscript's default_cmyk.icc, Artifex's characterisation of CGATS TR 001), one
 * tagged with a FOGRA39 profile made by ArgyllCMS's {@code colprof} from Fogra's measurements, and
 * an untagged one (read through the default, PDFBox's CGATS TR 001 profile), each made by
 * ImageMagick, ripped by {@code fusejet rip} under each intent, fired by the simulated head and
 * measured by the sheet model (paper-relative), against what ArgyllCMS's own CMM ({@code xicclu},
 * not LittleCMS) gives for source profile → PCS → the printer profile's B2A of the intent → its
 * A2B1. Before, the decoder took them through Adobe RGB (1998), clipping what lies outside it
 * (FOGRA39's cyan, 2.1 ΔE00 outside, printed 2.0 off); the figures of that path are in the
 * comments.
 */
class CmykSourceTest {

  /** Patches (C, M, Y, K percent): the three primaries, then mixes inside the printer's gamut. */
  static final int[][] PATCHES = {
    {100, 0, 0, 0},
    {0, 100, 0, 0},
    {0, 0, 100, 0},
    {40, 30, 30, 60},
    {0, 60, 80, 10},
    {20, 10, 5, 0},
    {50, 40, 0, 0},
    {60, 0, 60, 0}
  };

  /**
   * Patches of the FOGRA39 test: cyan and two cyans with a little magenta or yellow, which lie
   * outside Adobe RGB (1998) by 2.1, 1.1, 1.2 ΔE00 and about on the printer's boundary (its inks
   * are FOGRA39's solids), then mixes well inside both.
   */
  static final int[][] FOGRA_PATCHES = {
    {100, 0, 0, 0},
    {100, 20, 0, 0},
    {100, 0, 20, 0},
    {0, 60, 80, 10},
    {50, 40, 0, 0}
  };

  /**
   * Patches of the black-point compensation test: cyan, two dark patches (a dark neutral and 80 %
   * black, which the compensation lifts by about 2 L*), then light ones it hardly moves.
   */
  static final int[][] BPC_PATCHES = {
    {100, 0, 0, 0},
    {40, 30, 30, 60},
    {0, 0, 0, 80},
    {20, 10, 5, 0},
    {50, 40, 0, 0}
  };

  @TempDir Path dir;

  /** Shared by the tests: the FOGRA39 profile (made once, colprof takes some seconds). */
  @TempDir static Path shared;

  private static Path fogra39;

  Path printer;

  /** The patches the last {@link #check} measured. */
  Lab[] printed;

  @BeforeEach
  void peers() throws Exception {
    assumeTrue(
        ColourPeer.available("ghostscript/default_cmyk.icc"),
        "needs xicclu, ImageMagick, ghostscript's profiles (installed by .ci/run)");
    printer = dir.resolve("printer.icc");
    Files.write(printer, PatchPrint.printerProfile().getData());
  }

  @Test
  void relativeColorimetricPrintsWhatXiccluSays() throws Exception {
    Path swop = swop();
    double[] e = check(jpeg("swop.jpg", PATCHES, swop), swop, PATCHES, "relative", "r", false);
    // through Adobe RGB: mean 0.70, worst 1.53 (Ghostscript's SWOP cyan lies only 0.41 outside it)
    assertThat(e[0]).as("100 % cyan").isLessThan(0.6);
    assertThat(mean(e)).as("mean").isLessThan(0.8);
    assertThat(max(e)).as("worst patch (the dark neutral)").isLessThan(2.0);
  }

  @Test
  void perceptualPrintsWhatXiccluSays() throws Exception {
    Path swop = swop();
    double[] e = check(jpeg("swop.jpg", PATCHES, swop), swop, PATCHES, "perceptual", "p", false);
    // through Adobe RGB: mean 0.87, worst 1.79
    assertThat(mean(e)).as("mean").isLessThan(0.8);
    assertThat(max(e)).as("worst patch").isLessThan(1.5);
  }

  /**
   * Black-point compensation has no switch in xicclu: the test applies ISO 18619's scaling to
   * xicclu's PCS XYZ, with each profile's black point found by xicclu's own round trip of PCS black
   * (B2A1, then A2B1), as fusejet takes a CMYK profile's black point. The source is the FOGRA39
   * profile, whose black (L* 10.0) is darker than the printer's (16.3), so the scaling moves the
   * dark patches (SWOP's black, L* 16.5, is the printer's: there it would not show).
   */
  @Test
  void relativeWithBlackPointCompensationPrintsWhatXiccluAndIso18619Say() throws Exception {
    Path fogra = fogra39();
    double[] e =
        check(
            jpeg("fogra39-bpc.jpg", BPC_PATCHES, fogra),
            fogra,
            BPC_PATCHES,
            "relative-bpc",
            "r",
            true);
    // through Adobe RGB: mean 1.54, worst 2.11; the dark neutral prints 1.8 b* bluer than xicclu
    // says, as SWOP's does under plain relative (above)
    assertThat(mean(e)).as("mean").isLessThan(1.2);
    assertThat(max(e)).as("worst patch (the dark neutral)").isLessThan(2.5);
    // the compensation shows in L*: the dark patches print at the compensated L*, which lies well
    // away from plain relative colorimetric's
    for (int i = 1; i <= 2; i++) {
      double aim = expected(fogra, BPC_PATCHES[i], "r", true).l();
      double plain = expected(fogra, BPC_PATCHES[i], "r", false).l();
      System.out.printf(
          Locale.ROOT,
          "BPC patch %d: printed L* %.2f, aim %.2f, without BPC %.2f%n",
          i,
          printed[i].l(),
          aim,
          plain);
      assertThat(Math.abs(printed[i].l() - aim)).as("L* of dark patch " + i).isLessThan(0.8);
      assertThat(Math.abs(printed[i].l() - plain))
          .as("L* of dark patch " + i + " from plain relative's")
          .isGreaterThan(1.5);
    }
  }

  /**
   * A FOGRA39 profile made by ArgyllCMS's {@code colprof} from Fogra's published measurements
   * (FOGRA39L.ti3, icc-profiles-free): its cyans lie outside Adobe RGB (1998), where the decoder
   * used to clip them, and the printer, whose inks are FOGRA39's solids, prints them.
   */
  @Test
  void fogra39CyansOutsideAdobeRgbPrintWhatXiccluSays() throws Exception {
    Path fogra = fogra39();
    double[] e =
        check(
            jpeg("fogra39.jpg", FOGRA_PATCHES, fogra),
            fogra,
            FOGRA_PATCHES,
            "relative",
            "r",
            false);
    // through Adobe RGB: cyan 2.03, mean 1.09
    assertThat(e[0]).as("100 % cyan, 2.1 ΔE00 outside Adobe RGB").isLessThan(1.0);
    assertThat(max(e)).as("worst patch").isLessThan(1.0);
  }

  /**
   * An untagged CMYK JPEG is read through the default printing condition, CGATS TR 001 (PDFBox's
   * CGATS001Compat-v2-micro.icc, written out of PDFBox's jar for xicclu).
   */
  @Test
  void untaggedPrintsThroughTheDefaultPrintingCondition() throws Exception {
    Path cgats = dir.resolve("CGATS001Compat-v2-micro.icc");
    try (java.io.InputStream in =
        org.apache.pdfbox.pdmodel.PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc")) {
      Files.write(cgats, in.readAllBytes());
    }
    double[] e = check(jpeg("untagged.jpg", PATCHES, null), cgats, PATCHES, "relative", "r", false);
    // through Adobe RGB: cyan 1.38 (CGATS TR 001's cyan lies 1.9 outside it), mean 0.79
    assertThat(e[0]).as("100 % cyan").isLessThan(0.5);
    assertThat(mean(e)).as("mean").isLessThan(0.7);
    assertThat(max(e)).as("worst patch (the dark neutral)").isLessThan(2.0);
  }

  /** Ghostscript's SWOP profile. */
  static Path swop() {
    return ColourPeer.ICC.resolve("ghostscript/default_cmyk.icc");
  }

  /**
   * The patches stacked as {@link PatchPrint} lays them out, a CMYK JPEG by ImageMagick (YCCK,
   * Adobe APP14) with {@code profile} embedded, or none when null.
   */
  Path jpeg(String name, int[][] patches, Path profile) throws Exception {
    List<String> args = new ArrayList<>();
    args.add("-size");
    args.add(PatchPrint.PATCH + "x" + PatchPrint.PATCH);
    for (int[] c : patches) {
      args.add(String.format(Locale.ROOT, "xc:cmyk(%d%%,%d%%,%d%%,%d%%)", c[0], c[1], c[2], c[3]));
    }
    args.add("-append");
    args.add("-quality");
    args.add("100");
    Path plain = dir.resolve("plain-" + name);
    args.add(plain.toString());
    ColourPeer.magick(args.toArray(String[]::new));
    if (profile == null) {
      return plain;
    }
    Path f = dir.resolve(name);
    ColourPeer.magick(plain.toString(), "-profile", profile.toString(), "-quality", "100", "" + f);
    return f;
  }

  /**
   * Rips {@code jpeg} under {@code intent}, measures it, returns ΔE00 per patch against xicclu
   * through {@code source} (its {@code xiccluIntent} table), the printer's B2A of that intent and
   * its A2B1.
   */
  double[] check(
      Path jpeg, Path source, int[][] patches, String intent, String xiccluIntent, boolean bpc)
      throws Exception {
    Lab[] got = PatchPrint.measure(PatchPrint.rip(jpeg, intent), patches.length, true);
    printed = got;
    double[] e = new double[patches.length];
    List<String> report = new ArrayList<>();
    for (int i = 0; i < patches.length; i++) {
      int[] c = patches[i];
      Lab want = expected(source, c, xiccluIntent, bpc);
      e[i] = DeltaE.e2000(got[i], want);
      report.add(
          String.format(
              Locale.ROOT,
              "%d/%d/%d/%d printed %s, xicclu %s: %.2f",
              c[0],
              c[1],
              c[2],
              c[3],
              got[i],
              want,
              e[i]));
    }
    System.out.printf(
        Locale.ROOT,
        "CMYK JPEG %s, %s: worst %.2f ΔE00, mean %.2f: %s%n",
        jpeg.getFileName(),
        intent,
        max(e),
        mean(e),
        report);
    return e;
  }

  /**
   * What ArgyllCMS makes of ink {@code c} (percent) of {@code source}: its A2B of {@code
   * xiccluIntent}, with {@code bpc} ISO 18619's scaling of the XYZ, the printer's B2A of that
   * intent, its A2B1 (paper-relative Lab).
   */
  Lab expected(Path source, int[] c, String xiccluIntent, boolean bpc) throws Exception {
    double[] lab =
        ColourPeer.xicclu(
            source, xiccluIntent, "f", c[0] / 100.0, c[1] / 100.0, c[2] / 100.0, c[3] / 100.0);
    if (bpc) {
      double ks = blackY(source);
      double kd = blackY(printer);
      Xyz x = new Lab(lab[0], lab[1], lab[2]).toXyz();
      double s = (1 - kd) / (1 - ks);
      Lab l =
          new Xyz(
                  (x.x() - ks * Xyz.D50.x()) * s + kd * Xyz.D50.x(),
                  (x.y() - ks * Xyz.D50.y()) * s + kd * Xyz.D50.y(),
                  (x.z() - ks * Xyz.D50.z()) * s + kd * Xyz.D50.z())
              .toLab();
      lab = new double[] {l.l(), l.a(), l.b()};
    }
    double[] ink = ColourPeer.xicclu(printer, xiccluIntent, "b", lab);
    double[] back = ColourPeer.xicclu(printer, "f", ink);
    return new Lab(back[0], back[1], back[2]);
  }

  /**
   * The FOGRA39 profile ArgyllCMS's {@code colprof} makes from Fogra's measurements
   * (icc-profiles-free's FOGRA39L.ti3, total ink limit 330 %), made once for the class.
   */
  static synchronized Path fogra39() throws Exception {
    Path ti3 = ColourPeer.ICC.resolve("FOGRA39L.ti3");
    assumeTrue(
        Files.isReadable(ti3) && Files.isExecutable(Path.of("/usr/bin/colprof")),
        "needs ArgyllCMS colprof and icc-profiles-free's FOGRA39L.ti3");
    if (fogra39 == null) {
      Files.copy(ti3, shared.resolve("fogra39.ti3"));
      Process p =
          new ProcessBuilder("colprof", "-v0", "-ql", "-l330", "-D", "FOGRA39L colprof", "fogra39")
              .directory(shared.toFile())
              .redirectErrorStream(true)
              .start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(log).isZero();
      fogra39 = shared.resolve("fogra39.icc");
    }
    return fogra39;
  }

  /** Y of a CMYK profile's darkest neutral by xicclu: PCS black through B2A1, back through A2B1. */
  static double blackY(Path profile) throws Exception {
    double[] ink = ColourPeer.xicclu(profile, "b", 0, 0, 0);
    double[] lab = ColourPeer.xicclu(profile, "f", ink);
    return new Lab(lab[0], 0, 0).toXyz().y();
  }

  static double mean(double[] v) {
    return java.util.Arrays.stream(v).average().orElse(0);
  }

  static double max(double[] v) {
    return java.util.Arrays.stream(v).max().orElse(0);
  }
}
