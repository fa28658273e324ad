package dev.fusejet.media;

/**
 * How the medium looks and takes ink, for the printed-sheet model (docs/colour.md): the paper
 * white, the Yule-Nielsen n of its optical dot gain and the spread of a drop into a dot.
 *
 * @param whiteLightness L* of the unprinted medium (D50, 2°, 45/0, white backing; 0..100)
 * @param whiteA a* of the unprinted medium
 * @param whiteB b* of the unprinted medium
 * @param yuleNielsenN Yule-Nielsen n (1, from 1: no light scattering under the dots, to about 10)
 * @param dotSpread diameter of a dot on the medium over the diameter of the drop that made it (1)
 */
public record Optics(
    double whiteLightness, double whiteA, double whiteB, double yuleNielsenN, double dotSpread) {

  /** Range of the Yule-Nielsen n accepted (1). */
  public static final double N_MIN = 1.0;

  /** Upper end of the Yule-Nielsen n (1): beyond 10 the model is no longer sensitive to n. */
  public static final double N_MAX = 10.0;

  /** Smallest dot spread (1): a dot never covers less than its drop's cross-section. */
  public static final double SPREAD_MIN = 1.0;

  /** Largest dot spread (1) accepted; plain paper wicks to about 3. */
  public static final double SPREAD_MAX = 4.0;

  /**
   * A glossy microporous photo medium: white L* 95, a* 0, b* -2 (ISO 12647-2:2004 paper type 1, the
   * white of FOGRA39L); n 1.8 (below the 2.2 this project fits to FOGRA39's coated offset paper: a
   * microporous layer scatters less light sideways under the dots than coated paper's fibres;
   * photo-paper fits in the literature lie between 1.5 and 2); spread 2.0 (aqueous drops on coated
   * and microporous media spread to 1.5-2.5 times their diameter: H. R. Kang, "Water-based ink-jet
   * ink. III. Performance studies", J. Imaging Sci. 35 (1991) 195-201).
   */
  public static final Optics GLOSSY = new Optics(95, 0, -2, 1.8, 2.0);
}
