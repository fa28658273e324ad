package dev.fusejet.raster.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.colour.ColourPeer;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import dev.fusejet.colour.Srgb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CMYK JPEGs (Adobe APP14, written by ImageMagick) are converted through their CMYK profile, the
 * embedded one or else PDFBox's CGATS TR 001 (SWOP) profile, into Adobe RGB (1998), not by the
 * decoder's naive 1 - (c + k) rule into sRGB. Checked against ArgyllCMS {@code xicclu} (its own
 * CMM) through the same CMYK profile, and the Adobe RGB values read by Adobe's definition.
 */
class CmykJpegTest {

  @TempDir Path dir;

  /** Patches (C, M, Y, K percent): a dark neutral, the primaries, two mixes, a light tint. */
  static final int[][] PATCHES = {
    {40, 30, 30, 60},
    {100, 0, 0, 0},
    {0, 100, 0, 0},
    {0, 0, 100, 0},
    {100, 0, 100, 0},
    {0, 60, 80, 10},
    {20, 10, 5, 0},
    {0, 0, 0, 100}
  };

  static final int SIDE = 32;

  @Test
  void embeddedProfileIsUsed() throws Exception {
    assumeTrue(
        ColourPeer.available("ghostscript/default_cmyk.icc", "compatibleWithAdobeRGB1998.icc"),
        "needs xicclu, ImageMagick, ghostscript's profiles");
    Path profile = ColourPeer.ICC.resolve("ghostscript/default_cmyk.icc");
    Path plain = cmykJpeg("plain.jpg");
    Path tagged = dir.resolve("tagged.jpg");
    ColourPeer.magick(
        plain.toString(), "-profile", profile.toString(), "-quality", "100", tagged.toString());
    check(tagged, profile, "embedded Artifex SWOP", 0.8);
  }

  /**
   * Without an embedded profile the ink values are read through the default printing condition,
   * CGATS TR 001 (PDFBox's CGATS001Compat-v2-micro.icc, written out of PDFBox's jar for xicclu).
   */
  @Test
  void untaggedIsReadThroughTheDefaultPrintingCondition() throws Exception {
    assumeTrue(ColourPeer.available("compatibleWithAdobeRGB1998.icc"), "needs xicclu, ImageMagick");
    Path profile = dir.resolve("CGATS001Compat-v2-micro.icc");
    try (java.io.InputStream in =
        org.apache.pdfbox.pdmodel.PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc")) {
      java.nio.file.Files.write(profile, in.readAllBytes());
    }
    // ImageMagick writes YCCK (libjpeg's default for CMYK, Adobe transform 2); the JDK's writer
    // plain CMYK with no Adobe marker, stored inverted as Photoshop does
    check(cmykJpeg("plain.jpg"), profile, "untagged YCCK, CGATS TR 001 default", 0.8);
    check(jdkCmykJpeg("jdk.jpg"), profile, "untagged CMYK, CGATS TR 001 default", 0.8);
  }

  /**
   * The ink values recovered from the raw samples of both kinds of file equal ImageMagick's
   * decoding of them (libjpeg's colour conversion and its Adobe inversion).
   */
  @Test
  void inkOfUntaggedFilesIsImageMagicks() throws Exception {
    assumeTrue(ColourPeer.available(), "needs ImageMagick");
    for (Path f : List.of(cmykJpeg("ycck.jpg"), jdkCmykJpeg("cmyk.jpg"))) {
      java.awt.image.Raster ink;
      try (javax.imageio.stream.ImageInputStream in =
          javax.imageio.ImageIO.createImageInputStream(f.toFile())) {
        javax.imageio.ImageReader r = javax.imageio.ImageIO.getImageReaders(in).next();
        r.setInput(in);
        ink = ImageDocument.untaggedInk(r.readRaster(0, null), ImageDocument.adobeTransform(f));
        r.dispose();
      }
      Path raw = dir.resolve(f.getFileName() + ".cmyk");
      ColourPeer.magick(f.toString(), "-depth", "8", raw.toString());
      byte[] want = java.nio.file.Files.readAllBytes(raw);
      assertThat(want).hasSize(4 * ink.getWidth() * ink.getHeight());
      int worst = 0;
      int[] px = new int[4];
      for (int i = 0; i < want.length / 4; i++) {
        ink.getPixel(i % ink.getWidth(), i / ink.getWidth(), px);
        for (int c = 0; c < 4; c++) {
          worst = Math.max(worst, Math.abs(px[c] - (want[4 * i + c] & 0xff)));
        }
      }
      assertThat(worst)
          .as(f.getFileName() + ": ink levels off ImageMagick's")
          .isLessThanOrEqualTo(1);
    }
  }

