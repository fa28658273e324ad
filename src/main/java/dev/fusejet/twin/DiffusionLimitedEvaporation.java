package dev.fusejet.twin;

import dev.fusejet.units.Units;

/**
 * Evaporation limited by vapour diffusion through the dry part of the porous layer in series with
 * the air boundary layer (physics reference 5.4: q = h_m ρ_v,sat (1 - RH) closure):
 *
 * <pre>
 *   j = (ρ_v,sat(T_front) - RH ρ_v,sat(T_air)) / (1/h_m + L_dry / D_eff)
 * </pre>
 *
 * h_m from the Chilton-Colburn heat/mass analogy h_m = h / (ρ_air c_air Le^(2/3)), Le = 0.85 for
 * water vapour in air [T Incropera eq. 6.60]; D_eff = D_v ε / τ with D_v = 2.6e-5 m²/s at 25 °C
 * scaled by (T/298 K)^1.75 [T Fuller correlation], tortuosity τ = 3 [E]. Under the nip the roller
 * seals the surface: the flux is multiplied by a sealing factor (default 0, [E]).
 */
final class DiffusionLimitedEvaporation implements EvaporationModel {

  /** Air density × specific heat near 300 K (J/(m³·K)) [S Neutrium: 1.177 × 1005]. */
  static final double AIR_RHO_CP = 1.177 * 1005;

  /** Lewis number of water vapour in air (1) [T Incropera]. */
  static final double LEWIS = 0.85;

  /** Binary diffusion coefficient water vapour-air at 25 °C (m²/s) [T Incropera Table A.8]. */
  static final double DIFFUSIVITY_25 = 2.6e-5;

  /** Tortuosity of the porous layer (1) [E]. */
  static final double TORTUOSITY = 3;

  private final double massTransfer;
  private final double ambientVapour;
  private final double porosity;
  private final double sealedFactor;

  /**
   * @param h convective heat-transfer coefficient of the air side (W/(m²·K))
   * @param airTemperature air temperature (°C)
   * @param relativeHumidity relative humidity of the air (1)
   * @param porosity porosity of the layer the vapour crosses (1)
   * @param sealedFactor flux factor under the nip (1)
   */
  DiffusionLimitedEvaporation(
      double h,
      double airTemperature,
      double relativeHumidity,
      double porosity,
      double sealedFactor) {
    this.massTransfer = h / (AIR_RHO_CP * Math.pow(LEWIS, 2.0 / 3.0));
    this.ambientVapour = relativeHumidity * WaterVapour.saturationDensity(airTemperature);
    this.porosity = porosity;
    this.sealedFactor = sealedFactor;
  }

  @Override
  public double massFlux(double front, double dryDepth, boolean sealed) {
    double drive = WaterVapour.saturationDensity(front) - ambientVapour;
    if (drive <= 0) {
      return 0;
    }
    double d =
        DIFFUSIVITY_25
            * Math.pow(
                (front + Units.ZERO_CELSIUS_IN_KELVIN) / (25 + Units.ZERO_CELSIUS_IN_KELVIN), 1.75)
            * porosity
            / TORTUOSITY;
    double j = drive / (1 / massTransfer + dryDepth / d);
    return sealed ? sealedFactor * j : j;
  }
}
