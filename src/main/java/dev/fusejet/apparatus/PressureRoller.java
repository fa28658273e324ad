package dev.fusejet.apparatus;

/**
 * The pressure (backup) roller.
 *
 * @param radius outer radius (m)
 * @param rubberMaterial rubber of the cover, e.g. {@code silicone sponge}
 * @param rubberThickness cover thickness (m)
 * @param rubberHardness cover hardness (Shore A)
 */
public record PressureRoller(
    double radius, String rubberMaterial, double rubberThickness, double rubberHardness) {}
