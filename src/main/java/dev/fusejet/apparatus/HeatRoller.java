package dev.fusejet.apparatus;

/**
 * The heated roller.
 *
 * @param radius outer radius (m)
 * @param coreMaterial core material, e.g. {@code aluminium}
 * @param coreWall wall thickness of the hollow core (m)
 * @param elasticThickness thickness of the silicone-rubber elastic layer (m), 0 if none
 * @param elasticHardness hardness of the elastic layer (Shore A)
 * @param surface release surface material
 * @param surfaceThickness thickness of the release surface layer (m)
 * @param surfaceRoughness arithmetic mean roughness Ra of the surface (m)
 * @param length face length of the roller (m)
 */
public record HeatRoller(
    double radius,
    String coreMaterial,
    double coreWall,
    double elasticThickness,
    double elasticHardness,
    SurfaceMaterial surface,
    double surfaceThickness,
    double surfaceRoughness,
    double length) {}
