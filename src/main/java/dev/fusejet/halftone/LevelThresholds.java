package dev.fusejet.halftone;

/**
 * The thresholds of a threshold-array screen in the form a separate-and-screen kernel needs: for
 * each tile row, level j (1..3) and tile column x, the smallest amount bucket ({@code amount >> 4},
 * amounts in {@link Halftoner#FULL} units) at which ink i reaches level j there, or {@link
 * #never()} when it never does. A pixel's level is the number of levels whose bucket its amount
 * reaches, so a kernel needs three comparisons per ink and no table lookup per pixel.
 *
 * <p>Words hold four inks in 16-bit lanes (ink i in bits 16 i .. 16 i + 15), laid out per tile row
 * as three blocks of {@link #tile()} words, block j - 1 for level j. Read-only: the arrays are the
 * screen's own.
 */
public final class LevelThresholds {
  private final int tile;
  private final long[][] rows;

  LevelThresholds(int tile, long[][] rows) {
    this.tile = tile;
    this.rows = rows;
  }

  /**
   * Tile edge (px): row y of a page uses tile row {@code y % tile}, column x column {@code x %
   * tile}.
   */
  public int tile() {
    return tile;
  }

  /** The bucket no amount reaches: a level that never fires. */
  public int never() {
    return BlueNoiseThreshold.NEVER;
  }

  /**
   * The threshold words of the tile row page row {@code y} uses: {@code 3 * tile()} words, word
   * {@code (j - 1) * tile() + x} for level j at tile column x. The screen's own array: do not
   * modify.
   */
  public long[] row(int y) {
    return rows[y % tile];
  }
}
