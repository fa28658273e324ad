package dev.fusejet.control;

import dev.fusejet.apparatus.HeaterControl;
import java.util.SplittableRandom;

/**
 * The surface sensor: a first-order lag of the surface temperature (time constant from the
 * apparatus sensor), Gaussian noise, conversion to steps of the converter's resolution, clipped at
 * its rails. Faults change what it reports: detached (its body cools to ambient with the
 * non-contact time constant), stuck (repeats its last reading), shorted (the high rail) or silent
 * (no new reading) or reads low (a steady offset).
 */
final class Thermistor {

  /** Time constant of a detached sensor body cooling in air (s) [E, physics 7.2: 5 s]. */
  static final double DETACHED_TIME_CONSTANT = 5;

  private final double tau;
  private final double noise;
  private final double step;
  private final double low;
  private final double high;
  private final double ambient;
  private final SplittableRandom random;
  private double body;
  private double last = Double.NaN;
  private boolean detached;
  private boolean stuck;
  private boolean shorted;
  private boolean silent;
  private boolean readsLow;

  Thermistor(HeaterControl hc, double timeConstant, double initial, long seed) {
    this.tau = timeConstant;
    this.noise = hc.sensorNoise();
    this.step = hc.adcStep();
    this.low = hc.sensorLow();
    this.high = hc.sensorHigh();
    this.ambient = hc.ambient();
    this.random = new SplittableRandom(seed);
    this.body = initial;
  }

  /**
   * Advances the sensor body by {@code dt} (s) toward {@code surface} (°C) and returns its reading
   * (°C), or NaN when it is silent.
   */
  double read(double dt, double surface) {
    double toward = detached ? ambient : surface;
    double t = detached ? DETACHED_TIME_CONSTANT : tau;
    body += (toward - body) * (t > 0 ? 1 - Math.exp(-dt / t) : 1);
    if (silent) {
      return Double.NaN;
    }
    if (stuck && !Double.isNaN(last)) {
      return last;
    }
    double v =
        shorted
            ? high
            : body - (readsLow ? PlantFault.READS_LOW_OFFSET : 0) + noise * random.nextGaussian();
    if (step > 0) {
      v = Math.rint(v / step) * step;
    }
    v = Math.max(low, Math.min(high, v));
    last = v;
    return v;
  }

  /** Whether {@code reading} (°C) sits at a rail of the converter. */
  boolean atRail(double reading) {
    return reading <= low || reading >= high;
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  void setDetached(boolean v) {
    detached = v;
  }

  void setStuck(boolean v) {
    stuck = v;
  }

  void setShorted(boolean v) {
    shorted = v;
  }

  void setSilent(boolean v) {
    silent = v;
  }

  void setReadsLow(boolean v) {
    readsLow = v;
  }
}
