package dev.fusejet.media;

/**
 * The upper part of the ink-receiving layer: thermoplastic resin particles with an inorganic
 * pigment and a binder. It lets ink through when printed and sinters to a glossy film in the nip.
 *
 * @param resin the resin particles, or null when missing (which is an error)
 * @param pigment kind of inorganic pigment
 * @param pigmentMeanDiameter mean diameter of the pigment particles (m)
 * @param binder binder name
 * @param pigmentToResinRatio weight ratio inorganic pigment / resin particles (1)
 * @param thickness layer thickness (m)
 */
public record SurfaceLayer(
    ResinParticles resin,
    InorganicParticleKind pigment,
    double pigmentMeanDiameter,
    String binder,
    double pigmentToResinRatio,
    double thickness) {

  /** Mass fraction of resin particles among resin + pigment (1). */
  public double resinFraction() {
    return 1.0 / (1.0 + pigmentToResinRatio);
  }
}
