package dev.fusejet.media;

/**
 * The lower part of the ink-receiving layer, which takes up the ink's liquid.
 *
 * @param particles kind of inorganic fine particles
 * @param particleMeanDiameter mean diameter of the particles, secondary (aggregate) size (m)
 * @param binder binder name, e.g. {@code PVA}
 * @param thickness total thickness of the layer (m)
 * @param porosity void fraction of this layer alone (1)
 */
public record SolventAbsorbingLayer(
    InorganicParticleKind particles,
    double particleMeanDiameter,
    String binder,
    double thickness,
    double porosity) {}
