package dev.fusejet.raster.colour;

import dev.fusejet.colour.OutputProfile.Intent;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Objects;

/**
 * Colour management of a separation: the document's source profile (sRGB unless the document embeds
 * one), the printer's output profile (per medium, ink set and quality) and the rendering intent
 * from the job. Colours go source → PCS → device CMYK through the JDK's colour management module
 * ({@code java.awt.color}, LittleCMS 2 inside OpenJDK), once per node of the separation's table;
 * pixels are then interpolated in the table as before.
 *
 * <p>A CMYK source (a CMYK JPEG's printing condition) has no table of its own: its pixels go
 * through the CMM once per page, document CMYK → PCS → the printer's device CMYK ({@link
 * CmykLink}), and are then separated as device CMYK.
 *
 * @param source the document's RGB, grey or CMYK profile (grey: the table's nodes are read as grey
 *     (r + g + b) / 3; a grey page's pixels lie on the table's diagonal, where that is exact)
 * @param output the printer's CMYK output profile
 * @param intent perceptual, relative colorimetric, or relative colorimetric with black-point
 *     compensation
 */
public record Rendering(ICC_Profile source, ICC_Profile output, Intent intent) {

  /** One in the 16-bit encoding of PCS XYZ that LittleCMS uses for 16-bit XYZ (1 = 32768). */
  private static final double XYZ_ONE = 32768.0;

  /** Checks the profiles' colour spaces. */
  public Rendering {
    Objects.requireNonNull(source, "source profile");
    Objects.requireNonNull(output, "output profile");
    Objects.requireNonNull(intent, "rendering intent");
    if (source.getColorSpaceType() != ColorSpace.TYPE_RGB
        && source.getColorSpaceType() != ColorSpace.TYPE_GRAY
        && source.getColorSpaceType() != ColorSpace.TYPE_CMYK) {
      throw new IllegalArgumentException(
          "source profile is neither RGB, grey nor CMYK (colour space type "
              + source.getColorSpaceType()
              + ")");
    }
    if (output.getColorSpaceType() != ColorSpace.TYPE_CMYK) {
      throw new IllegalArgumentException("output profile is not CMYK");
    }
  }

  /** sRGB (the JDK's built-in profile) to this output profile. */
  public static Rendering fromSrgb(ICC_Profile output, Intent intent) {
    return new Rendering(ICC_Profile.getInstance(ColorSpace.CS_sRGB), output, intent);
  }

  /** True when the source profile is CMYK (pages go through {@link CmykLink}, not a table). */
  public boolean cmykSource() {
    return source.getColorSpaceType() == ColorSpace.TYPE_CMYK;
  }

