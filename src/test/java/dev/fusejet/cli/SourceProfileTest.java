package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.colour.ColourPeer;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import dev.fusejet.colour.Srgb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document's own colour reaches the print: the same bytes tagged with an embedded profile (JPEG
 * APP2, PNG iCCP; Adobe RGB (1998), a grey L* profile, sRGB) ripped by {@code fusejet rip}
 * (glossy-ldpe-70, normal, relative colorimetric), fired by the simulated head and measured by the
 * sheet model relative to the paper, against what the colour is by the profile's published
 * definition (Adobe RGB (1998): its encoding's gamma 563/256 and primaries, Adobe's specification
 * of 2005; L* grey: L* = 100 v / 255; sRGB: IEC 61966-2-1) and, out of gamut, against ArgyllCMS's
 * own CMM ({@code xicclu}, not LittleCMS) through the printer's profile.
 */
class SourceProfileTest {

  static final Path ICC = ColourPeer.ICC;

  /** Saturated green (out of every print gamut), a mid green and a mid blue (inside it). */
  static final int[] COLOURS = {0x00ff00, 0x5a8c50, 0x4a6496};

  @TempDir Path dir;

  @Test
  void adobeRgbTaggedColoursPrintAsAdobeRgbNotAsSrgb() throws Exception {
    Path adobe = ICC.resolve("compatibleWithAdobeRGB1998.icc");
    assumeTrue(
        Files.isReadable(adobe) && Files.isExecutable(ColourPeer.convert()),
        "needs ImageMagick and icc-profiles-free (installed by .ci/run)");
    Path plain = PatchPrint.png(dir, "plain.png", COLOURS);
    Lab[] untagged = PatchPrint.ripAndMeasure(plain, COLOURS.length);
    List<String> report = new ArrayList<>();
    for (String format : new String[] {"png", "jpg"}) {
      Path base = dir.resolve("base." + format);
      Path tagged = dir.resolve("adobe." + format);
      // the same samples; the JPEG's scan data is the same for both, only APP2 differs
      ColourPeer.magick(plain.toString(), "-quality", "100", base.toString());
      ColourPeer.magick(
          base.toString(), "-profile", adobe.toString(), "-quality", "100", tagged.toString());
      Lab[] asSrgb =
          format.equals("png") ? untagged : PatchPrint.ripAndMeasure(base, COLOURS.length);
      Lab[] asAdobe = PatchPrint.ripAndMeasure(tagged, COLOURS.length);
      for (int i = 1; i < COLOURS.length; i++) {
        Lab wantAdobe = ColourPeer.adobeRgb(COLOURS[i]).toLab();
        Lab wantSrgb = Srgb.toXyz(COLOURS[i]).toLab();
        // both inside the printer's gamut by its own round trip (as ColourAcceptanceTest)
        assertThat(DeltaE.e2000(PatchPrint.clipped(wantAdobe), wantAdobe)).isLessThan(1.0);
        assertThat(DeltaE.e2000(PatchPrint.clipped(wantSrgb), wantSrgb)).isLessThan(1.0);
        double eAdobe = DeltaE.e2000(asAdobe[i], wantAdobe);
        double eSrgb = DeltaE.e2000(asSrgb[i], wantSrgb);
        double apart = DeltaE.e2000(asAdobe[i], asSrgb[i]);
        report.add(
            String.format(
                Locale.ROOT,
                "%s %06x: tagged %s (Adobe RGB says %s, ΔE00 %.2f); untagged %s (sRGB says %s,"
                    + " ΔE00 %.2f); apart %.2f",
                format,
                COLOURS[i],
                asAdobe[i],
                wantAdobe,
                eAdobe,
                asSrgb[i],
                wantSrgb,
                eSrgb,
                apart));
        assertThat(eAdobe).as("%s %06x tagged", format, COLOURS[i]).isLessThan(1.5);
        assertThat(eSrgb).as("%s %06x untagged", format, COLOURS[i]).isLessThan(1.5);
        assertThat(apart)
            .as("%s %06x tagged against untagged", format, COLOURS[i])
            .isGreaterThan(2);
      }
      double apartGreen = DeltaE.e2000(asAdobe[0], asSrgb[0]);
      report.add(
          String.format(
              Locale.ROOT,
              "%s 00ff00: tagged %s, untagged %s, apart ΔE00 %.2f",
              format,
              asAdobe[0],
              asSrgb[0],
              apartGreen));
      assertThat(apartGreen)
          .as("%s saturated green tagged against untagged", format)
          .isGreaterThan(2);
      Lab argyll = argyllPrint(adobe, 0, 1, 0);
      if (argyll != null) {
        double e = DeltaE.e2000(asAdobe[0], argyll);
        report.add(
            String.format(
                Locale.ROOT, "%s 00ff00 tagged: xicclu says %s, ΔE00 %.2f", format, argyll, e));
        assertThat(e).as("%s saturated Adobe green against xicclu", format).isLessThan(2.0);
      }
    }
    report.forEach(System.out::println);
  }

