package dev.fusejet.twin;

/**
 * Landauer / Bruggeman effective-medium theory for randomly mixed phases: Σ φ_j (k_j - k) / (k_j +
 * 2k) = 0 (physics reference 1.2; Wang, Carson, North and Cleland, Int. J. Heat Mass Transfer 49
 * (2006) 3075). For particle-packed ("external porosity") coatings the reference recommends EMT or
 * below, not Maxwell-Eucken. Solved by Newton's method safeguarded with bisection, which is safe
 * because the left side decreases monotonically in k.
 */
final class EffectiveMedium implements ConductivityModel {

  @Override
  public double conductivity(double[] fractions, double[] conductivities) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    double logMean = 0;
    for (int j = 0; j < fractions.length; j++) {
      if (fractions[j] > 0) {
        lo = Math.min(lo, conductivities[j]);
        hi = Math.max(hi, conductivities[j]);
        logMean += fractions[j] * Math.log(conductivities[j]);
      }
    }
    if (lo == hi) {
      return lo;
    }
    // Newton from the geometric mean, kept inside the shrinking bracket [lo, hi] by bisection
    double k = Math.exp(logMean);
    for (int it = 0; it < 100; it++) {
      double f = 0;
      double df = 0;
      for (int j = 0; j < fractions.length; j++) {
        double kj = conductivities[j];
        double d = kj + 2 * k;
        f += fractions[j] * (kj - k) / d;
        df -= fractions[j] * 3 * kj / (d * d);
      }
      if (f > 0) {
        lo = k;
      } else {
        hi = k;
      }
      double next = k - f / df;
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - k) <= 1e-13 * k || hi - lo <= 1e-13 * k) {
        return next;
      }
      k = next;
    }
    return k;
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
