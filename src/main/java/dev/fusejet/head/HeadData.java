package dev.fusejet.head;

import java.util.List;

/**
 * The head-data format (version 1), one stream per sheet, all integers big-endian:
 *
 * <pre>
 * file header
 *   magic "FJHD" (4 bytes), version u16 = 1, inks u16
 *   width u32 (px), height u32 (rows), xDpi f64, yDpi f64
 *   nozzles u32 (in use), pitchRows u32, shingle u8, bidirectional u8, advance u16
 *   firstPass s32, lastPass s32
 *   drop volumes 3 x f64 (m³: small, medium, large), pass time f64 (s, one pass at full rate)
 *   per ink: name length u8, name UTF-8
 * per pass, in printing order
 *   "PASS" (4 bytes), pass index s32, row of nozzle 0 s32, direction u8 (0 left to right,
 *   1 right to left), 3 reserved bytes, payload length u32, then the payload:
 *   per ink, per nozzle 0..nozzles-1: one row of (width + 3) / 4 bytes, PackBits coded: 2-bit
 *   drop levels, leftmost pixel in the high bits, zero where the nozzle is off the page or the
 *   column is not in its phase (x mod shingle == nozzle / advance)
 * trailer
 *   "END " (4 bytes), total drops u64
 * </pre>
 *
 * Rows are stored left to right whatever the direction; a right-to-left pass fires them from the
 * right end.
 *
 * @param inks ink names
 * @param width page width (px)
 * @param height page height (rows)
 * @param xDpi horizontal resolution (dpi)
 * @param yDpi vertical resolution (dpi)
 * @param plan the weave
 * @param small small drop volume (m³)
 * @param medium medium drop volume (m³)
 * @param large large drop volume (m³)
 * @param passTime time of one pass across the page at the head's full firing rate (s)
 */
public record HeadData(
    List<String> inks,
    int width,
    int height,
    double xDpi,
    double yDpi,
    PassPlan plan,
    double small,
    double medium,
    double large,
    double passTime) {

  /** Magic at the start of a stream. */
  public static final int MAGIC = 0x464a4844; // "FJHD"

  /** Magic at the start of a pass. */
  public static final int PASS = 0x50415353; // "PASS"

  /** Magic of the trailer. */
  public static final int END = 0x454e4420; // "END "

  /** Format version. */
  public static final int VERSION = 1;

  /** Packed bytes per row. */
  public int stride() {
    return (width + 3) >> 2;
  }

  /** Drop volume (m³) of level 1..3, 0 for level 0. */
  public double volume(int level) {
    return switch (level) {
      case 1 -> small;
      case 2 -> medium;
      case 3 -> large;
      default -> 0;
    };
  }
}
