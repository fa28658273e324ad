package dev.fusejet.ink;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The colour of solids of two or more inks printed on top of each other: a Neugebauer primary of
 * the printed-sheet model (docs/colour.md).
 *
 * @param inks the channel names, joined by {@code +} in head order, e.g. {@code cyan+magenta}
 * @param colour CIELAB (D50, 2°, 45/0) of the overprint on the reference medium
 */
public record Overprint(String inks, SolidColour colour) {

  /** The channel names of this overprint. */
  public Set<String> channels() {
    return Set.of(inks.split("\\+", -1));
  }

  /**
   * Typical overprints of the cyan, magenta, yellow and black channels present: Fogra's
   * measurements in FOGRA39L (ISO 12647-2:2004 paper type 1, read from Debian's icc-profiles-free),
   * the eleven combinations of two or more of C, M, Y, K at 100 %.
   */
  public static List<Overprint> typical(List<Ink> inks) {
    String[] role = new String[4];
    for (Ink i : inks) {
      String n = i.name().toLowerCase(Locale.ROOT);
      switch (n) {
        case "cyan", "c" -> role[0] = i.name();
        case "magenta", "m" -> role[1] = i.name();
        case "yellow", "y" -> role[2] = i.name();
        case "black", "k", "photo-black", "matte-black" -> role[3] = i.name();
        default -> {}
      }
    }
    // mask bits: 1 cyan, 2 magenta, 4 yellow, 8 black; L*, a*, b*
    double[][] fogra = {
      {3, 24, 22, -46},
      {5, 50, -65, 27},
      {6, 47, 68, 48},
      {7, 23, 0, 0},
      {9, 10.41, -8.20, -10.25},
      {10, 10.42, 13.93, 1.35},
      {11, 7.88, 5.79, -5.94},
      {12, 15.71, -3.08, 11.68},
      {13, 11.32, -12.88, 3.56},
      {14, 11.33, 8.61, 7.28},
      {15, 8.71, -0.07, 2.06},
    };
    List<Overprint> out = new ArrayList<>();
    for (double[] f : fogra) {
      int mask = (int) f[0];
      List<String> names = new ArrayList<>();
      boolean present = true;
      for (int r = 0; r < 4; r++) {
        if ((mask >> r & 1) != 0) {
          present &= role[r] != null;
          names.add(role[r]);
        }
      }
      if (present) {
        out.add(new Overprint(String.join("+", names), new SolidColour(f[1], f[2], f[3])));
      }
    }
    return out;
  }
}
