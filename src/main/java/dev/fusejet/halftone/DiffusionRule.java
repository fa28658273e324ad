package dev.fusejet.halftone;

/**
 * The arithmetic of an error-diffusion screen, for kernels that run it another way (several inks in
 * the lanes of a vector) and must fire exactly the same drops. A pixel's value is its amount plus
 * the error carried to it; its level is the number of mid-points ({@link #midpoints()}) the value
 * exceeds; the error, the value minus the level's tone, goes {@code (e * w) >>} {@link
 * #weightBits()} ahead, below behind and below, by the weights of the amount's bucket ({@code
 * amount >> 8}), and the rest below ahead. Rows alternate direction, even rows left to right. Error
 * rows start at zero and are cleared when a row is skipped.
 *
 * <p>Threshold modulation: the level is decided on the value less the pixel's shift, {@code (noise
 * * strength[amount >> 8]) >>} {@link #modulationBits()}, the noise that of the ink's tile ({@link
 * #noise(int)}) at the pixel; the error is still the value (not less the shift) minus the level's
 * tone.
 */
public final class DiffusionRule {
  private final int[] tones;
  private final boolean fixed;
  private final int[] ahead;
  private final int[] behind;
  private final int[] below;
  private final int[] strength;
  private final short[][] noise;

  DiffusionRule(
      int[] tones,
      boolean fixed,
      int[] ahead,
      int[] behind,
      int[] below,
      int[] strength,
      short[][] noise) {
    this.strength = strength.clone();
    this.noise = noise;
    this.tones = tones.clone();
    this.fixed = fixed;
    this.ahead = ahead.clone();
    this.behind = behind.clone();
    this.below = below.clone();
  }

  /** Tone of each level 0..3 ({@link Halftoner#FULL} units), a copy. */
  public int[] tones() {
    return tones.clone();
  }

  /** The three mid-points between adjacent tones, {@code (tone[k] + tone[k + 1]) >> 1}. */
  public int[] midpoints() {
    return new int[] {
      (tones[0] + tones[1]) >> 1, (tones[1] + tones[2]) >> 1, (tones[2] + tones[3]) >> 1
    };
  }

  /**
   * True when the weights are Floyd and Steinberg's for every bucket: 7, 3 and 5 of 16 (448, 192
   * and 320 of 1024), so {@code (e * 448) >> 10 == (e * 7) >> 4}.
   */
  public boolean floydSteinberg() {
    return fixed;
  }

  /** Weights scale: weights of a bucket are fractions of {@code 1 << weightBits()}. */
  public int weightBits() {
    return ErrorDiffusion.WEIGHT_BITS;
  }

  /** Per amount bucket (256), the weight ahead in scan direction, a copy. */
  public int[] ahead() {
    return ahead.clone();
  }

  /** Per amount bucket, the weight on the next row behind the pixel, a copy. */
  public int[] behind() {
    return behind.clone();
  }

  /** Per amount bucket, the weight on the next row below the pixel, a copy. */
  public int[] below() {
    return below.clone();
  }

  /** Per amount bucket, the modulation strength (all 0: no modulation), a copy. */
  public int[] strength() {
    return strength.clone();
  }

  /** True when some bucket's strength is not 0. */
  public boolean modulated() {
    for (int k : strength) {
      if (k != 0) {
        return true;
      }
    }
    return false;
  }

  /** Shift scale: a pixel's shift is {@code (noise * strength) >> modulationBits()}. */
  public int modulationBits() {
    return ThresholdModulation.BITS;
  }

  /**
   * Edge (px) of the noise tiles: page column x, row y reads entry (y % tile) * tile + x % tile.
   */
  public int tile() {
    return BlueNoiseThreshold.TILE;
  }

  /** The noise tile of ink {@code ink} (-255..255), a copy. */
  public short[] noise(int ink) {
    return noise[ink].clone();
  }
}
