package dev.fusejet.media;

/** Inorganic fine particles used in the solvent-absorbing layer and as surface-layer pigment. */
public enum InorganicParticleKind {
  /** Fumed (vapour-phase) silica, aggregates of 7-40 nm primaries. */
  FUMED_SILICA,
  /** Colloidal silica. */
  COLLOIDAL_SILICA,
  /** Precipitated or gel silica. */
  PRECIPITATED_SILICA,
  /** Fumed alumina. */
  ALUMINA,
  /** Alumina hydrate (boehmite / pseudo-boehmite). */
  ALUMINA_HYDRATE,
  /** Calcium carbonate. */
  CALCIUM_CARBONATE
}
