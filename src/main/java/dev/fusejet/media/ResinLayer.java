package dev.fusejet.media;

/**
 * A non-solvent-permeable resin layer extruded onto the paper support.
 *
 * @param polymer the polymer family
 * @param thickness layer thickness (m)
 * @param meltingTemperature melting temperature T_M of the layer (°C), the DSC peak
 */
public record ResinLayer(PolymerFamily polymer, double thickness, double meltingTemperature) {}
