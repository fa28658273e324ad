package dev.fusejet.colour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outside references the colour tests check against, in one place: the profiles Debian ships
 * ({@code icc-profiles-free}, Ghostscript's), ArgyllCMS {@code xicclu} (a CMM other than the JDK's
 * LittleCMS), ImageMagick, and Adobe RGB (1998) by its published definition. Public because the
 * tests of {@code cli} and {@code raster.decode} share it.
 */
public final class ColourPeer {
  private ColourPeer() {}

  /** Where Debian installs ICC profiles. */
  public static final Path ICC = Path.of("/usr/share/color/icc");

  /** ArgyllCMS's profile lookup tool. */
  public static final Path XICCLU = Path.of("/usr/bin/xicclu");

  /** ImageMagick's {@code convert} (Debian's, else a local build's). */
  public static Path convert() {
    return Files.isExecutable(Path.of("/usr/bin/convert"))
        ? Path.of("/usr/bin/convert")
        : Path.of("/usr/local/bin/convert");
  }

  /** True when xicclu, ImageMagick and these profiles under {@link #ICC} are all there. */
  public static boolean available(String... profiles) {
    if (!Files.isExecutable(XICCLU) || !Files.isExecutable(convert())) {
      return false;
    }
    for (String p : profiles) {
      if (!Files.isReadable(ICC.resolve(p))) {
        return false;
      }
    }
    return true;
  }

  /** Runs ImageMagick's {@code convert} with these arguments; fails the test on an error. */
  public static void magick(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(convert().toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(log).isZero();
  }

  /**
   * One value through {@code xicclu -ir -pl -fDIRECTION PROFILE} (relative colorimetric, Lab PCS;
   * direction f: device to Lab, b: Lab to device): the output numbers.
   */
  public static double[] xicclu(Path profile, String direction, double... in) throws Exception {
    return xicclu(profile, "r", direction, in);
  }

  /**
   * {@link #xicclu(Path, String, double...)} under another intent ({@code -i}: r relative
   * colorimetric, p perceptual, a absolute).
   */
  public static double[] xicclu(Path profile, String intent, String direction, double... in)
      throws Exception {
    Process p =
        new ProcessBuilder(
                XICCLU.toString(), "-i" + intent, "-pl", "-f" + direction, profile.toString())
            .redirectErrorStream(true)
            .start();
    StringBuilder line = new StringBuilder();
    for (double v : in) {
      line.append(String.format(Locale.ROOT, "%.6f ", v));
    }
    p.getOutputStream().write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertThat(p.waitFor()).as(out).isZero();
    // a result line: "v v v [RGB] -> MatrixFwd -> w w w [Lab]"
    for (String l : out.split("\n", -1)) {
      int arrow = l.lastIndexOf("->");
      if (arrow >= 0) {
        List<Double> v = new ArrayList<>();
        for (String s : l.substring(arrow + 2).trim().split(" ", -1)) {
          try {
            v.add(Double.parseDouble(s));
          } catch (NumberFormatException e) {
            break;
          }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
      }
    }
    throw new AssertionError("no result from xicclu: " + out);
  }

  /** {@link #xicclu} as CIELAB. */
  public static Lab xiccluLab(Path profile, double... device) throws Exception {
    double[] v = xicclu(profile, "f", device);
    return new Lab(v[0], v[1], v[2]);
  }

  /**
   * Adobe RGB (1998) 8-bit values to PCS XYZ (D50): Adobe's specification (version 2005-05): γ =
   * 563/256, the D65 primaries' matrix of its section 4.3.4.3, then Bradford to D50 (as the ICC
   * profile's colorants are adapted).
   */
  public static Xyz adobeRgb(int rgb) {
    return adobeRgb(
        ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
  }

  /** {@link #adobeRgb(int)} for encoded values in [0, 1]. */
  public static Xyz adobeRgb(double red, double green, double blue) {
    double g = 563 / 256.0;
    double r = Math.pow(red, g);
    double gr = Math.pow(green, g);
    double b = Math.pow(blue, g);
    double x = 0.57667 * r + 0.18556 * gr + 0.18823 * b;
    double y = 0.29734 * r + 0.62736 * gr + 0.07529 * b;
    double z = 0.02703 * r + 0.07069 * gr + 0.99134 * b;
    // Bradford D65 -> D50 (Lindbloom's matrix)
    return new Xyz(
        1.0478112 * x + 0.0228866 * y - 0.0501270 * z,
        0.0295424 * x + 0.9904844 * y - 0.0170491 * z,
        -0.0092345 * x + 0.0150436 * y + 0.7521316 * z);
  }
}
