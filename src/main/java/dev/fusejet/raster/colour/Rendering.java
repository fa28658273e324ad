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
 * @param source the document's RGB profile
 * @param output the printer's CMYK output profile
 * @param intent perceptual or relative colorimetric
 */
public record Rendering(ICC_Profile source, ICC_Profile output, Intent intent) {

  /** Checks the profiles' colour spaces. */
  public Rendering {
    Objects.requireNonNull(source, "source profile");
    Objects.requireNonNull(output, "output profile");
    Objects.requireNonNull(intent, "rendering intent");
    if (source.getColorSpaceType() != ColorSpace.TYPE_RGB) {
      throw new IllegalArgumentException(
          "source profile is not RGB (colour space type " + source.getColorSpaceType() + ")");
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
   * say, so for the relative colorimetric intent the output profile is copied with its relative
   * colorimetric tables (A2B1, B2A1) in the perceptual tags' place.
   */
  public double[][] toCmyk(int[] rgb) {
    ICC_Profile src = source;
    ICC_Profile dst = output;
    if (intent == Intent.RELATIVE_COLORIMETRIC) {
      dst = ICC_Profile.getInstance(output.getData());
      dst.setData(ICC_Profile.icSigBToA0Tag, output.getData(ICC_Profile.icSigBToA1Tag));
      dst.setData(ICC_Profile.icSigAToB0Tag, output.getData(ICC_Profile.icSigAToB1Tag));
      if (source.getData(ICC_Profile.icSigAToB1Tag) != null) {
        src = ICC_Profile.getInstance(source.getData());
        src.setData(ICC_Profile.icSigAToB0Tag, source.getData(ICC_Profile.icSigAToB1Tag));
      }
    }
    ColorConvertOp op = new ColorConvertOp(new ICC_Profile[] {src, dst}, null);
    int n = rgb.length;
    WritableRaster in = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, n, 1, 3, null);
    WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_USHORT, n, 1, 4, null);
    int[] px = new int[3];
    for (int i = 0; i < n; i++) {
      px[0] = ((rgb[i] >> 16) & 0xff) * 257;
      px[1] = ((rgb[i] >> 8) & 0xff) * 257;
      px[2] = (rgb[i] & 0xff) * 257;
      in.setPixel(i, 0, px);
    }
    op.filter(in, out);
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
}
