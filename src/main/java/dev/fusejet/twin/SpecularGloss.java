package dev.fusejet.twin;

/**
 * Gloss units by ISO 2813 / ASTM D523: the specular reflectance relative to black glass of
 * refractive index 1.567, which reads 100 GU at every geometry; Fresnel reflectance for unpolarised
 * light of the smooth surface times the Rayleigh/Davies attenuation exp[-(4πσ cosθ/λ)²] (Bennett
 * and Porteus, J. Opt. Soc. Am. 51 (1961) 123; physics reference 4.1-4.2).
 */
final class SpecularGloss implements GlossModel {

  /** Refractive index of the ISO 2813 primary standard at 587.6 nm (1) [S ISO 2813]. */
  static final double STANDARD_INDEX = 1.567;

  /** Wavelength for the roughness attenuation (m) [E: middle of the visible]. */
  static final double WAVELENGTH = 550e-9;

  private final double index;
  private final double wavelength;

  /** Surface of refractive index {@code index} (1), attenuation at {@code wavelength} (m). */
  SpecularGloss(double index, double wavelength) {
    this.index = index;
    this.wavelength = wavelength;
  }

  /** Unpolarised Fresnel reflectance (1) of a dielectric of index {@code n} at {@code deg}. */
  static double fresnel(double n, double deg) {
    double ti = Math.toRadians(deg);
    double ci = Math.cos(ti);
    double st = Math.sin(ti) / n;
    double ct = Math.sqrt(1 - st * st);
    double rs = (ci - n * ct) / (ci + n * ct);
    double rp = (n * ci - ct) / (n * ci + ct);
    return 0.5 * (rs * rs + rp * rp);
  }

  /** Rayleigh attenuation factor (1) for rms roughness {@code sigma} (m) at {@code deg}. */
  double attenuation(double deg, double sigma) {
    double x = 4 * Math.PI * sigma * Math.cos(Math.toRadians(deg)) / wavelength;
    return Math.exp(-x * x);
  }

  @Override
  public double gloss(double angleDegrees, double sigma) {
    return 100
        * fresnel(index, angleDegrees)
        / fresnel(STANDARD_INDEX, angleDegrees)
        * attenuation(angleDegrees, sigma);
  }
}
