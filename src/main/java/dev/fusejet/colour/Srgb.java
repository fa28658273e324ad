package dev.fusejet.colour;

/**
 * sRGB (IEC 61966-2-1:1999) to and from the D50 PCS. The encoding's transfer function is the
 * standard's piecewise curve; the matrix is the standard's RGB to D65 XYZ matrix chromatically
 * adapted to D50 with the linear Bradford transform, as in the ICC's sRGB v2/v4 profiles (colorants
 * 0.4361/0.2225/0.0139, 0.3851/0.7169/0.0971, 0.1431/0.0606/0.7141).
 */
public final class Srgb {
  private Srgb() {}

  /** Linear sRGB to XYZ (D50), rows X, Y, Z. */
  static final double[][] TO_XYZ = {
    {0.4360747, 0.3850649, 0.1430804},
    {0.2225045, 0.7168786, 0.0606169},
    {0.0139322, 0.0971045, 0.7141733}
  };

  private static final double[][] FROM_XYZ = dev.fusejet.linear.Matrix3.invert(TO_XYZ);

  /** Encoded value (0..1) to linear light (0..1). */
  public static double decode(double v) {
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  /** Linear light (0..1) to encoded value (0..1), unclipped. */
  public static double encode(double v) {
    return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
  }

  /** XYZ (D50) of encoded sRGB values r, g, b (0..1 each). */
  public static Xyz toXyz(double r, double g, double b) {
    double lr = decode(r);
    double lg = decode(g);
    double lb = decode(b);
    return new Xyz(
        TO_XYZ[0][0] * lr + TO_XYZ[0][1] * lg + TO_XYZ[0][2] * lb,
        TO_XYZ[1][0] * lr + TO_XYZ[1][1] * lg + TO_XYZ[1][2] * lb,
        TO_XYZ[2][0] * lr + TO_XYZ[2][1] * lg + TO_XYZ[2][2] * lb);
  }

  /** XYZ (D50) of a packed 0xRRGGBB pixel. */
  public static Xyz toXyz(int rgb) {
    return toXyz(((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
  }

  /** Encoded sRGB (0..1 each, clipped) of an XYZ (D50) colour. */
  public static double[] fromXyz(Xyz c) {
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      double lin = FROM_XYZ[i][0] * c.x() + FROM_XYZ[i][1] * c.y() + FROM_XYZ[i][2] * c.z();
      out[i] = Math.max(0, Math.min(1, encode(Math.max(0, lin))));
    }
    return out;
  }

  /** A packed 0xRRGGBB pixel of an XYZ (D50) colour, clipped and rounded. */
  public static int pixel(Xyz c) {
    double[] v = fromXyz(c);
    return (int) Math.round(v[0] * 255) << 16
        | (int) Math.round(v[1] * 255) << 8
        | (int) Math.round(v[2] * 255);
  }
}
