package dev.fusejet.twin;

import dev.fusejet.units.Units;

/**
 * Properties of water vapour and evaporation.
 *
 * <ul>
 *   <li>Saturation pressure: Antoine equation log10(p/mmHg) = A - B/(C + T), A 8.07131, B 1730.63,
 *       C 233.426 for 1-100 °C and A 8.14019, B 1810.94, C 244.485 for 99-374 °C [T, standard
 *       Antoine constants for water]; reproduces the steam table 101 / 199 / 476 kPa at 100 / 120 /
 *       150 °C within 1 % (physics reference 5.5, checked by a test).
 *   <li>Latent heat: h_fg = 2501 - 2.37 T kJ/kg [D: linear through the steam table, 2442 at 25 °C,
 *       2257 at 100 °C, physics 5.4].
 * </ul>
 */
final class WaterVapour {
  private WaterVapour() {}

  /** Molar mass of water (kg/mol). */
  static final double MOLAR_MASS = 0.018015;

  /** Gas constant (J/(mol·K)), exact SI value. */
  static final double GAS_CONSTANT = 8.314462618;

  /** Saturation pressure of water (Pa) at {@code t} (°C). */
  static double saturationPressure(double t) {
    double mmHg =
        t < 100
            ? Math.pow(10, 8.07131 - 1730.63 / (233.426 + t))
            : Math.pow(10, 8.14019 - 1810.94 / (244.485 + t));
    return mmHg * 133.322;
  }

  /** Saturation vapour density (kg/m³) at {@code t} (°C), ideal gas. */
  static double saturationDensity(double t) {
    return saturationPressure(t) * MOLAR_MASS / (GAS_CONSTANT * (t + Units.ZERO_CELSIUS_IN_KELVIN));
  }

  /** Latent heat of vaporisation (J/kg) at {@code t} (°C). */
  static double latentHeat(double t) {
    return (2501 - 2.37 * t) * 1e3;
  }
}
