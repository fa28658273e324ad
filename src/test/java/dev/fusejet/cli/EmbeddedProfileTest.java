package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.colour.ColourPeer;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PNG whose pixels are in Adobe RGB (1998), with that profile embedded (converted from sRGB by
 * ImageMagick through LittleCMS, a peer), prints the same colours as the sRGB original: the
 * separation starts from the embedded profile, not from sRGB.
 */
class EmbeddedProfileTest {

  static final Path ICC = ColourPeer.ICC;
  static final int PATCH = PatchPrint.PATCH;
  static final int[] COLOURS = {0xc2967f, 0x5b9442, 0x5b7a9c, 0x808080};

  @TempDir Path dir;

  @Test
  void embeddedAdobeRgbPrintsLikeTheSrgbOriginal() throws Exception {
    Path adobe = ICC.resolve("compatibleWithAdobeRGB1998.icc");
    Path srgb = ICC.resolve("sRGB.icc");
    assumeTrue(
        Files.isReadable(adobe)
            && Files.isReadable(srgb)
            && Files.isExecutable(ColourPeer.convert()),
        "needs ImageMagick and icc-profiles-free (installed by .ci/run)");
    Path plain = PatchPrint.png(dir, "srgb.png", COLOURS);
    Lab[] a = PatchPrint.measure(PatchPrint.rip(plain), COLOURS.length, false);
    for (String format : new String[] {"PNG24", "JPG"}) {
      Path tagged = dir.resolve("adobe." + format.toLowerCase(java.util.Locale.ROOT));
      Process p =
          new ProcessBuilder(
                  ColourPeer.convert().toString(),
                  plain.toString(),
                  "-profile",
                  srgb.toString(),
                  "-profile",
                  adobe.toString(),
                  "-quality",
                  "97",
                  format + ":" + tagged)
              .redirectErrorStream(true)
              .start();
      String log =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(log).isZero();
      if (format.startsWith("PNG")) {
        BufferedImage back = ImageIO.read(tagged.toFile());
        int most = 0;
        for (int i = 0; i < COLOURS.length; i++) {
          for (int c = 0; c < 3; c++) {
            int raw = back.getRaster().getSample(PATCH / 2, i * PATCH + PATCH / 2, c);
            most = Math.max(most, Math.abs(raw - ((COLOURS[i] >> (16 - 8 * c)) & 0xff)));
          }
        }
        assertThat(most).as("Adobe RGB values differ from the sRGB ones").isGreaterThan(10);
      }

      Lab[] b = PatchPrint.measure(PatchPrint.rip(tagged), COLOURS.length, false);
      for (int i = 0; i < COLOURS.length; i++) {
        double e = DeltaE.e2000(a[i], b[i]);
        System.out.printf(
            "%s patch %06x: from sRGB %s, from Adobe RGB %s, ΔE00 %.2f%n",
            format, COLOURS[i], a[i], b[i], e);
        assertThat(e).as("%s patch %d", format, i).isLessThan(1.0);
      }
    }
  }
}
