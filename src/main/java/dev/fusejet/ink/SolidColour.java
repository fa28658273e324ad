package dev.fusejet.ink;

import java.util.Locale;

/**
 * The colour of a solid of one ink (a large drop at every pixel, up to the solid load) on the
 * reference photo medium: CIELAB under D50, 2° observer, 45/0 geometry, white backing (ISO 13655
 * M0/M1). The printed-sheet model takes it as a Neugebauer primary; overprints follow from the
 * primaries (docs/colour.md).
 *
 * @param lightness L* (0..100)
 * @param a a* (-128..127)
 * @param b b* (-128..127)
 */
public record SolidColour(double lightness, double a, double b) {

  /**
   * Typical solids by channel role: cyan, magenta and yellow at the ISO 12647-2:2004 paper type 1
   * solids as Fogra measured them in FOGRA39L (C 55/-37/-50, M 48/74/-3, Y 89/-5/93, read from the
   * data set in Debian's icc-profiles-free) and black at that data set's K 16/0/0, so that the
   * defaults and {@link Overprint#typical} are one consistent, measured printing condition. Null
   * for a channel of no known role (light inks, spot colours): such an ink must state its solid.
   */
  public static SolidColour typical(String channel) {
    String n = channel == null ? "" : channel.toLowerCase(Locale.ROOT);
    return switch (n) {
      case "cyan", "c" -> new SolidColour(55, -37, -50);
      case "magenta", "m" -> new SolidColour(48, 74, -3);
      case "yellow", "y" -> new SolidColour(89, -5, 93);
      case "black", "k", "photo-black", "matte-black" -> new SolidColour(16, 0, 0);
      default -> null;
    };
  }
}
