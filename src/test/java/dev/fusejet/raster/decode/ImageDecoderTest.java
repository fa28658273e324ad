package dev.fusejet.raster.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JPEG and PNG files written by ImageMagick, decoded and compared with ImageMagick's own decoding
 * of the same files (to PPM, with transparency flattened over white and EXIF orientation applied).
 */
class ImageDecoderTest {

  @TempDir static Path dir;

  static final int W = 96;
  static final int H = 64;

  static String convert() {
    String c = Files.isExecutable(Path.of("/usr/bin/convert")) ? "/usr/bin/convert" : "convert";
    assumeTrue(
        c.startsWith("/") || Peer.available("convert"),
        "ImageMagick is not installed (.ci/run installs it)");
    return c;
  }

  /** A test picture: colour gradients with a few flat patches, as binary PPM. */
  @BeforeAll
  static void writeSource() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(("P6\n" + W + " " + H + "\n255\n").getBytes(StandardCharsets.US_ASCII));
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        int r = 255 * x / (W - 1);
        int g = 255 * y / (H - 1);
        int bl = (x / 16 + y / 16) % 2 == 0 ? 40 : 200;
        if (x < 16 && y < 16) {
          r = 0;
          g = 160;
          bl = 220; // a cyan-ish patch, top left
        }
        b.write(r);
        b.write(g);
        b.write(bl);
      }
    }
    Files.write(dir.resolve("src.ppm"), b.toByteArray());
  }

  static int[] decode(Path file) {
    try (Document d = Documents.open(file)) {
      PageImage p = d.nextPage();
      int[] px = Peer.read(p);
      assertThat(d.nextPage()).isNull();
      SIZE[0] = p.width();
      SIZE[1] = p.height();
      return px;
    }
  }

  static final int[] SIZE = new int[2];

  @ParameterizedTest(name = "PNG {0}")
  @CsvSource({
    "rgb8, -depth 8",
    "rgb16, -depth 16",
    "grey1, -colorspace Gray -depth 1",
    "grey2, -colorspace Gray -depth 2",
    "grey4, -colorspace Gray -depth 4",
    "grey8, -colorspace Gray -depth 8",
    "grey16, -colorspace Gray -depth 16",
    "palette, -colors 16 -type Palette",
    "alpha8, -alpha set -channel A -fx (i/w) +channel",
    "alpha16, -depth 16 -alpha set -channel A -fx (j/h) +channel",
  })
  void pngMatchesImageMagick(String name, String options) throws Exception {
    String c = convert();
    String png = name + ".png";
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(c, "src.ppm"));
    cmd.addAll(java.util.List.of(options.split(" ", -1)));
    cmd.add(png);
    Peer.run(dir, cmd.toArray(new String[0]));
    Peer.run(
        dir, c, png, "-background", "white", "-alpha", "remove", "-depth", "8", name + "-ref.ppm");
    int[] size = new int[2];
    int[] ref = Peer.pnm(dir.resolve(name + "-ref.ppm"), size);
    int[] got = decode(dir.resolve(png));
    assertThat(SIZE).containsExactly(size[0], size[1]);
    // alpha compositing rounds differently (IM in 16 bit); otherwise samples are exact
    int tolerance = name.startsWith("alpha") ? 1 : name.endsWith("16") ? 1 : 0;
    assertThat(RasterDecoderTest.maxDifference(got, ref, false)).isLessThanOrEqualTo(tolerance);
  }

  @ParameterizedTest(name = "JPEG {0}")
  @CsvSource({
    "baseline, -quality 92",
    "progressive, -quality 92 -interlace Plane",
    "grey, -colorspace Gray -quality 92",
    "grey-progressive, -colorspace Gray -interlace Plane -quality 92",
  })
  void jpegMatchesImageMagick(String name, String options) throws Exception {
    String c = convert();
    String jpg = name + ".jpg";
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(c, "src.ppm"));
    cmd.addAll(java.util.List.of(options.split(" ", -1)));
    cmd.add(jpg);
    Peer.run(dir, cmd.toArray(new String[0]));
    Peer.run(dir, c, jpg, "-colorspace", "sRGB", "-type", "TrueColor", name + "-ref.ppm");
    int[] size = new int[2];
    int[] ref = Peer.pnm(dir.resolve(name + "-ref.ppm"), size);
    int[] got = decode(dir.resolve(jpg));
    assertThat(SIZE).containsExactly(size[0], size[1]);
    // two IDCT implementations: a few levels apart at most, and less than one on average
    assertThat(RasterDecoderTest.maxDifference(got, ref, false)).isLessThanOrEqualTo(6);
    assertThat(meanDifference(got, ref)).isLessThan(1.0);
  }

  @ParameterizedTest(name = "EXIF orientation {0}")
  @CsvSource({"1", "2", "3", "4", "5", "6", "7", "8"})
  void exifOrientationIsApplied(int orientation) throws Exception {
    String c = convert();
    Peer.run(dir, c, "src.ppm", "-quality", "95", "plain.jpg");
    byte[] jpeg = Files.readAllBytes(dir.resolve("plain.jpg"));
    Path oriented = dir.resolve("o" + orientation + ".jpg");
    Files.write(oriented, withExifOrientation(jpeg, orientation));
    Peer.run(
        dir, c, oriented.getFileName().toString(), "-auto-orient", "o" + orientation + "-ref.ppm");
    int[] size = new int[2];
    int[] ref = Peer.pnm(dir.resolve("o" + orientation + "-ref.ppm"), size);
    int[] got = decode(oriented);
    assertThat(SIZE).containsExactly(size[0], size[1]);
    assertThat(orientation >= 5 ? size[0] : size[1]).isEqualTo(H);
    assertThat(meanDifference(got, ref)).isLessThan(1.0);
  }

  @Test
  void embeddedIccProfileIsHonoured() throws Exception {
    String c = convert();
    Files.write(
        dir.resolve("linear.icc"), ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData());
    Files.write(dir.resolve("srgb.icc"), ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    // the same numbers, now tagged as linear RGB: they mean much lighter colours in sRGB
    Peer.run(dir, c, "src.ppm", "-profile", "linear.icc", "-quality", "95", "linear.jpg");
    Peer.run(dir, c, "linear.jpg", "-profile", "srgb.icc", "linear-ref.ppm");
    int[] size = new int[2];
    int[] ref = Peer.pnm(dir.resolve("linear-ref.ppm"), size);
    int[] plain = Peer.pnm(dir.resolve("src.ppm"), new int[2]);
    int[] raw;
    int[] got;
    try (Document d = Documents.open(dir.resolve("linear.jpg"))) {
      PageImage p = d.nextPage();
      // the page carries its profile and the samples as they are; the separation starts there
      assertThat(p.profile()).isNotNull();
      raw = Peer.read(p);
      got = Peer.read(ProfiledPage.asSrgb(p));
    }
    assertThat(meanDifference(raw, plain)).as("samples kept, not converted").isLessThan(3.0);
    assertThat(meanDifference(ref, plain)).as("the profile changes the colours").isGreaterThan(20);
    assertThat(meanDifference(got, ref)).isLessThan(3.0);
  }

  @Test
  void cmykJpegIsDecodedToPlausibleColours() throws Exception {
    String c = convert();
    Peer.run(dir, c, "src.ppm", "-colorspace", "CMYK", "-quality", "95", "cmyk.jpg");
    int[] got;
    try (Document d = Documents.open(dir.resolve("cmyk.jpg"))) {
      // a CMYK page of ink values with its printing condition, seen in sRGB as a pipeline without
      // a printer profile sees it
      PageImage p = d.nextPage();
      assertThat(p.cmyk()).isTrue();
      assertThat(p.profile()).isNotNull();
      got = Peer.read(ProfiledPage.asSrgb(p));
      SIZE[0] = p.width();
      SIZE[1] = p.height();
    }
    assertThat(SIZE).containsExactly(W, H);
    int patch = got[8 * W + 8]; // the cyan-ish patch: little red, more green, most blue
    int r = (patch >> 16) & 0xff;
    int g = (patch >> 8) & 0xff;
    int b = patch & 0xff;
    assertThat(r).isLessThan(g);
    assertThat(g).isLessThan(b);
    int right = got[40 * W + W - 1]; // full red, 60 % green at the right edge
    assertThat((right >> 16) & 0xff).isGreaterThan(200);
  }

  @Test
  void brokenJpegNamesTheDocument() throws Exception {
    String c = convert();
    Peer.run(dir, c, "src.ppm", "whole.jpg");
    byte[] b = Files.readAllBytes(dir.resolve("whole.jpg"));
    Path cut = dir.resolve("cut.jpg");
    Files.write(cut, java.util.Arrays.copyOf(b, 200));
    assertThatThrownBy(() -> decode(cut))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("cut.jpg");
  }

  /**
   * A document that ends early is refused, naming it and the truncation, instead of printing its
   * missing part as flat grey (JPEG), or without its image (PDF: PDFBox rebuilds the file and skips
   * what is missing).
   */
  @ParameterizedTest(name = "truncated {0}")
  @CsvSource({"jpg, JPEG ends before its last row", "png, IEND", "pdf, %%EOF"})
  void truncatedDocumentIsRefused(String ext, String problem) throws Exception {
    Path whole = dir.resolve("whole-t." + ext);
    if (ext.equals("pdf")) {
      Peer.run(dir, convert(), "src.ppm", "-quality", "92", "whole-t.jpg");
      try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
        org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
        pdf.addPage(page);
        var image =
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromFile(
                dir.resolve("whole-t.jpg").toString(), pdf);
        try (var c = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
          c.drawImage(image, 0, 0, 600, 400);
        }
        pdf.save(whole.toFile());
      }
    } else {
      Peer.run(dir, convert(), "src.ppm", "-quality", "92", whole.getFileName().toString());
    }
    assertThat(decode(whole)).hasSize(ext.equals("pdf") ? 612 * 792 : W * H);
    byte[] b = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut-t." + ext);
    Files.write(cut, java.util.Arrays.copyOf(b, b.length * 7 / 10));
    assertThatThrownBy(() -> decode(cut))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("cut-t." + ext)
        .hasMessageContaining(problem)
        .hasMessageContaining("truncated");
  }

  /**
   * PDFBox logs through commons-logging into SLF4J, whose one provider (Jetty's, configured by
   * jetty-logging.properties) keeps PDFBox and FontBox quiet: nothing of theirs reaches stderr.
   */
  @Test
  void pdfBoxLogsNothingThroughTheOneSlf4jProvider() {
    java.util.List<String> providers = new java.util.ArrayList<>();
    java.util.ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class)
        .forEach(p -> providers.add(p.getClass().getName()));
    assertThat(providers).containsExactly("org.eclipse.jetty.logging.JettyLoggingServiceProvider");
    for (Class<?> c :
        new Class<?>[] {
          org.apache.pdfbox.contentstream.PDFStreamEngine.class,
          org.apache.fontbox.ttf.TTFParser.class
        }) {
      assertThat(org.apache.commons.logging.LogFactory.getLog(c).isErrorEnabled())
          .as(c.getName())
          .isFalse();
    }
  }

  @Test
  void pdfPageUsingAnImageTheFileLacksIsRefused() throws Exception {
    Path pdf = dir.resolve("hole.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (var c = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        c.addRect(10, 10, 50, 50);
        c.fill();
      }
      // the page now draws an image XObject its resources do not hold
      page.setContents(
          new org.apache.pdfbox.pdmodel.common.PDStream(
              doc,
              new java.io.ByteArrayInputStream(
                  "q 100 0 0 100 0 0 cm /Im9 Do Q".getBytes(StandardCharsets.US_ASCII))));
      doc.save(pdf.toFile());
    }
    assertThatThrownBy(() -> decode(pdf))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("hole.pdf")
        .hasMessageContaining("Im9");
  }

  @Test
  void oversizedImagesAndBrokenPdfAreRefusedByName() throws Exception {
    String c = convert();
    Peer.run(dir, c, "src.ppm", "big.png");
    assertThatThrownBy(
            () -> {
              try (Document d = Documents.open(dir.resolve("big.png"), 1000)) {
                d.nextPage();
              }
            })
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("big.png")
        .hasMessageContaining("96 x 64 px exceeds the limit of 1000 px");
    Path pdf = dir.resolve("broken.pdf");
    Files.writeString(pdf, "%PDF-1.7\nthis is not a PDF body\n");
    assertThatThrownBy(() -> Documents.open(pdf).nextPage())
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("broken.pdf");
  }

  static double meanDifference(int[] a, int[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      for (int sh = 0; sh < 24; sh += 8) {
        s += Math.abs(((a[i] >> sh) & 0xff) - ((b[i] >> sh) & 0xff));
      }
    }
    return s / (3.0 * a.length);
  }

  /** The JPEG with an APP1 Exif segment (big-endian TIFF, one IFD entry 0x0112) after SOI. */
  static byte[] withExifOrientation(byte[] jpeg, int orientation) {
    byte[] tiff = {
      'M',
      'M',
      0,
      42,
      0,
      0,
      0,
      8, // header, IFD at 8
      0,
      1, // one entry
      0x01,
      0x12,
      0,
      3,
      0,
      0,
      0,
      1,
      0,
      (byte) orientation,
      0,
      0, // orientation, SHORT, 1 value
      0,
      0,
      0,
      0 // no next IFD
    };
    int len = 2 + 6 + tiff.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xff);
    out.write(0xe1);
    out.write(len >> 8);
    out.write(len & 0xff);
    out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(tiff);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }
}
