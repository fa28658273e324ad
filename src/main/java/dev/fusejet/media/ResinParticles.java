package dev.fusejet.media;

/**
 * Thermoplastic resin fine particles of the surface layer, which sinter in the nip.
 *
 * @param polymer polymer name, e.g. {@code styrene-acrylic}
 * @param glassTransition glass transition temperature Tg (°C)
 * @param meanDiameter mean particle diameter (m)
 */
public record ResinParticles(String polymer, double glassTransition, double meanDiameter) {}