  @Test
  void greyTaggedWithAnLStarProfilePrintsItsLightness() throws Exception {
    Path grey = ICC.resolve("Gray-CIE_L.icc");
    assumeTrue(
        Files.isReadable(grey) && Files.isExecutable(ColourPeer.convert()),
        "needs ImageMagick and icc-profiles-free (installed by .ci/run)");
    int[] levels = {0x404040, 0x808080, 0xc0c0c0};
    Path plain = PatchPrint.png(dir, "grey-plain.png", levels);
    for (String format : new String[] {"png", "jpg"}) {
      Path base = dir.resolve("grey." + format);
      Path tagged = dir.resolve("grey-l." + format);
      ColourPeer.magick(
          plain.toString(), "-colorspace", "Gray", "-quality", "100", base.toString());
      ColourPeer.magick(
          base.toString(), "-profile", grey.toString(), "-quality", "100", tagged.toString());
      Lab[] asSrgb = PatchPrint.ripAndMeasure(base, levels.length);
      Lab[] asL = PatchPrint.ripAndMeasure(tagged, levels.length);
      for (int i = 0; i < levels.length; i++) {
        double v = levels[i] & 0xff;
        double wantL = 100 * v / 255;
        double wantSrgb = Srgb.toXyz(levels[i]).toLab().l();
        System.out.printf(
            Locale.ROOT,
            "%s grey %d: L*-tagged prints %s (profile says L* %.2f), untagged %s (sRGB says"
                + " %.2f)%n",
            format,
            (int) v,
            asL[i],
            wantL,
            asSrgb[i],
            wantSrgb);
        assertThat(Math.abs(asL[i].l() - wantL))
            .as("%s %d tagged", format, (int) v)
            .isLessThan(1.0);
        assertThat(Math.abs(asSrgb[i].l() - wantSrgb))
            .as("%s %d untagged", format, (int) v)
            .isLessThan(1.0);
        assertThat(Math.hypot(asL[i].a(), asL[i].b())).isLessThan(1.5);
      }
    }
  }

  @Test
  void srgbTaggedFilesPrintBitIdenticalToUntaggedOnes() throws Exception {
    assumeTrue(Files.isExecutable(ColourPeer.convert()), "needs ImageMagick (.ci/run has it)");
    Path plain = PatchPrint.png(dir, "s-plain.png", 0x00ff00, 0xc2967f, 0x202020);
    List<Path> profiles = new ArrayList<>();
    Path jdk = dir.resolve("jdk-srgb.icc");
    Files.write(
        jdk, java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
    profiles.add(jdk);
    for (Path p : new Path[] {ICC.resolve("sRGB.icc"), ICC.resolve("ghostscript/srgb.icc")}) {
      if (Files.isReadable(p)) {
        profiles.add(p);
      }
    }
    for (String format : new String[] {"png", "jpg"}) {
      Path base = dir.resolve("s-base." + format);
      ColourPeer.magick(plain.toString(), "-quality", "100", base.toString());
      byte[] want = Files.readAllBytes(PatchPrint.rip(base).resolve("sheet-0001.fjhd"));
      for (int k = 0; k < profiles.size(); k++) {
        Path tagged = dir.resolve("s-tagged" + k + "." + format);
        ColourPeer.magick(
            base.toString(),
            "-profile",
            profiles.get(k).toString(),
            "-quality",
            "100",
            tagged.toString());
        byte[] got = Files.readAllBytes(PatchPrint.rip(tagged).resolve("sheet-0001.fjhd"));
        assertThat(got)
            .as("%s tagged with %s", format, profiles.get(k).getFileName())
            .isEqualTo(want);
      }
    }
  }

  /**
   * What ArgyllCMS's CMM says an Adobe RGB colour prints as through the built-in printer profile,
   * relative colorimetric: RGB → Lab (the source profile), Lab → CMYK (B2A1), CMYK → Lab (A2B1);
   * null when xicclu is not installed.
   */
  Lab argyllPrint(Path adobe, double r, double g, double b) throws Exception {
    if (!Files.isExecutable(ColourPeer.XICCLU)) {
      return null;
    }
    Path printer = dir.resolve("printer.icc");
    Files.write(printer, PatchPrint.printerProfile().getData());
    double[] lab = ColourPeer.xicclu(adobe, "f", r, g, b);
    double[] cmyk = ColourPeer.xicclu(printer, "b", lab);
    double[] back = ColourPeer.xicclu(printer, "f", cmyk);
    return new Lab(back[0], back[1], back[2]);
  }
}
