package dev.fusejet.raster.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.colour.ColourPeer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF's colour spaces reach the page image: an ICCBased fill is converted by its profile (checked
 * against the profile's published definition), and DeviceCMYK in a document with a CMYK output
 * intent is converted through the output intent's profile (checked against ArgyllCMS's {@code
 * xicclu}, a CMM other than the JDK's), not through PDFBox's built-in CMYK assumption.
 */
class PdfColourTest {

  static final Path ICC = ColourPeer.ICC;

  @TempDir Path dir;

  @Test
  void iccBasedFillIsConvertedByItsProfile() throws Exception {
    Path adobe = ICC.resolve("compatibleWithAdobeRGB1998.icc");
    assumeTrue(Files.isReadable(adobe), "needs icc-profiles-free (installed by .ci/run)");
    float[] v = {90 / 255f, 140 / 255f, 80 / 255f};
    Path pdf = dir.resolve("icc.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(72, 72));
      doc.addPage(page);
      PDStream s;
      try (InputStream in = Files.newInputStream(adobe)) {
        s = new PDStream(doc, in, COSName.FLATE_DECODE);
      }
      s.getCOSObject().setInt(COSName.N, 3);
      COSArray arr = new COSArray();
      arr.add(COSName.ICCBASED);
      arr.add(s);
      PDICCBased space = PDICCBased.create(arr, null);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.setNonStrokingColor(new PDColor(v, space));
        cs.addRect(0, 0, 72, 72);
        cs.fill();
      }
      doc.save(pdf.toFile());
    }
    int px;
    try (Document d = Documents.open(pdf)) {
      // drawn in its own space, the page's source profile (the printer's gamut mapping decides),
      // and, for a pipeline that separates from sRGB only, in sRGB through its profile
      PageImage p = d.nextPage();
      assertThat(p.profile()).as("the page's source profile").isNotNull();
      assertThat(p.profile().getData())
          .isEqualTo(java.awt.color.ICC_Profile.getInstance(Files.readAllBytes(adobe)).getData());
      int[] row = new int[p.width()];
      p.row(p.height() / 2, row);
      for (int c = 0; c < 3; c++) {
        assertThat(Math.abs((row[p.width() / 2] >> (16 - 8 * c) & 0xff) - Math.round(v[c] * 255)))
            .as("own value, channel %d", c)
            .isLessThanOrEqualTo(1);
      }
      PageImage srgb = ProfiledPage.asSrgb(p);
      assertThat(srgb.profile()).isNull();
      srgb.row(srgb.height() / 2, row);
      px = row[srgb.width() / 2];
    }
    // Adobe RGB (1998): γ 563/256 and its D65 primaries; sRGB: IEC 61966-2-1 (both D65)
    double g = 563 / 256.0;
    double r = Math.pow(v[0], g);
    double gr = Math.pow(v[1], g);
    double b = Math.pow(v[2], g);
    double x = 0.57667 * r + 0.18556 * gr + 0.18823 * b;
    double y = 0.29734 * r + 0.62736 * gr + 0.07529 * b;
    double z = 0.02703 * r + 0.07069 * gr + 0.99134 * b;
    double[] lin = {
      3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
      -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
      0.0556434 * x - 0.2040259 * y + 1.0572252 * z
    };
    for (int c = 0; c < 3; c++) {
      double e = lin[c] <= 0.0031308 ? 12.92 * lin[c] : 1.055 * Math.pow(lin[c], 1 / 2.4) - 0.055;
      int want = (int) Math.round(255 * e);
      int got = (px >> (16 - 8 * c)) & 0xff;
      System.out.printf(
          Locale.ROOT, "ICCBased Adobe RGB channel %d: %d, definition %d%n", c, got, want);
      assertThat(Math.abs(got - want)).as("channel %d", c).isLessThanOrEqualTo(2);
    }
    assertThat(Math.abs(((px >> 16) & 0xff) - Math.round(v[0] * 255)))
        .as("not the same numbers taken as sRGB")
        .isGreaterThan(20);
  }

  @Test
  void deviceCmykGoesThroughTheOutputIntent() throws Exception {
    Path cmyk = ICC.resolve("ghostscript/default_cmyk.icc");
    Path srgb = ICC.resolve("sRGB.icc");
    assumeTrue(
        Files.isReadable(cmyk) && Files.isReadable(srgb) && Files.isExecutable(XICCLU),
        "needs ghostscript's profiles, icc-profiles-free and ArgyllCMS (.ci/run installs them)");
    float[] v = {
      0.4f, 0.3f, 0.3f, 0.6f
    }; // a dark neutral: the two profiles differ most in the shadows
    Path with = cmykPage(dir.resolve("intent.pdf"), v, cmyk);
    Path without = cmykPage(dir.resolve("plain.pdf"), v, null);
    double[] want = ColourPeer.xicclu(cmyk, "f", v[0], v[1], v[2], v[3]);
    double[] got = ColourPeer.xicclu(srgb, "f", rgb(centre(with)));
    double[] plain = ColourPeer.xicclu(srgb, "f", rgb(centre(without)));
    double e = distance(got, want);
    double apart = distance(got, plain);
    System.out.printf(
        Locale.ROOT,
        "DeviceCMYK %s with output intent: Lab %.2f %.2f %.2f, xicclu says %.2f %.2f %.2f (ΔE76"
            + " %.2f); without: %.2f %.2f %.2f (%.2f apart)%n",
        java.util.Arrays.toString(v),
        got[0],
        got[1],
        got[2],
        want[0],
        want[1],
        want[2],
        e,
        plain[0],
        plain[1],
        plain[2],
        apart);
    assertThat(e).isLessThan(1.5);
    assertThat(apart).as("the output intent changes the colour").isGreaterThan(2);
  }

  /**
   * A DeviceCMYK fill inside a form XObject with resources of its own (where PDFBox looks for the
   * Default colour space, not in the page's) prints as the same fill on the page does: both through
   * the output intent.
   */
  @Test
  void deviceCmykInAFormWithItsOwnResourcesGoesThroughTheOutputIntent() throws Exception {
    Path cmyk = ICC.resolve("ghostscript/default_cmyk.icc");
    assumeTrue(Files.isReadable(cmyk), "needs ghostscript's profiles");
    float[] v = {0.4f, 0.3f, 0.3f, 0.6f};
    int onPage = centre(cmykPage(dir.resolve("page.pdf"), v, cmyk));
    int inForm = centre(cmykPage(dir.resolve("form.pdf"), v, cmyk, true));
    int plain = centre(cmykPage(dir.resolve("plain.pdf"), v, null, true));
    double apart = 255 * distance(rgb(inForm), rgb(onPage));
    System.out.printf(
        Locale.ROOT,
        "DeviceCMYK in a form XObject with its own resources: sRGB %06x, on the page %06x (%.1f"
            + " levels apart), without the intent %06x%n",
        inForm,
        onPage,
        apart,
        plain);
    assertThat(apart).as("the form's fill and the page's, in 8-bit levels").isLessThan(1.5);
    assertThat(255 * distance(rgb(plain), rgb(onPage)))
        .as("without the intent the form's fill differs (the test can tell)")
        .isGreaterThan(5);
  }

  static final Path XICCLU = ColourPeer.XICCLU;

  Path cmykPage(Path pdf, float[] v, Path intent) throws Exception {
    return cmykPage(pdf, v, intent, false);
  }

  /**
   * A 1 x 1 in page filled with DeviceCMYK {@code v}, drawn by the page's content or by a form
   * XObject with resources of its own ({@code inForm}), with {@code intent} as output intent.
   */
  Path cmykPage(Path pdf, float[] v, Path intent, boolean inForm) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(72, 72));
      doc.addPage(page);
      if (intent != null) {
        PDOutputIntent oi =
            new PDOutputIntent(doc, new java.io.ByteArrayInputStream(Files.readAllBytes(intent)));
        oi.setOutputConditionIdentifier("Custom");
        oi.setInfo("ghostscript default_cmyk");
        doc.getDocumentCatalog().addOutputIntent(oi);
      }
      if (inForm) {
        org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form =
            new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
        form.setBBox(new PDRectangle(72, 72));
        form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
        try (org.apache.pdfbox.pdmodel.PDFormContentStream cs =
            new org.apache.pdfbox.pdmodel.PDFormContentStream(form)) {
          cs.setNonStrokingColor(v[0], v[1], v[2], v[3]);
          cs.addRect(0, 0, 72, 72);
          cs.fill();
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawForm(form);
        }
      } else {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.setNonStrokingColor(v[0], v[1], v[2], v[3]);
          cs.addRect(0, 0, 72, 72);
          cs.fill();
        }
      }
      doc.save(pdf.toFile());
    }
    return pdf;
  }

  static int centre(Path pdf) {
    try (Document d = Documents.open(pdf)) {
      PageImage p = d.nextPage();
      int[] row = new int[p.width()];
      p.row(p.height() / 2, row);
      return row[p.width() / 2];
    }
  }

  static double[] rgb(int px) {
    return new double[] {
      ((px >> 16) & 0xff) / 255.0, ((px >> 8) & 0xff) / 255.0, (px & 0xff) / 255.0
    };
  }

  static double distance(double[] a, double[] b) {
    return Math.sqrt(
        (a[0] - b[0]) * (a[0] - b[0])
            + (a[1] - b[1]) * (a[1] - b[1])
            + (a[2] - b[2]) * (a[2] - b[2]));
  }
}
