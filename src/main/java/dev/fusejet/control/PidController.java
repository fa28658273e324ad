package dev.fusejet.control;

import dev.fusejet.apparatus.PidGains;

/**
 * PID as Klipper's {@code ControlPID}: derivative on the measurement (no kick on a set-point
 * change), smoothed over {@link #SMOOTH_TIME}; the integral only accumulates while the output is
 * not saturated (conditional integration) and is clamped to [0, 1/Ki]; the output is clamped to [0,
 * 1].
 */
final class PidController implements Controller {

  /** Smoothing time of the derivative (s) [Klipper smooth_time default 1 s]. */
  static final double SMOOTH_TIME = 1.0;

  private final double kp;
  private final double ki;
  private final double kd;
  private double prevTime = Double.NaN;
  private double prevTemp;
  private double deriv;
  private double integral;

  PidController(PidGains g) {
    this.kp = g.kp();
    this.ki = g.ki();
    this.kd = g.kd();
  }

  private PidController(PidController o) {
    this.kp = o.kp;
    this.ki = o.ki;
    this.kd = o.kd;
    this.prevTime = o.prevTime;
    this.prevTemp = o.prevTemp;
    this.deriv = o.deriv;
    this.integral = o.integral;
  }

  @Override
  public double update(double time, double reading, double target, double load) {
    if (target <= 0) {
      prevTime = Double.NaN;
      integral = 0;
      return 0;
    }
    double dt = Double.isNaN(prevTime) ? 0 : time - prevTime;
    if (Double.isNaN(prevTime)) {
      prevTemp = reading;
      deriv = 0;
    } else if (dt > 0) {
      double d = (reading - prevTemp) / dt;
      double w = Math.min(1, dt / SMOOTH_TIME);
      deriv += (d - deriv) * w;
    }
    double err = target - reading;
    double next = integral + err * dt;
    if (ki > 0) {
      next = Math.max(0, Math.min(1 / ki, next));
    } else {
      next = 0;
    }
    double co = kp * err + ki * next - kd * deriv;
    double bounded = Math.max(0, Math.min(1, co));
    if (co == bounded) {
      integral = next;
    }
    prevTime = time;
    prevTemp = reading;
    return bounded;
  }

  @Override
  public Controller copy() {
    return new PidController(this);
  }

  @Override
  public String name() {
    return "pid";
  }
}
