package dev.fusejet.nip;

/**
 * Normalised pressure profile shapes across the nip, u = x/a in [-1, 1], value p/p_peak (1). The
 * ratio mean/peak is the integral of the shape over u in [-1, 1] divided by 2.
 */
public enum ProfileShape {
  /** Hertz: sqrt(1 - u²), mean/peak = π/4. */
  ELLIPTIC(Math.PI / 4),
  /** Winkler layer: 1 - u², mean/peak = 2/3. */
  PARABOLIC(2.0 / 3.0),
  /** Incompressible layer: (1 - u²)², mean/peak = 8/15. */
  QUARTIC(8.0 / 15.0),
  /** Belt / pad: 1, mean/peak = 1. */
  UNIFORM(1.0);

  private final double meanToPeak;

  ProfileShape(double meanToPeak) {
    this.meanToPeak = meanToPeak;
  }

  /** Ratio of mean to peak pressure (1). */
  public double meanToPeak() {
    return meanToPeak;
  }

  /** p/p_peak (1) at u = x/a; 0 outside |u| < 1. */
  public double at(double u) {
    if (!(Math.abs(u) < 1)) {
      return 0;
    }
    double s = 1 - u * u;
    return switch (this) {
      case ELLIPTIC -> Math.sqrt(s);
      case PARABOLIC -> s;
      case QUARTIC -> s * s;
      case UNIFORM -> 1;
    };
  }
}