  /**
   * The patches as a plain CMYK JPEG as Photoshop writes it: the JDK's writer codes the inverted
   * ink without colour transform, and an Adobe APP14 marker with transform 0 (CMYK) is put after
   * SOI (without one, decoders disagree: libjpeg reads CMYK, the JDK's and TwelveMonkeys' readers
   * YCbCr with alpha from the component ids 1-4).
   */
  Path jdkCmykJpeg(String name) throws Exception {
    java.awt.image.WritableRaster r =
        java.awt.image.Raster.createInterleavedRaster(
            java.awt.image.DataBuffer.TYPE_BYTE, SIDE * PATCHES.length, SIDE, 4, null);
    for (int i = 0; i < PATCHES.length; i++) {
      for (int y = 0; y < SIDE; y++) {
        for (int x = 0; x < SIDE; x++) {
          for (int c = 0; c < 4; c++) {
            r.setSample(i * SIDE + x, y, c, 255 - (int) Math.round(PATCHES[i][c] * 2.55));
          }
        }
      }
    }
    javax.imageio.ImageWriter w = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
    javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
    p.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
    p.setCompressionQuality(1f);
    Path f = dir.resolve(name);
    try (javax.imageio.stream.ImageOutputStream o =
        javax.imageio.ImageIO.createImageOutputStream(f.toFile())) {
      w.setOutput(o);
      w.write(null, new javax.imageio.IIOImage(r, null, null), p);
    } finally {
      w.dispose();
    }
    assertThat(ImageDocument.adobeTransform(f)).as("no Adobe marker").isEqualTo(-1);
    byte[] b = java.nio.file.Files.readAllBytes(f);
    // FF EE, length 14, "Adobe", version 100, flags0 0, flags1 0, transform 0
    byte[] app14 = {
      (byte) 0xff, (byte) 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0
    };
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(b, 0, 2);
    out.write(app14);
    out.write(b, 2, b.length - 2);
    java.nio.file.Files.write(f, out.toByteArray());
    assertThat(ImageDocument.adobeTransform(f)).isZero();
    return f;
  }

  void check(Path jpeg, Path profile, String what, double bound) throws Exception {
    int[] px;
    java.awt.color.ICC_Profile own;
    int width;
    try (Document d = Documents.open(jpeg)) {
      PageImage p = d.nextPage();
      own = p.profile();
      width = p.width();
      px = Peer.read(p);
    }
    assertThat(own).as("the page is in the wide RGB space").isSameAs(ImageDocument.WIDE);
    Path adobe = ColourPeer.ICC.resolve("compatibleWithAdobeRGB1998.icc");
    double worst = 0;
    double naiveWorst = 0;
    double clipWorst = 0;
    List<String> s = new ArrayList<>();
    for (int i = 0; i < PATCHES.length; i++) {
      int[] c = PATCHES[i];
      int v = px[(SIDE / 2) * width + i * SIDE + SIDE / 2];
      Lab got = ColourPeer.adobeRgb(v).toLab();
      double[] w =
          ColourPeer.xicclu(profile, "f", c[0] / 100.0, c[1] / 100.0, c[2] / 100.0, c[3] / 100.0);
      Lab exact = new Lab(w[0], w[1], w[2]);
      // what Adobe RGB (1998) can hold of it: xicclu's Lab -> Adobe RGB, each channel clipped to
      // [0, 1] as an 8-bit CMM's output is (SWOP's cyan and yellow lie a little outside it)
      double[] a = ColourPeer.xicclu(adobe, "b", w[0], w[1], w[2]);
      Lab want =
          ColourPeer.adobeRgb(
                  Math.max(0, Math.min(1, a[0])),
                  Math.max(0, Math.min(1, a[1])),
                  Math.max(0, Math.min(1, a[2])))
              .toLab();
      double e = DeltaE.e2000(got, want);
      double clip = DeltaE.e2000(want, exact);
      // the decoder's own rule: R = 255 (1 - C)(1 - K) ... read as sRGB
      int naive = 0;
      for (int k = 0; k < 3; k++) {
        naive = naive << 8 | (int) Math.round(255 * (1 - c[k] / 100.0) * (1 - c[3] / 100.0));
      }
      double en = DeltaE.e2000(Srgb.toXyz(naive).toLab(), exact);
      worst = Math.max(worst, e);
      naiveWorst = Math.max(naiveWorst, en);
      clipWorst = Math.max(clipWorst, clip);
      s.add(
          String.format(
              Locale.ROOT,
              "%d/%d/%d/%d %.2f (Adobe RGB clip %.2f, naive %.1f)",
              c[0],
              c[1],
              c[2],
              c[3],
              e,
              clip,
              en));
    }
    System.out.printf(
        Locale.ROOT,
        "CMYK JPEG %s vs xicclu: worst %.2f ΔE00 (Adobe RGB's clip worst %.2f, naive sRGB worst"
            + " %.1f): %s%n",
        what,
        worst,
        clipWorst,
        naiveWorst,
        s);
    assertThat(worst).as(what).isLessThan(bound);
    assertThat(naiveWorst).as("the naive rule is far off (the test can tell)").isGreaterThan(5);
  }

  /** The patches side by side as an 8-bit CMYK JPEG (Adobe APP14) by ImageMagick. */
  Path cmykJpeg(String name) throws Exception {
    List<String> args = new ArrayList<>();
    args.add("-size");
    args.add(SIDE + "x" + SIDE);
    for (int[] c : PATCHES) {
      args.add(String.format(Locale.ROOT, "xc:cmyk(%d%%,%d%%,%d%%,%d%%)", c[0], c[1], c[2], c[3]));
    }
    args.add("+append");
    args.add("-quality");
    args.add("100");
    Path f = dir.resolve(name);
    args.add(f.toString());
    ColourPeer.magick(args.toArray(String[]::new));
    return f;
  }
}
