package dev.fusejet.media;

import dev.fusejet.units.Units;

/**
 * The ranges within which the fusing design is claimed to work, for the medium. Source: the design
 * statement of the heating-and-pressing fusing process (see docs/media-format.md), all bounds
 * inclusive.
 *
 * <p>The resin-particle diameter is stated in the source as 50-500 "µm", which cannot fit in a 3-10
 * µm surface layer; fusejet reads it as 50-500 nm (reasoning in docs/media-format.md).
 */
public final class DesignRanges {
  /** Surface layer thickness, lower bound (m). */
  public static final double SURFACE_THICKNESS_MIN = 3 * Units.MICROMETRE;

  /** Surface layer thickness, upper bound (m). */
  public static final double SURFACE_THICKNESS_MAX = 10 * Units.MICROMETRE;

  /** Solvent-absorbing layer total thickness, lower bound (m). */
  public static final double ABSORBING_THICKNESS_MIN = 25 * Units.MICROMETRE;

  /** Solvent-absorbing layer total thickness, upper bound (m). */
  public static final double ABSORBING_THICKNESS_MAX = 40 * Units.MICROMETRE;

  /** Weight ratio inorganic pigment / resin particles, lower bound (1): 3/7. */
  public static final double PIGMENT_TO_RESIN_MIN = 3.0 / 7.0;

  /** Weight ratio inorganic pigment / resin particles, upper bound (1): 7/3. */
  public static final double PIGMENT_TO_RESIN_MAX = 7.0 / 3.0;

  /** Porosity of the whole ink-receiving layer, lower bound (1). */
  public static final double POROSITY_MIN = 0.30;

  /** Porosity of the whole ink-receiving layer, upper bound (1). */
  public static final double POROSITY_MAX = 0.70;

  /** Melting temperature of the resin layer, lower bound (°C). */
  public static final double MELTING_MIN = 100;

  /** Melting temperature of the resin layer, upper bound (°C). */
  public static final double MELTING_MAX = 180;

  /** Glass transition of the resin particles, lower bound (°C). */
  public static final double GLASS_TRANSITION_MIN = 50;

  /** Glass transition of the resin particles, upper bound (°C). */
  public static final double GLASS_TRANSITION_MAX = 180;

  /** Mean diameter of the resin particles, lower bound (m). */
  public static final double PARTICLE_DIAMETER_MIN = 50 * Units.NANOMETRE;

  /** Mean diameter of the resin particles, upper bound (m). */
  public static final double PARTICLE_DIAMETER_MAX = 500 * Units.NANOMETRE;

  private DesignRanges() {}
}
