package dev.fusejet.nip;

import dev.fusejet.units.Units;

/**
 * Thermal contact conductance of two nominally flat rough surfaces pressed together in air
 * (W/(m²·K)): conduction through the elastically deformed asperity contacts plus conduction across
 * the rarefied-air gap between them.
 *
 * <ul>
 *   <li>Asperities, elastic (Mikic, Int. J. Heat Mass Transfer 17 (1974) 205; Yovanovich, IEEE
 *       Trans. Compon. Packag. Technol. 28 (2005) 182): h_s = 1.54 k_s (m/σ) (√2 P/(m E'))^0.94,
 *       with σ = √(σ₁² + σ₂²) the combined rms roughness, m the combined rms asperity slope, k_s =
 *       2k₁k₂/(k₁ + k₂) and 1/E' = (1 - ν₁²)/E₁ + (1 - ν₂²)/E₂.
 *   <li>Gap (Yovanovich 2005; Song and Yovanovich, J. Thermophys. Heat Transfer 1 (1987) 43): h_g =
 *       k_g/(Y + M), mean plane separation Y = √2 σ erfc⁻¹(2P/H_e) with the elastic microhardness
 *       H_e = E' m/√2 (Mikic 1974), gas rarefaction parameter M = ((2 - α)/α)(2γ/((γ + 1) Pr)) Λ.
 *   <li>Asperity slope from the roughness when not measured (Antonetti, Whittle and Simons, J.
 *       Electron. Packag. 115 (1993) 13, as quoted by Yovanovich 2005): m = 0.125 (σ/1 µm)^0.402.
 * </ul>
 *
 * Validity: the correlations were fitted for σ of 0.1-10 µm on metals; for the sub-100 nm polymer
 * surfaces of a fuser they are an extrapolation [E], which docs/twin.md states.
 */
public final class ContactConductance {
  private ContactConductance() {}

  /** Heat-capacity ratio of air (1) [T]. */
  static final double AIR_GAMMA = 1.4;

  /** Prandtl number of air (1) [T 0.69-0.71 at 25-200 °C]. */
  static final double AIR_PRANDTL = 0.70;

  /** Mean free path of air molecules at 15 °C and 101.325 kPa (m) [T 0.064 µm, Yovanovich 2005]. */
  static final double MEAN_FREE_PATH_15C = 0.064e-6;

  /**
   * Rms asperity slope (1) of a surface of rms roughness {@code sigma} (m), Antonetti's
   * correlation.
   */
  public static double slope(double sigma) {
    return 0.125 * Math.pow(sigma / 1e-6, 0.402);
  }

  /**
   * Conductance of the elastic asperity contacts (W/(m²·K)).
   *
   * @param pressure contact pressure (Pa)
   * @param sigma combined rms roughness (m)
   * @param slope combined rms slope (1)
   * @param k harmonic-mean conductivity 2k₁k₂/(k₁+k₂) (W/(m·K))
   * @param modulus effective modulus E' (Pa)
   */
  public static double solid(
      double pressure, double sigma, double slope, double k, double modulus) {
    return 1.54 * k * slope / sigma * Math.pow(Math.sqrt(2) * pressure / (slope * modulus), 0.94);
  }

  /**
   * Conductance of the gas gap (W/(m²·K)).
   *
   * @param pressure contact pressure (Pa)
   * @param sigma combined rms roughness (m)
   * @param slope combined rms slope (1)
   * @param modulus effective modulus E' (Pa)
   * @param gasK gas conductivity (W/(m·K))
   * @param rarefaction gas rarefaction parameter M (m)
   */
  public static double gap(
      double pressure,
      double sigma,
      double slope,
      double modulus,
      double gasK,
      double rarefaction) {
    double hardness = modulus * slope / Math.sqrt(2);
    double ratio = Math.min(1, 2 * pressure / hardness);
    double y = Math.sqrt(2) * sigma * inverseErfc(ratio);
    return gasK / (y + rarefaction);
  }

  /**
   * Gas rarefaction parameter M (m) of air at {@code temperature} (°C) and ambient pressure, for a
   * thermal accommodation coefficient {@code accommodation} (1): Λ scales with absolute
   * temperature.
   */
  public static double airRarefaction(double temperature, double accommodation) {
    double lambda = MEAN_FREE_PATH_15C * (temperature + Units.ZERO_CELSIUS_IN_KELVIN) / 288.15;
    double beta = 2 * AIR_GAMMA / ((AIR_GAMMA + 1) * AIR_PRANDTL);
    return (2 - accommodation) / accommodation * beta * lambda;
  }

  /**
   * Conductivity of air (W/(m·K)) at {@code temperature} (°C) [T Incropera Table A.4: 0.0263 at 300
   * K, 0.0338 at 400 K, 0.0407 at 500 K; linear in between].
   */
  public static double airConductivity(double temperature) {
    double kelvin = temperature + Units.ZERO_CELSIUS_IN_KELVIN;
    return 0.0263 + (kelvin - 300) * (0.0338 - 0.0263) / 100;
  }

  /** erfc⁻¹(y) for y in (0, 1] by bisection on {@link #erfc} (absolute error below 1e-12). */
  static double inverseErfc(double y) {
    if (y >= 1) {
      return 0;
    }
    double lo = 0;
    double hi = 6;
    for (int i = 0; i < 60; i++) {
      double mid = 0.5 * (lo + hi);
      if (erfc(mid) > y) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /**
   * Complementary error function, Chebyshev fit (Numerical Recipes 6.2, relative error < 1.2e-7).
   */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
