package dev.fusejet.twin;

/**
 * Viscous sintering of the surface layer's resin particles.
 *
 * <ul>
 *   <li>Neck growth, Frenkel-Eshelby in integral form for a varying temperature (Frenkel, J. Phys.
 *       USSR 9 (1945) 385; Pokluda, Bellehumeur and Vlachopoulos, AIChE J. 43 (1997) 3253; physics
 *       reference 3.1): (x/a)² = (3γ / (2a)) ∫ dt / η(T(t)).
 *   <li>Pressure-assisted densification, Mackenzie-Shuttleworth hollow-sphere form (Proc. Phys.
 *       Soc. B 62 (1949) 833; pressure term derived in physics reference 3.2): dρ/dt = (3 / (4η))
 *       (1 - ρ) [P_a - P_g + 2γ/r], pore radius r = (3/(4πn))^(1/3) ((1-ρ)/ρ)^(1/3), with one pore
 *       per particle, n = 3/(4πa³), so r = a ((1-ρ)/ρ)^(1/3) [E].
 * </ul>
 */
final class Sintering {
  private Sintering() {}

  /**
   * Squared neck ratio (x/a)² (1) after accumulating {@code fluidityIntegral} = ∫ dt/η (1/Pa), for
   * particle radius {@code radius} (m) and surface tension {@code gamma} (N/m).
   */
  static double neckSquared(double fluidityIntegral, double gamma, double radius) {
    return 1.5 * gamma / radius * fluidityIntegral;
  }

  /**
   * Densification rate dρ/dt (1/s) of relative density {@code rho} (1) at fluidity {@code fluidity}
   * = 1/η (1/(Pa·s)), applied pressure {@code pressure} (Pa, minus pore-gas pressure), particle
   * radius {@code radius} (m), surface tension {@code gamma} (N/m).
   */
  static double densificationRate(
      double rho, double fluidity, double pressure, double radius, double gamma) {
    if (rho >= 1 || fluidity == 0) {
      return 0;
    }
    double r = radius * Math.cbrt((1 - rho) / rho);
    return 0.75 * fluidity * (1 - rho) * (pressure + 2 * gamma / r);
  }

  /**
   * The original closed-pore Mackenzie-Shuttleworth rate (1/s): (3γ/(2η)) (4πn/3)^(1/3) (1-ρ)^(2/3)
   * ρ^(1/3), n pores per unit solid volume (1/m³). Used to check {@link #densificationRate} at zero
   * applied pressure.
   */
  static double mackenzieShuttleworthRate(double rho, double fluidity, double n, double gamma) {
    return 1.5
        * gamma
        * fluidity
        * Math.cbrt(4 * Math.PI * n / 3)
        * Math.pow(1 - rho, 2.0 / 3)
        * Math.cbrt(rho);
  }

  /**
   * Advances relative density {@code rho} over {@code dt} (s) at constant conditions with explicit
   * midpoint sub-steps that change ρ by at most 0.01 each; never exceeds 1.
   */
  static double densify(
      double rho, double dt, double fluidity, double pressure, double radius, double gamma) {
    double remaining = dt;
    double p = rho;
    int guard = 0;
    while (remaining > 0 && p < 1 && guard++ < 10_000) {
      double r1 = densificationRate(p, fluidity, pressure, radius, gamma);
      if (r1 <= 0) {
        break;
      }
      double h = Math.min(remaining, 0.01 / r1);
      double mid = Math.min(p + 0.5 * h * r1, 1 - 1e-12);
      double r2 = densificationRate(mid, fluidity, pressure, radius, gamma);
      p = Math.min(p + h * r2, 1.0);
      remaining -= h;
    }
    return p;
  }
}
