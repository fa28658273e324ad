package dev.fusejet.twin.heat;

/**
 * Closed-form solutions used as references (Carslaw and Jaeger, Conduction of Heat in Solids, 2nd
 * ed. 1959; Incropera and DeWitt ch. 3, 5; Crank, Free and Moving Boundary Problems, 1984), and the
 * error function they need, written independently of the solver.
 */
final class Analytic {
  private Analytic() {}

  /** erfc(x) to about 1e-14 absolute: Taylor series below 2.5, continued fraction above. */
  static double erfc(double x) {
    if (x < 0) {
      return 2 - erfc(-x);
    }
    if (x < 2.5) {
      double sum = 0;
      double term = x;
      for (int n = 0; n < 200; n++) {
        double add = term / (2 * n + 1);
        sum += add;
        if (Math.abs(add) < 1e-17) {
          break;
        }
        term *= -x * x / (n + 1);
      }
      return 1 - 2 / Math.sqrt(Math.PI) * sum;
    }
    // Lentz continued fraction: erfc(x) = exp(-x²)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...
    double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0;
    for (int i = 1; i < 500; i++) {
      double a = i / 2.0;
      d = x + a * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = x + a / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
  }

  static double erf(double x) {
    return 1 - erfc(x);
  }

  /** Semi-infinite solid, surface stepped from ti to ts (°C): T at depth x (m), time t (s). */
  static double stepSurface(double ti, double ts, double alpha, double x, double t) {
    return ts + (ti - ts) * erf(x / (2 * Math.sqrt(alpha * t)));
  }

  /** Semi-infinite solid with a Robin surface (h, tInf) (Incropera eq. 5.60). */
  static double robin(
      double ti, double tInf, double k, double alpha, double h, double x, double t) {
    double eta = x / (2 * Math.sqrt(alpha * t));
    double b = h * Math.sqrt(alpha * t) / k;
    // exp(a) erfc(eta + b) computed in a stable way for large arguments
    double a = h * x / k + b * b;
    double second = Math.exp(a - (eta + b) * (eta + b)) * scaledErfc(eta + b);
    return ti + (tInf - ti) * (erfc(eta) - second);
  }

  /** exp(z²) erfc(z). */
  static double scaledErfc(double z) {
    if (z < 2.5) {
      return Math.exp(z * z) * erfc(z);
    }
    return erfc(z) * Math.exp(z * z); // continued fraction already holds exp(-z²); stays finite
  }

  /** Finite slab [0, L], insulated at 0, surface at L stepped from ti to ts. */
  static double slab(double ti, double ts, double alpha, double length, double x, double t) {
    double sum = 0;
    for (int m = 0; m < 2000; m++) {
      double lam = (2 * m + 1) * Math.PI / (2 * length);
      double term =
          4
              * (m % 2 == 0 ? 1 : -1)
              / ((2 * m + 1) * Math.PI)
              * Math.cos(lam * x)
              * Math.exp(-lam * lam * alpha * t);
      sum += term;
      if (Math.abs(term) < 1e-16 && m > 5) {
        break;
      }
    }
    return ts + (ti - ts) * sum;
  }

  /** Neumann's root λ of the two-phase melting problem, by bisection. */
  static double neumannLambda(
      double kl,
      double ks,
      double al,
      double as,
      double cl,
      double latent,
      double tm,
      double ti,
      double ts) {
    double ste = cl * (ts - tm) / latent;
    double nu = Math.sqrt(al / as);
    double lo = 1e-6;
    double hi = 5;
    for (int i = 0; i < 200; i++) {
      double lam = 0.5 * (lo + hi);
      double f =
          Math.exp(-lam * lam) / erf(lam)
              - ks
                  * Math.sqrt(al)
                  * (tm - ti)
                  / (kl * Math.sqrt(as) * (ts - tm))
                  * Math.exp(-nu * nu * lam * lam)
                  / erfc(nu * lam)
              - lam * Math.sqrt(Math.PI) / ste;
      if (f > 0) {
        lo = lam;
      } else {
        hi = lam;
      }
    }
    return 0.5 * (lo + hi);
  }
}
