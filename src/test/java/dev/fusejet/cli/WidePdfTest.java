package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.colour.ColourPeer;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Lab;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF's colour in a wide ICC-based RGB space reaches the print unclipped: a page made here with
 * PDFBox holding an ICCBased Adobe RGB (1998) fill of (0, 255, 0), an 8-bit image patch of the same
 * colour in that space, and a DeviceRGB (sRGB) fill of (0, 255, 0), ripped by {@code fusejet rip}
 * (relative colorimetric), fired by the simulated head and measured by the sheet model, against
 * ArgyllCMS {@code xicclu} (compatibleWithAdobeRGB1998.icc → the printer's B2A1 → its A2B1), as the
 * PNG/JPEG test ({@code SourceProfileTest}) does; and far from the print of the same green clipped
 * to sRGB as PDFBox converts it ({@code PDICCBased.toRGB}), which is what the page printed before.
 */
class WidePdfTest {

  @TempDir Path dir;

  @Test
  void iccBasedAdobeRgbFillAndImageAreNotClippedToSrgb() throws Exception {
    Path adobe = ColourPeer.ICC.resolve("compatibleWithAdobeRGB1998.icc");
    assumeTrue(
        Files.isReadable(adobe) && Files.isExecutable(ColourPeer.XICCLU),
        "needs xicclu and icc-profiles-free (installed by .ci/run)");
    byte[] icc = Files.readAllBytes(adobe);
    float[] clipped;
    float[] clippedMid;
    Path wide = dir.resolve("wide.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDICCBased space = iccBased(pdf, icc);
      clipped = space.toRGB(new float[] {0, 1, 0});
      clippedMid = space.toRGB(new float[] {MID[0] / 255f, MID[1] / 255f, MID[2] / 255f});
      PDPage page = new PDPage(new PDRectangle(PatchPrint.PATCH, PATCHES * PatchPrint.PATCH));
      pdf.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
        patch(c, 0, new PDColor(new float[] {0, 1, 0}, space));
        c.drawImage(image(pdf, space, 0, 255, 0), 0, y(1), PatchPrint.PATCH, PatchPrint.PATCH);
        patch(c, 2, new PDColor(new float[] {0, 1, 0}, PDDeviceRGB.INSTANCE));
        c.drawImage(image(pdf, space, MID), 0, y(3), PatchPrint.PATCH, PatchPrint.PATCH);
      }
      pdf.save(wide.toFile());
    }
    // the same greens as PDFBox's sRGB rendering has them, and sRGB (0, 255, 0), on an sRGB page
    Path srgb = dir.resolve("srgb.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(PatchPrint.PATCH, PATCHES * PatchPrint.PATCH));
      pdf.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
        patch(c, 0, new PDColor(clipped, PDDeviceRGB.INSTANCE));
        patch(c, 1, new PDColor(clipped, PDDeviceRGB.INSTANCE));
        patch(c, 2, new PDColor(new float[] {0, 1, 0}, PDDeviceRGB.INSTANCE));
        patch(c, 3, new PDColor(clippedMid, PDDeviceRGB.INSTANCE));
      }
      pdf.save(srgb.toFile());
    }
    Lab[] got = PatchPrint.ripAndMeasure(wide, PATCHES);
    Lab[] before = PatchPrint.ripAndMeasure(srgb, PATCHES);
    Path printer = dir.resolve("printer.icc");
    Files.write(printer, PatchPrint.printerProfile().getData());
    Lab green = argyllPrint(adobe, printer, 0, 255, 0);
    Lab[] wants = {green, green, null, argyllPrint(adobe, printer, MID)};
    String[] what = {
      "(0, 255, 0) ICCBased fill", "(0, 255, 0) ICCBased image", "", "(90, 140, 80) ICCBased image"
    };
    for (int i : new int[] {0, 1, 3}) {
      Lab want = wants[i];
      double e = DeltaE.e2000(got[i], want);
      double apart = DeltaE.e2000(got[i], before[i]);
      System.out.printf(
          Locale.ROOT,
          "PDF Adobe RGB %s: printed %s, xicclu %s, ΔE00 %.2f; clipped to sRGB it"
              + " prints %s, %.2f apart%n",
          what[i],
          got[i],
          want,
          e,
          before[i],
          apart);
      assertThat(e).as(what[i] + " against xicclu").isLessThan(i == 3 ? 1.0 : 2.0);
      if (i < 2) {
        assertThat(apart).as(what[i] + " against its sRGB-clipped print").isGreaterThan(2.0);
      }
    }
    // DeviceRGB on the wide page: sRGB converted into the page's encoding, so as on an sRGB page
    double e = DeltaE.e2000(got[2], before[2]);
    System.out.printf(
        Locale.ROOT,
        "DeviceRGB (0, 255, 0) on the wide page %s, on an sRGB page %s: %.2f apart%n",
        got[2],
        before[2],
        e);
    assertThat(e).as("DeviceRGB green on the wide page").isLessThan(1.0);
  }

  /** Patches on the page: fill, image, DeviceRGB fill, image of {@link #MID}. */
  static final int PATCHES = 4;

  /**
   * Adobe RGB (90, 140, 80), inside sRGB: its sRGB values are tens of levels from its Adobe RGB
   * ones, so an image left in PDFBox's sRGB on a page drawn in Adobe RGB prints another colour (the
   * saturated green cannot show that: its sRGB clip read as Adobe RGB is nearly itself).
   */
  static final int[] MID = {90, 140, 80};

  /** The bottom edge (pt) of patch {@code i} (0 at the top). */
  static float y(int i) {
    return (PATCHES - 1 - i) * PatchPrint.PATCH;
  }

  /** xicclu: Adobe RGB (8-bit values) → Lab → the printer's B2A1 → its A2B1. */
  static Lab argyllPrint(Path adobe, Path printer, int... rgb) throws Exception {
    double[] lab = ColourPeer.xicclu(adobe, "f", rgb[0] / 255.0, rgb[1] / 255.0, rgb[2] / 255.0);
    double[] back = ColourPeer.xicclu(printer, "f", ColourPeer.xicclu(printer, "b", lab));
    return new Lab(back[0], back[1], back[2]);
  }

  /** An ICCBased space of the profile's bytes (N 3). */
  static PDICCBased iccBased(PDDocument pdf, byte[] icc) throws Exception {
    COSStream s = pdf.getDocument().createCOSStream();
    try (OutputStream o = s.createOutputStream()) {
      o.write(icc);
    }
    s.setInt(COSName.N, 3);
    COSArray a = new COSArray();
    a.add(COSName.ICCBASED);
    a.add(s);
    return PDICCBased.create(a, null);
  }

  /** An 8 x 8 px 8-bit image of one colour in {@code space}, unfiltered. */
  static PDImageXObject image(PDDocument pdf, PDICCBased space, int... rgb) throws Exception {
    byte[] px = new byte[8 * 8 * 3];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) rgb[i % 3];
    }
    PDImageXObject img = new PDImageXObject(new PDStream(pdf, new ByteArrayInputStream(px)), null);
    img.setWidth(8);
    img.setHeight(8);
    img.setBitsPerComponent(8);
    img.setColorSpace(space);
    return img;
  }

  /** Fills patch {@code i} (0 at the top) with {@code colour}. */
  static void patch(PDPageContentStream c, int i, PDColor colour) throws Exception {
    c.setNonStrokingColor(colour);
    c.addRect(0, y(i), PatchPrint.PATCH, PatchPrint.PATCH);
    c.fill();
  }
}
