package dev.fusejet.twin;

/** Specular gloss of a surface from its band-limited roughness. */
interface GlossModel {
  /**
   * Specular gloss (GU, gloss units) at incidence {@code angleDegrees} (degrees from the normal)
   * for band-limited rms roughness {@code sigma} (m).
   */
  double gloss(double angleDegrees, double sigma);
}
