package dev.fusejet.halftone;

import java.util.Arrays;

/**
 * The ink amount each drop level deposits, as a fraction of a large drop in {@link Halftoner#FULL}
 * units: level 0 is 0, level 3 is {@code FULL}. A small drop of 3 pL beside a large one of 12 pL is
 * a quarter of {@code FULL}.
 */
public final class ToneLevels {
  private final int[] tone;

  private ToneLevels(int[] tone) {
    this.tone = tone;
  }

  /**
   * Levels from the drop volumes of the head, smallest first (any unit, only ratios count).
   *
   * @throws IllegalArgumentException unless there are exactly three increasing positive volumes
   */
  public static ToneLevels ofDropVolumes(double small, double medium, double large) {
    if (!(small > 0 && medium > small && large > medium)) {
      throw new IllegalArgumentException(
          "drop volumes must be positive and increase (small < medium < large), got "
              + small
              + ", "
              + medium
              + ", "
              + large
              + "; fix the ink set's dropSizes");
    }
    return new ToneLevels(
        new int[] {
          0,
          (int) Math.round(Halftoner.FULL * small / large),
          (int) Math.round(Halftoner.FULL * medium / large),
          Halftoner.FULL
        });
  }

  /** Equally spaced levels (0, 1/3, 2/3, 1): a head whose drops add like equal dots. */
  public static ToneLevels uniform() {
    return new ToneLevels(
        new int[] {0, Halftoner.FULL / 3, 2 * Halftoner.FULL / 3, Halftoner.FULL});
  }

  /** The amount (FULL units) a pixel at this level receives. */
  public int tone(int level) {
    return tone[level];
  }

  /** All four tones, a copy. */
  public int[] tones() {
    return tone.clone();
  }

  /** The amount as a fraction of a large drop (1). */
  public double fraction(int level) {
    return tone[level] / (double) Halftoner.FULL;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ToneLevels t && Arrays.equals(tone, t.tone);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tone);
  }

  @Override
  public String toString() {
    return "ToneLevels" + Arrays.toString(tone);
  }
}
