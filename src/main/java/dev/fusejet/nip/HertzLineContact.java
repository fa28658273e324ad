package dev.fusejet.nip;

/**
 * Hertz line contact of two parallel elastic cylinders (K.L. Johnson, Contact Mechanics, CUP 1985,
 * ch. 4; physics reference 2.1): 1/R = 1/R1 + 1/R2, 1/E* = (1-ν1²)/E1 + (1-ν2²)/E2, half-width a =
 * sqrt(4 P R / (π E*)), peak pressure p0 = 2P/(π a), elliptic profile p0 sqrt(1 - x²/a²), mean
 * P/(2a) = π p0 / 4. Assumes each body is an elastic half-space (cover thickness much greater than
 * a).
 */
final class HertzLineContact {
  private HertzLineContact() {}

  /** Effective radius R (m) of two cylinders of radii r1, r2 (m). */
  static double effectiveRadius(double r1, double r2) {
    return 1 / (1 / r1 + 1 / r2);
  }

  /**
   * Contact modulus E* (Pa) of two bodies with Young's moduli e1, e2 (Pa; infinity for rigid) and
   * Poisson ratios nu1, nu2 (1).
   */
  static double contactModulus(double e1, double nu1, double e2, double nu2) {
    return 1 / ((1 - nu1 * nu1) / e1 + (1 - nu2 * nu2) / e2);
  }

  /** Half-width a (m) for line load p (N/m), effective radius r (m), contact modulus eStar (Pa). */
  static double halfWidth(double p, double r, double eStar) {
    return Math.sqrt(4 * p * r / (Math.PI * eStar));
  }
}
