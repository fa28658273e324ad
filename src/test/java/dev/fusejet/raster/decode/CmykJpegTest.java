package dev.fusejet.raster.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.colour.ColourPeer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CMYK JPEGs (Adobe APP14, written by ImageMagick or the JDK) are read as their ink values, not
 * converted by the decoder's naive 1 - (c + k) rule into sRGB, and carry their CMYK profile, the
 * embedded one or else PDFBox's CGATS TR 001 (SWOP) profile, for the pipeline to take them to the
 * printer's ink through the CMM.
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
        ColourPeer.available("ghostscript/default_cmyk.icc"),
        "needs ImageMagick, ghostscript's profiles");
    Path profile = ColourPeer.ICC.resolve("ghostscript/default_cmyk.icc");
    Path plain = cmykJpeg("plain.jpg");
    Path tagged = dir.resolve("tagged.jpg");
    ColourPeer.magick(
        plain.toString(), "-profile", profile.toString(), "-quality", "100", tagged.toString());
    check(tagged, profile, "embedded Artifex SWOP");
  }

  /**
   * Without an embedded profile the ink values are read through the default printing condition,
   * CGATS TR 001 (PDFBox's CGATS001Compat-v2-micro.icc, written out of PDFBox's jar for xicclu).
   */
  @Test
  void untaggedIsReadThroughTheDefaultPrintingCondition() throws Exception {
    assumeTrue(ColourPeer.available(), "needs ImageMagick");
    Path profile = dir.resolve("CGATS001Compat-v2-micro.icc");
    try (java.io.InputStream in =
        org.apache.pdfbox.pdmodel.PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc")) {
      java.nio.file.Files.write(profile, in.readAllBytes());
    }
    // ImageMagick writes YCCK (libjpeg's default for CMYK, Adobe transform 2); the JDK's writer
    // plain CMYK with no Adobe marker, stored inverted as Photoshop does
    check(cmykJpeg("plain.jpg"), profile, "untagged YCCK, CGATS TR 001 default");
    check(jdkCmykJpeg("jdk.jpg"), profile, "untagged CMYK, CGATS TR 001 default");
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

  /**
   * The page of {@code jpeg} is its ink values (within a level of the patches: JPEG at quality 100
   * on flat patches) as a CMYK page with its printing condition's profile: the embedded one ({@code
   * profile}'s bytes) or the default. The colour itself is checked through the print, against
   * xicclu, by {@code cli.CmykSourceTest}.
   */
  void check(Path jpeg, Path profile, String what) throws Exception {
    int[] px;
    java.awt.color.ICC_Profile own;
    int width;
    boolean cmyk;
    try (Document d = Documents.open(jpeg)) {
      PageImage p = d.nextPage();
      own = p.profile();
      cmyk = p.cmyk();
      width = p.width();
      px = Peer.read(p);
    }
    assertThat(cmyk).as(what + ": a CMYK page").isTrue();
    assertThat(own).as(what + ": its CMYK profile").isNotNull();
    assertThat(own.getData())
        .as(what + ": the printing condition's profile")
        .isEqualTo(
            java.awt.color.ICC_Profile.getInstance(java.nio.file.Files.readAllBytes(profile))
                .getData());
    int worst = 0;
    List<String> s = new ArrayList<>();
    for (int i = 0; i < PATCHES.length; i++) {
      int[] c = PATCHES[i];
      int v = px[(SIDE / 2) * width + i * SIDE + SIDE / 2];
      StringBuilder got = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        int level = (v >>> (24 - 8 * k)) & 0xff;
        worst = Math.max(worst, Math.abs(level - (int) Math.round(c[k] * 2.55)));
        got.append(k == 0 ? "" : "/").append(level);
      }
      s.add(got.toString());
    }
    System.out.printf(Locale.ROOT, "CMYK JPEG %s: ink %s, worst %d levels off%n", what, s, worst);
    assertThat(worst).as(what + ": ink levels off the patches'").isLessThanOrEqualTo(1);
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