  /**
   * Converts 8-bit RGB colours (0xRRGGBB) to device CMYK (0..1 each): one call into the CMM for all
   * of them (see {@link Transform} for how the intents are run).
   *
   * @throws IllegalStateException for a CMYK source
   */
  public double[][] toCmyk(int[] rgb) {
    if (cmykSource()) {
      throw new IllegalStateException("a CMYK source has no RGB values");
    }
    int n = rgb.length;
    WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, n, 1, 4, null);
    transform().apply(sourceValues(rgb), out);
    double[][] cmyk = new double[n][4];
    int[] o = new int[4];
    for (int i = 0; i < n; i++) {
      out.getPixel(i, 0, o);
      for (int c = 0; c < 4; c++) {
        cmyk[i][c] = o[c] / 65535.0;
      }
    }
    return cmyk;
  }

  /** The CMM's transform of this rendering, built once (use it on one thread at a time). */
  Transform transform() {
    return new Transform();
  }

  /**
   * Source → device CMYK through the JDK's CMM, its transforms built on first use and kept (a
   * {@link ColorConvertOp} keeps the LittleCMS transform it made). OpenJDK's CMM runs a profile
   * chain with the perceptual tables whatever the headers say, so for the relative colorimetric
   * intents the profiles are copied with their relative colorimetric tables (A2B1, B2A1) in the
   * perceptual tags' place. With black-point compensation the chain is cut at the PCS (source →
   * XYZ, XYZ → output, the JDK's own XYZ profile between) and the XYZ scaled there, as LittleCMS
   * does it with its BPC flag (which the JDK does not expose).
   */
  final class Transform {
    private final ColorConvertOp direct;
    private final ColorConvertOp toPcs;
    private final ColorConvertOp fromPcs;
    private final double sourceBlack;
    private final double outputBlack;

    private Transform() {
      ICC_Profile src = forIntent(source);
      ICC_Profile dst = forIntent(output);
      if (intent == Intent.RELATIVE_COLORIMETRIC_BPC) {
        ICC_Profile xyz = ICC_Profile.getInstance(ColorSpace.CS_CIEXYZ);
        direct = null;
        toPcs = new ColorConvertOp(new ICC_Profile[] {src, xyz}, null);
        fromPcs = new ColorConvertOp(new ICC_Profile[] {xyz, dst}, null);
        sourceBlack = blackY(src, !cmykSource() || !hasInverse(src));
        outputBlack = blackY(dst, false);
      } else {
        direct = new ColorConvertOp(new ICC_Profile[] {src, dst}, null);
        toPcs = null;
        fromPcs = null;
        sourceBlack = 0;
        outputBlack = 0;
      }
    }

    /**
     * Converts {@code in} (the source's bands, 8 or 16 bits) into {@code out} (four bands of device
     * CMYK, 8 or 16 bits), of the same size.
     */
    void apply(Raster in, WritableRaster out) {
      if (direct != null) {
        direct.filter(in, out);
        return;
      }
      WritableRaster pcs =
          Raster.createInterleavedRaster(
              DataBuffer.TYPE_USHORT, in.getWidth(), in.getHeight(), 3, null);
      toPcs.filter(in, pcs);
      compensate(pcs, sourceBlack, outputBlack);
      fromPcs.filter(pcs, out);
    }
  }

  /** True when a device profile has a PCS → device table (an output profile can be inverted). */
  private static boolean hasInverse(ICC_Profile p) {
    return p.getData(ICC_Profile.icSigBToA0Tag) != null
        || p.getData(ICC_Profile.icSigBToA1Tag) != null;
  }

  /** The source values in 16 bits: three bands, or one (the mean) for a grey source. */
  private WritableRaster sourceValues(int[] rgb) {
    boolean grey = source.getColorSpaceType() == ColorSpace.TYPE_GRAY;
    int bands = grey ? 1 : 3;
    WritableRaster in =
        Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, rgb.length, 1, bands, null);
    int[] px = new int[bands];
    for (int i = 0; i < rgb.length; i++) {
      int r = (rgb[i] >> 16) & 0xff;
      int g = (rgb[i] >> 8) & 0xff;
      int b = rgb[i] & 0xff;
      if (grey) {
        px[0] = (int) Math.round((r + g + b) * 257 / 3.0);
      } else {
        px[0] = r * 257;
        px[1] = g * 257;
        px[2] = b * 257;
      }
      in.setPixel(i, 0, px);
    }
    return in;
  }

  /**
   * The profile with the intent's tables in both the perceptual (0) and the relative colorimetric
   * (1) tags, so the chain runs them whichever the CMM picks: OpenJDK 17 runs a chain with the
   * perceptual tables when its first profile is not an output profile and with the relative
   * colorimetric ones when it is (a CMYK printing condition's profile, class {@code prtr}),
   * whatever the headers' intents say. A matrix/TRC or one-table profile has one transform for
   * every intent and is returned as it is.
   */
  private ICC_Profile forIntent(ICC_Profile p) {
    int from = intent == Intent.PERCEPTUAL ? 0 : 1;
    byte[] a2b = p.getData(from == 0 ? ICC_Profile.icSigAToB0Tag : ICC_Profile.icSigAToB1Tag);
    byte[] b2a = p.getData(from == 0 ? ICC_Profile.icSigBToA0Tag : ICC_Profile.icSigBToA1Tag);
    boolean other =
        p.getData(from == 0 ? ICC_Profile.icSigAToB1Tag : ICC_Profile.icSigAToB0Tag) != null
            || p.getData(from == 0 ? ICC_Profile.icSigBToA1Tag : ICC_Profile.icSigBToA0Tag) != null;
    if ((a2b == null && b2a == null) || !other) {
      return p;
    }
    ICC_Profile q = ICC_Profile.getInstance(p.getData());
    if (a2b != null) {
      q.setData(ICC_Profile.icSigAToB0Tag, a2b);
      q.setData(ICC_Profile.icSigAToB1Tag, a2b);
    }
    if (b2a != null) {
      q.setData(ICC_Profile.icSigBToA0Tag, b2a);
      q.setData(ICC_Profile.icSigBToA1Tag, b2a);
    }
    return q;
  }

  /**
   * Y (1 = the white) of a profile's black point, media-relative: with {@code asColorant} its
   * darkest colorant (RGB or grey 0, CMYK all inks at 100 %), else its darkest neutral, from PCS
   * black through its B2A1 and back through its A2B1 (LittleCMS' black-point detection: colorants
   * for RGB and grey, the round trip for a CMYK output profile, there without its curve fitting,
   * which a table that aims dark greys at the darkest neutral does not need).
   */
  static double blackY(ICC_Profile p, boolean asColorant) {
    ICC_Profile xyz = ICC_Profile.getInstance(ColorSpace.CS_CIEXYZ);
    int bands = p.getNumComponents();
    WritableRaster pcs = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, 1, 1, 3, null);
    if (asColorant) {
      WritableRaster zero =
          Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, 1, 1, bands, null);
      if (p.getColorSpaceType() == ColorSpace.TYPE_CMYK) {
        for (int c = 0; c < bands; c++) {
          zero.setSample(0, 0, c, 0xffff);
        }
      }
      new ColorConvertOp(new ICC_Profile[] {p, xyz}, null).filter(zero, pcs);
    } else {
      WritableRaster black = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, 1, 1, 3, null);
      WritableRaster device =
          Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, 1, 1, bands, null);
      new ColorConvertOp(new ICC_Profile[] {xyz, p}, null).filter(black, device);
      new ColorConvertOp(new ICC_Profile[] {p, xyz}, null).filter(device, pcs);
    }
    return pcs.getSample(0, 0, 1) / XYZ_ONE;
  }

  /**
   * Black-point compensation on 16-bit PCS XYZ (ISO 18619, with neutral black points as LittleCMS
   * takes them): each component c of white w_c goes to (c − k_s w_c) (1 − k_d) / (1 − k_s) + k_d
   * w_c, k_s and k_d the source's and the output's black Y.
   */
  static void compensate(WritableRaster pcs, double sourceBlack, double outputBlack) {
    double[] white = {0.9642, 1.0, 0.8249};
    double scale = (1 - outputBlack) / (1 - sourceBlack);
    int[] px = new int[3];
    for (int i = 0; i < pcs.getWidth(); i++) {
      pcs.getPixel(i, 0, px);
      for (int c = 0; c < 3; c++) {
        double v = px[c] / XYZ_ONE;
        double w = (v - sourceBlack * white[c]) * scale + outputBlack * white[c];
        px[c] = (int) Math.max(0, Math.min(65535, Math.round(w * XYZ_ONE)));
      }
      pcs.setPixel(i, 0, px);
    }
  }
}
