package dev.fusejet.twin;

import dev.fusejet.units.Units;

/**
 * Williams-Landel-Ferry viscosity referenced to Tg (Williams, Landel and Ferry, J. Am. Chem. Soc.
 * 77 (1955) 3701; IUPAC Gold Book; physics reference 3.4): log10(η/η_g) = -C1 (T - Tg) / (C2 + T -
 * Tg) with the "universal" C1 = 17.44, C2 = 51.6 K [T Ferry] and η_g = η(Tg) = 1e12 Pa·s [T]. Not
 * valid below Tg (glassy: no flow, fluidity 0). Above Tg + 100 K it continues as an Arrhenius law
 * matched in value and slope at the switch [T: WLF is valid to about Tg + 100 K].
 */
final class WlfViscosity implements ViscosityModel {

  /** WLF C1 (1) [T Ferry, universal constants]. */
  static final double C1 = 17.44;

  /** WLF C2 (K) [T Ferry]. */
  static final double C2 = 51.6;

  /** Viscosity at the glass transition (Pa·s) [T conventional, Angell 1995]. */
  static final double ETA_G = 1e12;

  /** Excess over Tg beyond which the Arrhenius continuation is used (K) [T]. */
  static final double WLF_RANGE = 100;

  private final double tg;
  private final double etaG;
  private final double c1;
  private final double c2;
  private final double log10EtaSwitch;
  private final double arrheniusB;
  private final double switchKelvin;

  /** WLF for glass transition {@code tg} (°C) with the universal constants. */
  WlfViscosity(double tg) {
    this(tg, ETA_G);
  }

  /** WLF for glass transition {@code tg} (°C) and η(Tg) = {@code etaG} (Pa·s). */
  WlfViscosity(double tg, double etaG) {
    this(tg, etaG, C1, C2);
  }

  /**
   * WLF for glass transition {@code tg} (°C), η(Tg) = {@code etaG} (Pa·s) and the constants {@code
   * c1} (1), {@code c2} (K) referenced to Tg.
   */
  WlfViscosity(double tg, double etaG, double c1, double c2) {
    this.tg = tg;
    this.etaG = etaG;
    this.c1 = c1;
    this.c2 = c2;
    log10EtaSwitch = Math.log10(etaG) - c1 * WLF_RANGE / (c2 + WLF_RANGE);
    switchKelvin = tg + WLF_RANGE + Units.ZERO_CELSIUS_IN_KELVIN;
    double slope = c1 * c2 / ((c2 + WLF_RANGE) * (c2 + WLF_RANGE)); // -d log10 η / dT (1/K)
    arrheniusB = slope * switchKelvin * switchKelvin; // log10 η = A + B / T_K
  }

  /** Viscosity (Pa·s) at {@code temperature} (°C); +∞ below Tg. */
  double viscosity(double temperature) {
    double f = fluidity(temperature);
    return f == 0 ? Double.POSITIVE_INFINITY : 1 / f;
  }

  @Override
  public double fluidity(double temperature) {
    double dt = temperature - tg;
    if (!(dt > 0)) {
      return 0;
    }
    double log10Eta;
    if (dt <= WLF_RANGE) {
      log10Eta = Math.log10(etaG) - c1 * dt / (c2 + dt);
    } else {
      double tk = temperature + Units.ZERO_CELSIUS_IN_KELVIN;
      log10Eta = log10EtaSwitch + arrheniusB * (1 / tk - 1 / switchKelvin);
    }
    return Math.pow(10, -log10Eta);
  }
}
