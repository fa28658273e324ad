package dev.fusejet.raster.decode;

import dev.fusejet.linear.Bradford;
import dev.fusejet.linear.Matrix3;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Matrix/TRC RGB ICC profiles made from a colour encoding's definition: the chromaticities of its
 * white and primaries and a pure-power transfer function, as a PNG's cHRM and gAMA chunks give them
 * (PNG specification, 3rd ed., 11.3.3.2 and 11.3.3.3) or an encoding's standard states them (Adobe
 * RGB (1998): γ 563/256). The colorants are the RGB-to-XYZ matrix of the primaries, normalised so
 * that RGB (1, 1, 1) is the white at Y 1, chromatically adapted to the D50 PCS with the linear
 * Bradford transform, as ICC.1:2010 annex E and the ICC's own sRGB profile do.
 */
final class RgbProfile {
  private RgbProfile() {}

  /** The CIE D65 white point's chromaticity (x, y), CIE 15:2004 table T.3. */
  private static final double[] D65 = {0.3127, 0.3290};

  /** The D65 white's chromaticity (x, y), a copy. */
  public static double[] d65() {
    return D65.clone();
  }

  /**
   * Adobe RGB (1998) primaries (x, y): red, green, blue (Adobe RGB (1998) Color Image Encoding
   * 4.3.1).
   */
  private static final double[][] ADOBE_RGB = {{0.64, 0.33}, {0.21, 0.71}, {0.15, 0.06}};

  /** Adobe RGB (1998)'s transfer exponent: 563/256 = 2.19921875 (its specification 4.3.1.2). */
  public static final double ADOBE_GAMMA = 563.0 / 256;

  /** Adobe RGB (1998) as its specification defines it (D65 white, γ 563/256). */
  public static ICC_Profile adobeRgb() {
    return of("Adobe RGB (1998) compatible, fusejet", D65, ADOBE_RGB, ADOBE_GAMMA);
  }

  /**
   * The profile of an RGB encoding.
   *
   * @param description the profile's description tag
   * @param white the white point's chromaticity (x, y)
   * @param primaries the red, green and blue primaries' chromaticities (x, y)
   * @param gamma the decoding exponent γ (1): linear light = value^γ (a PNG's gAMA is 1/γ)
   * @throws IllegalArgumentException when the chromaticities are not a triangle around the white,
   *     or γ is outside 0.1..10
   */
  public static ICC_Profile of(
      String description, double[] white, double[][] primaries, double gamma) {
    if (!(gamma >= 0.1 && gamma <= 10)) {
      throw new IllegalArgumentException(
          "transfer exponent " + gamma + " outside 0.1..10 (a PNG gAMA of " + 1 / gamma + ")");
    }
    double[][] m = colorants(white, primaries);
    ICC_Profile p = ICC_Profile.getInstance(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    int[] tags = {
      ICC_Profile.icSigRedColorantTag,
      ICC_Profile.icSigGreenColorantTag,
      ICC_Profile.icSigBlueColorantTag
    };
    int[] trcs = {
      ICC_Profile.icSigRedTRCTag, ICC_Profile.icSigGreenTRCTag, ICC_Profile.icSigBlueTRCTag
    };
    for (int c = 0; c < 3; c++) {
      p.setData(tags[c], xyzType(m[0][c], m[1][c], m[2][c]));
      p.setData(trcs[c], curveType(gamma));
    }
    p.setData(ICC_Profile.icSigProfileDescriptionTag, textDescription(description));
    return ICC_Profile.getInstance(p.getData());
  }

  /**
   * The D50-adapted colorant matrix (columns: red, green, blue XYZ) of an encoding.
   *
   * @throws IllegalArgumentException when the primaries do not span a triangle around the white
   */
  static double[][] colorants(double[] white, double[][] primaries) {
    double[][] p = new double[3][3]; // columns: each primary's XYZ at Y = 1
    for (int c = 0; c < 3; c++) {
      double x = primaries[c][0];
      double y = primaries[c][1];
      if (!(y > 0)) {
        throw new IllegalArgumentException("primary " + c + " has chromaticity y " + y + " <= 0");
      }
      p[0][c] = x / y;
      p[1][c] = 1;
      p[2][c] = (1 - x - y) / y;
    }
    if (!(white[1] > 0)) {
      throw new IllegalArgumentException("white has chromaticity y " + white[1] + " <= 0");
    }
    double[] w = {white[0] / white[1], 1, (1 - white[0] - white[1]) / white[1]};
    double[][] inv = Matrix3.invert(p);
    double[] s = Matrix3.times(inv, w);
    for (double v : s) {
      if (!(v > 0)) {
        throw new IllegalArgumentException(
            "the white point is not inside the primaries' triangle (scales "
                + java.util.Arrays.toString(s)
                + "): cHRM is not a valid RGB encoding");
      }
    }
    double[][] m = new double[3][3];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        m[r][c] = p[r][c] * s[c];
      }
    }
    double[][] adapt = Bradford.adaptation(w, new double[] {0.9642, 1.0, 0.8249});
    return Matrix3.times(adapt, m);
  }

  /** An ICC XYZType tag (ICC.1:2010 10.31): s15Fixed16 X, Y, Z. */
  private static byte[] xyzType(double x, double y, double z) {
    ByteBuffer b = ByteBuffer.allocate(20);
    b.put("XYZ ".getBytes(StandardCharsets.US_ASCII)).putInt(0);
    b.putInt((int) Math.round(x * 65536)).putInt((int) Math.round(y * 65536));
    b.putInt((int) Math.round(z * 65536));
    return b.array();
  }

  /** An ICC curveType tag (10.5) of one entry: a pure power γ in u8Fixed8. */
  private static byte[] curveType(double gamma) {
    ByteBuffer b = ByteBuffer.allocate(14);
    b.put("curv".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(1);
    b.putShort((short) Math.round(gamma * 256));
    return b.array();
  }

  /** An ICC v2 textDescriptionType tag (ICC.1:2001-04 6.5.17), ASCII only. */
  private static byte[] textDescription(String s) {
    byte[] a = (s + "\0").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer b = ByteBuffer.allocate(12 + a.length + 8 + 3 + 67);
    b.put("desc".getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(a.length).put(a);
    b.putInt(0).putInt(0); // no Unicode description
    b.putShort((short) 0).put((byte) 0); // no ScriptCode description (67 bytes follow)
    return b.array();
  }
}
