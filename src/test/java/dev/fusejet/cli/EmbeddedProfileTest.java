package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.colour.ColourPeer;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import dev.fusejet.colour.SheetModel;
import dev.fusejet.colour.Xyz;
import dev.fusejet.config.Catalog;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.PageLayout;
import dev.fusejet.raster.RasterOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
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
  static final int PATCH = 60;
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
    BufferedImage img =
        new BufferedImage(PATCH, COLOURS.length * PATCH, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < PATCH; x++) {
        img.setRGB(x, y, COLOURS[y / PATCH]);
      }
    }
    Path plain = dir.resolve("srgb.png");
    ImageIO.write(img, "png", plain.toFile());
    Lab[] a = rip(plain);
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

      Lab[] b = rip(tagged);
      for (int i = 0; i < COLOURS.length; i++) {
        double e = DeltaE.e2000(a[i], b[i]);
        System.out.printf(
            "%s patch %06x: from sRGB %s, from Adobe RGB %s, ΔE00 %.2f%n",
            format, COLOURS[i], a[i], b[i], e);
        assertThat(e).as("%s patch %d", format, i).isLessThan(1.0);
      }
    }
  }

  Lab[] rip(Path png) throws IOException {
    Path out = dir.resolve(png.getFileName() + ".rip");
    CliRun r =
        CliRun.of(
            "rip",
            png.toString(),
            "--size",
            "2x3in",
            "--intent",
            "relative",
            "--no-progress",
            "-o",
            out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    SoftProof.Sheet sheet = SoftProof.Sheet.read(out.resolve("sheet-0001.fjhd"));
    PageLayout l =
        PageLayout.of(
            PATCH,
            COLOURS.length * PATCH,
            0,
            0,
            RasterOptions.defaults().withSize(MediaSize.of("2x3in")));
    SheetModel model =
        new SheetModel(
            Catalog.builtIn().inkSet("pigment-cmyk"),
            Catalog.builtIn().medium("glossy-ldpe-70"),
            720,
            720);
    int side = l.imageHeight() / COLOURS.length;
    Lab[] lab = new Lab[COLOURS.length];
    for (int i = 0; i < COLOURS.length; i++) {
      Xyz c =
          model.measure(
              sheet,
              l.imageX() + l.imageWidth() / 4,
              l.imageY() + i * side + side / 4,
              l.imageWidth() / 2,
              side / 2);
      lab[i] = c.toLab();
    }
    return lab;
  }
}
