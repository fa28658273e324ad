package dev.fusejet.device;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.units.Quantities;
import dev.fusejet.units.Units;

/**
 * Which sheets the machine takes. Across the feed a sheet must lie within the heat roller's face
 * (the nip is no longer than the roller: outside it the surface is neither heated nor pressed, so
 * the claimed expressions cannot hold there); along the feed within the paper path's longest cut
 * sheet. The medium is a material with no size of its own: what a source holds is the size loaded
 * with it, checked here when it is loaded.
 */
public final class SheetFit {
  private SheetFit() {}

  /**
   * Longest sheet along the feed (m): 19 in (483 mm), the long side of 13 x 19 in (Super B), the
   * largest cut sheet A3+ desktop photo printers feed.
   */
  public static final double MAX_LENGTH = 19 * Units.INCH;

  /**
   * Checks that {@code size} fits {@code apparatus} and the paper path.
   *
   * @throws IllegalArgumentException naming the size as given, its dimensions in mm and the limit
   *     it exceeds with where that limit comes from
   */
  public static void check(MediaSize size, Apparatus apparatus) {
    double face = apparatus.heatRoller().length();
    String what =
        "sheet size "
            + size.name()
            + " ("
            + Quantities.length(size.width())
            + " x "
            + Quantities.length(size.height())
            + ")";
    if (size.width() > face) {
      throw new IllegalArgumentException(
          what
              + " is wider than apparatus "
              + apparatus.name()
              + " can fuse: its heat roller is "
              + Quantities.length(face)
              + " long (heat-roller.length), so a sheet is at most that wide");
    }
    if (size.height() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what
              + " is longer than the paper path takes: at most "
              + Quantities.length(MAX_LENGTH)
              + " (19 in) along the feed");
    }
  }
}
