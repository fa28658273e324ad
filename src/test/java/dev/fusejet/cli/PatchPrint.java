package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.colour.Lab;
import dev.fusejet.colour.SheetModel;
import dev.fusejet.colour.Xyz;
import dev.fusejet.config.Catalog;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.PageLayout;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.colour.PrinterProfiles;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Colour patches printed by {@code fusejet rip} and measured with the printed-sheet model: the
 * steps the source-profile tests ({@code SourceProfileTest}, {@code EmbeddedProfileTest}) and the
 * acceptance test share. The patches are stacked squares of {@value #PATCH} px in one column,
 * ripped on a {@value #SIZE} sheet of {@value #MEDIUM}, {@value #QUALITY} quality, relative
 * colorimetric; each is read over its central half.
 */
final class PatchPrint {
  private PatchPrint() {}

  /** Patch side in the image (px). */
  static final int PATCH = 60;

  static final String SIZE = "2x3in";
  static final String MEDIUM = "glossy-ldpe-70";
  static final String INKS = "pigment-cmyk";
  static final String QUALITY = "normal";

  /** A PNG in {@code dir} of {@code colours} (0xRRGGBB, untagged) stacked top to bottom. */
  static Path png(Path dir, String name, int... colours) throws IOException {
    BufferedImage img =
        new BufferedImage(PATCH, colours.length * PATCH, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < PATCH; x++) {
        img.setRGB(x, y, colours[y / PATCH]);
      }
    }
    Path f = dir.resolve(name);
    ImageIO.write(img, "png", f.toFile());
    return f;
  }

  /** Rips {@code image} into {@code IMAGE.rip} beside it; that directory (sheet-0001.fjhd). */
  static Path rip(Path image) {
    return rip(image, "relative");
  }

  /**
   * {@link #rip} under another rendering intent (a {@code --intent} keyword), into
   * IMAGE.INTENT.rip.
   */
  static Path rip(Path image, String intent) {
    Path out =
        image.resolveSibling(
            image.getFileName() + (intent.equals("relative") ? "" : "." + intent) + ".rip");
    CliRun r =
        CliRun.of(
            "rip",
            image.toString(),
            "--size",
            SIZE,
            "--media",
            MEDIUM,
            "--quality",
            QUALITY,
            "--intent",
            intent,
            "--no-progress",
            "-o",
            out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    return out;
  }

  /**
   * Each of the {@code patches} stacked patches of a {@link #rip} measured over its central half:
   * media-relative to the sheet's bare paper (the margin) or, not {@code paperRelative}, absolute.
   */
  static Lab[] measure(Path ripDir, int patches, boolean paperRelative) throws IOException {
    SoftProof.Sheet sheet = SoftProof.Sheet.read(ripDir.resolve("sheet-0001.fjhd"));
    PageLayout l =
        PageLayout.of(
            PATCH, patches * PATCH, 0, 0, RasterOptions.defaults().withSize(MediaSize.of(SIZE)));
    SheetModel model = model();
    Xyz paper = model.measure(sheet, 2, 2, 40, 40);
    int side = l.imageHeight() / patches;
    Lab[] lab = new Lab[patches];
    for (int i = 0; i < patches; i++) {
      Xyz c =
          model.measure(
              sheet,
              l.imageX() + l.imageWidth() / 4,
              l.imageY() + i * side + side / 4,
              l.imageWidth() / 2,
              side / 2);
      lab[i] = paperRelative ? relative(c, paper) : c.toLab();
    }
    return lab;
  }

  /** {@link #rip} then {@link #measure}, paper-relative. */
  static Lab[] ripAndMeasure(Path image, int patches) throws IOException {
    return measure(rip(image), patches, true);
  }

  /** The sheet model of the medium and ink set at 720 dpi. */
  static SheetModel model() {
    return new SheetModel(
        Catalog.builtIn().inkSet(INKS), Catalog.builtIn().medium(MEDIUM), 720, 720);
  }

  /** Media-relative CIELAB (ICC v2): each of X, Y, Z scaled by D50 over the paper's. */
  static Lab relative(Xyz abs, Xyz paper) {
    return new Xyz(
            abs.x() * Xyz.D50.x() / paper.x(),
            abs.y() * Xyz.D50.y() / paper.y(),
            abs.z() * Xyz.D50.z() / paper.z())
        .toLab();
  }

  /** The built-in profile of the medium, ink set and quality. */
  static ICC_Profile printerProfile() {
    return ICC_Profile.getInstance(
        PrinterProfiles.builtIn().iccBytes(MEDIUM, INKS, QUALITY).orElseThrow());
  }

  /**
   * The printer profile's own relative colorimetric round trip of a colour through the JDK CMM
   * (B2A1 then A2B1): the colour itself when it is in gamut, else the printable colour it is
   * clipped to.
   */
  static Lab clipped(Lab src) {
    ICC_Profile p = printerProfile();
    p.setData(ICC_Profile.icSigBToA0Tag, p.getData(ICC_Profile.icSigBToA1Tag));
    p.setData(ICC_Profile.icSigAToB0Tag, p.getData(ICC_Profile.icSigAToB1Tag));
    ICC_ColorSpace cs = new ICC_ColorSpace(p);
    Xyz x = src.toXyz();
    float[] cmyk = cs.fromCIEXYZ(new float[] {(float) x.x(), (float) x.y(), (float) x.z()});
    float[] back = cs.toCIEXYZ(cmyk);
    return new Xyz(back[0], back[1], back[2]).toLab();
  }
}
