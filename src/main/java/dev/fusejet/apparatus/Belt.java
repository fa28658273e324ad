package dev.fusejet.apparatus;

/**
 * An endless belt around the heat roller, which then touches the image side instead of the roller.
 *
 * @param baseMaterial base film, e.g. {@code polyimide}
 * @param thickness total belt thickness (m)
 * @param surface release surface material
 * @param surfaceRoughness Ra of the belt surface (m)
 * @param nipLength length of the pressed wrap along the paper path (m)
 */
public record Belt(
    String baseMaterial,
    double thickness,
    SurfaceMaterial surface,
    double surfaceRoughness,
    double nipLength) {}
