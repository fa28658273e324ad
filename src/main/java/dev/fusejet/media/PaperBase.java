package dev.fusejet.media;

/**
 * The paper core of the support.
 *
 * @param thickness thickness (m)
 * @param density apparent density (kg/m³)
 */
public record PaperBase(double thickness, double density) {

  /** Basis weight (kg/m²): density times thickness. */
  public double basisWeight() {
    return density * thickness;
  }
}
