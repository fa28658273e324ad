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
 * @param source the document's RGB or grey profile (grey: the table's nodes are read as grey (r + g
 *     + b) / 3; a grey page's pixels lie on the table's diagonal, where that is exact)
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
        && source.getColorSpaceType() != ColorSpace.TYPE_GRAY) {
      throw new IllegalArgumentException(
          "source profile is neither RGB nor grey (colour space type "
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

  /**
   * Converts 8-bit RGB colours (0xRRGGBB) to device CMYK (0..1 each): one call into the CMM for all
   * of them. OpenJDK's CMM runs a profile chain with the perceptual tables whatever the headers
   * say, so for the relative colorimetric intents the profiles are copied with their relative
   * colorimetric tables (A2B1, B2A1) in the perceptual tags' place. With black-point compensation
   * the chain is cut at the PCS (source → XYZ, XYZ → output, the JDK's own XYZ profile between) and
   * the XYZ scaled there, as LittleCMS does it with its BPC flag (which the JDK does not expose).
   */
  public double[][] toCmyk(int[] rgb) {
    ICC_Profile src = relative(source);
    ICC_Profile dst = relative(output);
    int n = rgb.length;
    WritableRaster in = sourceValues(rgb);
    WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, n, 1, 4, null);
    if (intent == Intent.RELATIVE_COLORIMETRIC_BPC) {
      ICC_Profile xyz = ICC_Profile.getInstance(ColorSpace.CS_CIEXYZ);
      WritableRaster pcs = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, n, 1, 3, null);
      new ColorConvertOp(new ICC_Profile[] {src, xyz}, null).filter(in, pcs);
      compensate(pcs, blackY(src, true), blackY(dst, false));
      new ColorConvertOp(new ICC_Profile[] {xyz, dst}, null).filter(pcs, out);
    } else {
      new ColorConvertOp(new ICC_Profile[] {src, dst}, null).filter(in, out);
    }
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
   * The profile with its relative colorimetric tables as the perceptual ones, for those intents.
   */
  private ICC_Profile relative(ICC_Profile p) {
    if (intent == Intent.PERCEPTUAL) {
      return p;
    }
    byte[] a2b1 = p.getData(ICC_Profile.icSigAToB1Tag);
    byte[] b2a1 = p.getData(ICC_Profile.icSigBToA1Tag);
    if (a2b1 == null && b2a1 == null) {
      return p; // matrix/TRC or single-table profile: one transform for every intent
    }
    ICC_Profile q = ICC_Profile.getInstance(p.getData());
    if (a2b1 != null) {
      q.setData(ICC_Profile.icSigAToB0Tag, a2b1);
    }
    if (b2a1 != null) {
      q.setData(ICC_Profile.icSigBToA0Tag, b2a1);
    }
    return q;
  }

  /**
   * Y (1 = the white) of a profile's black point, media-relative: a source's darkest colour (its
   * device zero, RGB or grey 0), or the output's darkest neutral, from PCS black through its B2A1
   * and back through its A2B1 (LittleCMS' black-point detection for an output profile, without its
   * curve fitting, which a table that aims dark greys at the darkest neutral does not need).
   */
  static double blackY(ICC_Profile p, boolean asSource) {
    ICC_Profile xyz = ICC_Profile.getInstance(ColorSpace.CS_CIEXYZ);
    int bands = p.getNumComponents();
    WritableRaster pcs = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, 1, 1, 3, null);
    if (asSource) {
      WritableRaster zero =
          Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, 1, 1, bands, null);
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
