package dev.fusejet.head;

import static dev.fusejet.units.Units.INCH;

import dev.fusejet.ink.DropSize;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkSet;
import java.util.List;

/**
 * A recording head: one nozzle row per ink, all rows alike.
 *
 * @param inks ink names, one nozzle row each, in head order
 * @param nozzles nozzles per row
 * @param nozzlePitch distance between neighbouring nozzles along the paper feed (m)
 * @param nativeDpi the carriage's native horizontal resolution (dots per inch); the finest x
 *     resolution it fires at
 * @param smallDrop volume of the small drop (m³)
 * @param mediumDrop volume of the medium drop (m³)
 * @param largeDrop volume of the large drop (m³)
 * @param firingFrequency highest firing frequency of a nozzle (Hz)
 */
public record HeadModel(
    List<String> inks,
    int nozzles,
    double nozzlePitch,
    double nativeDpi,
    double smallDrop,
    double mediumDrop,
    double largeDrop,
    double firingFrequency) {

  /**
   * Nozzles per row of the default head: 180 at 1/180 in pitch, the layout of the common piezo
   * photo heads (e.g. Epson's 180-nozzle MicroPiezo rows).
   */
  public static final int DEFAULT_NOZZLES = 180;

  /** Default nozzle pitch (m): 1/180 in. */
  public static final double DEFAULT_PITCH = INCH / 180;

  /** Default native resolution (dpi). */
  public static final double DEFAULT_NATIVE_DPI = 1440;

  /** Default firing frequency (Hz): 28.8 kHz, a typical variable-drop piezo rate. */
  public static final double DEFAULT_FIRING = 28_800;

  /** Checks and copies. */
  public HeadModel {
    inks = List.copyOf(inks);
    if (inks.isEmpty() || nozzles < 1 || !(nozzlePitch > 0) || !(firingFrequency > 0)) {
      throw new IllegalArgumentException("head needs inks, nozzles, a pitch and a frequency");
    }
    if (!(smallDrop > 0 && mediumDrop > smallDrop && largeDrop > mediumDrop)) {
      throw new IllegalArgumentException(
          "head needs three increasing drop volumes (small, medium, large)");
    }
  }

  /** The default head for an ink set: its inks and drop sizes, 180 nozzles at 180 npi. */
  public static HeadModel of(InkSet set) {
    List<DropSize> d = set.dropSizes();
    if (d.size() != 3) {
      throw new IllegalArgumentException(
          "ink set '" + set.name() + "' has " + d.size() + " drop sizes; the head fires 3");
    }
    return new HeadModel(
        set.inks().stream().map(Ink::name).toList(),
        DEFAULT_NOZZLES,
        DEFAULT_PITCH,
        DEFAULT_NATIVE_DPI,
        d.get(0).volume(),
        d.get(1).volume(),
        d.get(2).volume(),
        DEFAULT_FIRING);
  }

  /** Volume (m³) of a drop of level 1..3; 0 for level 0. */
  public double dropVolume(int level) {
    return switch (level) {
      case 1 -> smallDrop;
      case 2 -> mediumDrop;
      case 3 -> largeDrop;
      default -> 0;
    };
  }

  /** The three drop volumes, small first (m³). */
  public double[] dropVolumes() {
    return new double[] {smallDrop, mediumDrop, largeDrop};
  }

  /** Nozzle pitch in raster rows at {@code yDpi}; must be a whole number. */
  public int pitchRows(double yDpi) {
    double rows = nozzlePitch / INCH * yDpi;
    int r = (int) Math.round(rows);
    if (r < 1 || Math.abs(rows - r) > 1e-6) {
      throw new IllegalArgumentException(
          "vertical resolution "
              + yDpi
              + " dpi is not a whole multiple of the nozzle pitch ("
              + (INCH / nozzlePitch)
              + " npi)");
    }
    return r;
  }

  /** Time (s) of one pass across {@code width} pixels at {@code xDpi}, firing at full rate. */
  public double passTime(int width, double xDpi) {
    double columnsAtNative = width * Math.max(1, nativeDpi / xDpi);
    return columnsAtNative / firingFrequency;
  }
}
