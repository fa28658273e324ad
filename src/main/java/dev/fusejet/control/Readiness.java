package dev.fusejet.control;

/**
 * Klipper's temperature wait: ready when the reading is within {@code band} of the target and its
 * slope, fitted by least squares over the last {@link #WINDOW} s, is below {@code rate}.
 */
final class Readiness {
  /** Window of the slope fit (s). */
  static final double WINDOW = 10;

  /** Window for the on/off controller, whose limit cycle lasts 10-20 s (s). */
  static final double ONOFF_WINDOW = 30;

  private final double band;
  private final double rate;
  private final double[] t;
  private final double[] y;
  private int n;
  private int head;

  Readiness(double band, double rate, double period, double window) {
    this.band = band;
    this.rate = rate;
    int size = Math.max(4, (int) Math.ceil(window / period));
    t = new double[size];
    y = new double[size];
  }

  void add(double time, double reading) {
    if (Double.isNaN(reading)) {
      return;
    }
    t[head] = time;
    y[head] = reading;
    head = (head + 1) % t.length;
    n = Math.min(n + 1, t.length);
  }

  void clear() {
    n = 0;
    head = 0;
  }

  /** Least-squares slope of the window (K/s), NaN when not full. */
  double slope() {
    if (n < t.length) {
      return Double.NaN;
    }
    double mt = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mt += t[i];
      my += y[i];
    }
    mt /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (t[i] - mt) * (y[i] - my);
      sxx += (t[i] - mt) * (t[i] - mt);
    }
    return sxx > 0 ? sxy / sxx : 0;
  }

  /** Mean of the window (°C), NaN when empty. */
  double mean() {
    if (n == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += y[i];
    }
    return s / n;
  }

  boolean ready(double target) {
    double s = slope();
    return target > 0
        && !Double.isNaN(s)
        && Math.abs(mean() - target) <= band
        && Math.abs(s) <= rate;
  }
}
