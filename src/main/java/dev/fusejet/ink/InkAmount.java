package dev.fusejet.ink;

/**
 * The fixed-point scale of an ink amount, shared by the colour separation that produces amounts and
 * the halftoning that consumes them: an amount is a fraction of the largest ink load, a large drop
 * at every pixel.
 */
public final class InkAmount {
  /**
   * Full scale: a large drop everywhere, 255 * 256, so that an 8-bit amount times 256 fits, and
   * four 16-bit lanes of a long never carry into each other.
   */
  public static final int FULL = 65280;

  private InkAmount() {}
}
