package dev.fusejet.twin.heat;

import dev.fusejet.units.Units;

/**
 * A heat-exchange condition on a surface of the stack: convection with coefficient {@code h} to a
 * fluid at {@code ambient}, plus grey-body radiation of emissivity {@code emissivity} to
 * surroundings at the same temperature. {@code h = +∞} imposes the temperature (Dirichlet, applied
 * at the half-cell distance); {@code h = 0, emissivity = 0} is adiabatic.
 *
 * @param h convection (or contact) coefficient (W/(m²·K)), may be +∞
 * @param ambient fluid / surroundings / imposed temperature (°C)
 * @param emissivity total hemispherical emissivity (1)
 */
public record Surface(double h, double ambient, double emissivity) {

  /** Stefan-Boltzmann constant (W/(m²·K⁴)), CODATA 2018 exact value. */
  public static final double SIGMA = 5.670374419e-8;

  /** Zero of the Celsius scale (K). */
  static final double KELVIN = Units.ZERO_CELSIUS_IN_KELVIN;

  /** An adiabatic surface. */
  public static Surface adiabatic() {
    return new Surface(0, 0, 0);
  }

  /** An imposed temperature (°C). */
  public static Surface fixed(double temperature) {
    return new Surface(Double.POSITIVE_INFINITY, temperature, 0);
  }

  /** Convection only, h (W/(m²·K)) to a fluid at {@code ambient} (°C). */
  public static Surface convective(double h, double ambient) {
    return new Surface(h, ambient, 0);
  }

  /**
   * Effective heat-transfer coefficient (W/(m²·K)) at surface temperature {@code t} (°C): h plus
   * the secant radiation coefficient εσ(T² + T∞²)(T + T∞) in kelvin, so that the radiated flux is
   * exactly εσ(T⁴ - T∞⁴) when evaluated at T.
   */
  double effectiveH(double t) {
    if (emissivity == 0) {
      return h;
    }
    double tk = t + KELVIN;
    double ak = ambient + KELVIN;
    return h + emissivity * SIGMA * (tk * tk + ak * ak) * (tk + ak);
  }

  boolean isAdiabatic() {
    return h == 0 && emissivity == 0;
  }
}
