package dev.fusejet.apparatus;

/**
 * PID gains in the industrial (ISA) form the apparatus file uses: the heater duty is {@code u = (e
 * + ∫e dt / Ti − Td dT/dt) / band}, e the error (K). The form needs no unit of "duty per kelvin":
 * the proportional band is the error that alone would give full power.
 *
 * @param band proportional band (K): error at which the proportional term alone reaches 100 %
 * @param integralTime integral (reset) time Ti (s); +∞ switches the integral off
 * @param derivativeTime derivative (rate) time Td (s), acting on the measurement; 0 switches it off
 */
public record PidGains(double band, double integralTime, double derivativeTime) {

  /** Proportional gain Kp (duty fraction per K). */
  public double kp() {
    return 1 / band;
  }

  /** Integral gain Ki (duty fraction per K·s). */
  public double ki() {
    return Double.isInfinite(integralTime) ? 0 : 1 / (band * integralTime);
  }

  /** Derivative gain Kd (duty fraction per K/s). */
  public double kd() {
    return derivativeTime / band;
  }

  /** The gains with Kp (1/K), Ki (1/(K·s)) and Kd (s/K). */
  public static PidGains ofGains(double kp, double ki, double kd) {
    return new PidGains(1 / kp, ki > 0 ? kp / ki : Double.POSITIVE_INFINITY, kd / kp);
  }
}
