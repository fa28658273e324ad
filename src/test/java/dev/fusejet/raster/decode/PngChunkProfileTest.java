package dev.fusejet.raster.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.colour.ColourPeer;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import dev.fusejet.colour.Xyz;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PNG's gAMA and cHRM chunks without iCCP or sRGB: the samples mean what the chunks say. Checked
 * against ArgyllCMS {@code xicclu} (its own CMM) on the ICC's Adobe RGB (1998) compatible profile
 * ({@code icc-profiles-free}), whose encoding the chunks of the test file state.
 */
class PngChunkProfileTest {

  @TempDir Path dir;

  /** Colours checked: primaries, secondaries, greys and two mid colours (0xRRGGBB). */
  static final int[] COLOURS = {
    0xff0000, 0x00ff00, 0x0000ff, 0x00ffff, 0xff00ff, 0xffff00, 0x808080, 0x202020, 0xc0c0c0,
    0x5a8c50, 0x4a6496, 0xffffff
  };

  @Test
  void gammaAndChromaticitiesMakeTheSourceProfile() throws Exception {
    assumeTrue(Files.isExecutable(ColourPeer.XICCLU), "ArgyllCMS xicclu not installed");
    Path adobe = ColourPeer.ICC.resolve("compatibleWithAdobeRGB1998.icc");
    assumeTrue(Files.isRegularFile(adobe), "icc-profiles-free not installed");
    // Adobe RGB (1998): gAMA 1/2.19921875, cHRM of its primaries and D65
    Path png =
        png(
            "gAMA", new String[] {"value", "45470"},
            "cHRM",
                new String[] {
                  "whitePointX", "31270", "whitePointY", "32900", "redX", "64000", "redY", "33000",
                  "greenX", "21000", "greenY", "71000", "blueX", "15000", "blueY", "6000"
                });
    ICC_Profile p = profileOf(png);
    assertThat(p).as("gAMA/cHRM make a source profile").isNotNull();
    ICC_ColorSpace cs = new ICC_ColorSpace(p);
    double worst = 0;
    StringBuilder s = new StringBuilder();
    for (int rgb : COLOURS) {
      double[] v = {
        ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0
      };
      float[] x = cs.toCIEXYZ(new float[] {(float) v[0], (float) v[1], (float) v[2]});
      Lab got = new Xyz(x[0], x[1], x[2]).toLab();
      double[] w = ColourPeer.xicclu(adobe, "f", v);
      double e = DeltaE.e2000(got, new Lab(w[0], w[1], w[2]));
      worst = Math.max(worst, e);
      s.append(String.format(Locale.ROOT, " %06x:%.2f", rgb, e));
    }
    System.out.printf(
        Locale.ROOT, "PNG gAMA/cHRM (Adobe RGB) vs xicclu: worst %.2f ΔE00;%s%n", worst, s);
    assertThat(worst).isLessThan(0.2);
  }

  @Test
  void gammaAloneKeepsSrgbPrimariesAndSrgbChunkWins() throws Exception {
    // gAMA 1.0 (linear samples): mid grey 128 is 50 % of white's Y, L* 76.1 (sRGB's 128: L* 53.6)
    ICC_Profile linear = profileOf(png("gAMA", new String[] {"value", "100000"}));
    assertThat(linear).isNotNull();
    float[] x =
        new ICC_ColorSpace(linear).toCIEXYZ(new float[] {128 / 255f, 128 / 255f, 128 / 255f});
    assertThat(new Xyz(x[0], x[1], x[2]).toLab().l())
        .isCloseTo(76.1, org.assertj.core.api.Assertions.within(0.3));
    // an sRGB chunk takes precedence (PNG 11.3.3.5): sRGB, no own profile
    assertThat(
            profileOf(
                png(
                    "gAMA",
                    new String[] {"value", "100000"},
                    "sRGB",
                    new String[] {"renderingIntent", "Perceptual"})))
        .isNull();
    assertThat(profileOf(png())).as("no chunk: sRGB").isNull();
    // gAMA 45455 with sRGB's cHRM, as ImageMagick writes an sRGB image: sRGB
    assertThat(
            profileOf(
                png(
                    "gAMA", new String[] {"value", "45455"},
                    "cHRM",
                        new String[] {
                          "whitePointX",
                          "31270",
                          "whitePointY",
                          "32900",
                          "redX",
                          "64000",
                          "redY",
                          "33000",
                          "greenX",
                          "30000",
                          "greenY",
                          "60000",
                          "blueX",
                          "15000",
                          "blueY",
                          "6000"
                        })))
        .isNull();
  }

  static ICC_Profile profileOf(Path png) {
    try (Document d = Documents.open(png)) {
      return d.nextPage().profile();
    }
  }

  /** A 4 x 4 RGB PNG with these chunks (name, then attribute name/value pairs). */
  Path png(Object... chunks) throws Exception {
    BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
    IIOMetadata meta =
        w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    for (int i = 0; i < chunks.length; i += 2) {
      IIOMetadataNode n = new IIOMetadataNode((String) chunks[i]);
      String[] a = (String[]) chunks[i + 1];
      for (int k = 0; k < a.length; k += 2) {
        n.setAttribute(a[k], a[k + 1]);
      }
      root.appendChild(n);
    }
    meta.mergeTree("javax_imageio_png_1.0", root);
    Path f = dir.resolve("t" + System.nanoTime() + ".png");
    try (ImageOutputStream out = ImageIO.createImageOutputStream(f.toFile())) {
      w.setOutput(out);
      w.write(new IIOImage(img, null, meta));
    } finally {
      w.dispose();
    }
    return f;
  }
}
