package dev.fusejet.nip;

/**
 * A thin elastomer layer of thickness h bonded to a rigid core and pressed by a rigid cylinder of
 * effective radius R; asymptotes for h much smaller than the half-width a (physics reference 2.2,
 * derived there, consistent with Johnson 1985 §5.9). Several layers in series (both roller covers)
 * are combined exactly in each form: Winkler compliances h/K add, and so do h³/G for the
 * incompressible squeeze-flow law.
 *
 * <ul>
 *   <li>Compressible (Winkler): constrained modulus K = 2G(1-ν)/(1-2ν), p = K w/h, a = (3 P R h /
 *       (2K))^(1/3), p(x) = (K/(2Rh))(a² - x²), p_max = 3P/(4a).
 *   <li>Incompressible, no slip at both faces: p(x) = (G/(2Rh³))(a² - x²)², a = (15 P R h³ /
 *       (8G))^(1/5), p_max = G a⁴/(2 R h³) = 15 P / (16 a).
 * </ul>
 */
final class ThinLayerContact {
  private ThinLayerContact() {}

  /**
   * Half-width a (m) of a compressible layer: line load p (N/m), radius r (m), compliance sum h/K
   * (m/Pa).
   */
  static double compressibleHalfWidth(double p, double r, double hOverK) {
    return Math.cbrt(1.5 * p * r * hOverK);
  }

  /**
   * Half-width a (m) of an incompressible no-slip layer: line load p (N/m), radius r (m), sum of
   * h³/G (m³/Pa).
   */
  static double incompressibleHalfWidth(double p, double r, double h3OverG) {
    return Math.pow(15 * p * r * h3OverG / 8, 0.2);
  }

  /** Constrained (oedometric) modulus K (Pa) from Young's modulus e (Pa) and Poisson ratio nu. */
  static double constrainedModulus(double e, double nu) {
    double g = e / (2 * (1 + nu));
    return 2 * g * (1 - nu) / (1 - 2 * nu);
  }
}
