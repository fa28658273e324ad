package dev.fusejet.twin;

/**
 * Landauer / Bruggeman effective-medium theory for randomly mixed phases: Σ φ_j (k_j - k) / (k_j +
 * 2k) = 0 (physics reference 1.2; Wang, Carson, North and Cleland, Int. J. Heat Mass Transfer 49
 * (2006) 3075). For particle-packed ("external porosity") coatings the reference recommends EMT or
 * below, not Maxwell-Eucken. Solved by bisection on log k, which is safe because the left side
 * decreases monotonically in k.
 */
final class EffectiveMedium implements ConductivityModel {

  @Override
  public double conductivity(double[] fractions, double[] conductivities) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (int j = 0; j < fractions.length; j++) {
      if (fractions[j] > 0) {
        lo = Math.min(lo, conductivities[j]);
        hi = Math.max(hi, conductivities[j]);
      }
    }
    if (lo == hi) {
      return lo;
    }
    double a = Math.log(lo);
    double b = Math.log(hi);
    for (int it = 0; it < 60; it++) {
      double m = 0.5 * (a + b);
      double k = Math.exp(m);
      double f = 0;
      for (int j = 0; j < fractions.length; j++) {
        f += fractions[j] * (conductivities[j] - k) / (conductivities[j] + 2 * k);
      }
      if (f > 0) {
        a = m;
      } else {
        b = m;
      }
    }
    return Math.exp(0.5 * (a + b));
  }

  /**
   * Skeleton conductivity (W/(m·K)) that makes a two-phase solid/air layer of porosity {@code
   * porosity} conduct {@code target} (W/(m·K)): EMT solved for k_s in closed form.
   */
  static double calibrateSkeleton(double target, double porosity, double fluidK) {
    // (1-ε)(ks - k)/(ks + 2k) = -ε(kf - k)/(kf + 2k) =: r  ->  ks = k (1 + 2r/(1-ε)) / (1 -
    // r/(1-ε))
    double r = -porosity * (fluidK - target) / (fluidK + 2 * target);
    double q = r / (1 - porosity);
    return target * (1 + 2 * q) / (1 - q);
  }
}
