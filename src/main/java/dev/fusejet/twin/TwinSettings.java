package dev.fusejet.twin;

/**
 * Parameters of the twin that neither the medium nor the apparatus records carry, with defaults
 * from the physics reference ([E] estimates unless noted; see docs/twin.md for each).
 *
 * @param frontContact contact conductance roller/belt to image side (W/(m²·K)) [E 5000, range
 *     1000-20000, physics 1.3]
 * @param backContact contact conductance back side to pressure roller (W/(m²·K)) [E 5000]
 * @param airH natural-convection coefficient to air before and after the nip (W/(m²·K)) [E 10,
 *     range 5-15]
 * @param emissivity emissivity of sheet and roller surfaces (1) [E 0.9 for polymers]
 * @param ambient air temperature (°C) [E 25]
 * @param relativeHumidity relative humidity of the air (1) [E 0.5]
 * @param pressureRollerTemperature initial pressure-roller temperature (°C); NaN means halfway
 *     between ambient and the roller set temperature [E: it is warmed by the heat roller between
 *     sheets]
 * @param timeBefore time from printing to the nip entry in air (s) [issue: 1 s]
 * @param timeAfter time after the nip exit in air (s) [issue: 1 s]
 * @param nipSteps time steps across the nip dwell (1)
 * @param firstCell width of the first cell at the contact on sheet and roller side (m) [physics
 *     1.4: at most 1 µm]
 * @param growth geometric growth of cell widths away from the contact (1)
 * @param meltingHalfRange half-width of the range the resin layer's latent heat is spread over,
 *     around T_M (K) [E 5, physics 1.1: σ_T 5-10 K]
 * @param surfaceTension polymer/air surface tension of the resin particles (N/m) [S 0.03]
 * @param viscosityAtTg viscosity of the resin particles at Tg (Pa·s) [T 1e12]
 * @param refractiveIndex refractive index of the fused surface (1) [E 1.50]
 * @param bandLimitedFraction share of the roller's rms roughness (Rq = 1.25 Ra, Gaussian) that lies
 *     at the lateral periods a glossmeter sees, 0.5-20 µm (1) [E 0.25, physics 4.1 caveat]
 * @param sealedEvaporation evaporation factor under the nip (1) [E 0: the roller seals the surface]
 * @param blisterWater liquid water near the resin layer above which blisters can form (m³/m²) [E 1
 *     mL/m², physics 5.5]
 * @param blisterDepth depth above the resin layer counted as "near" (m) [E 10 µm]
 * @param blisterMargin the resin layer counts as near melting above T_M minus this (K) [E 10]
 * @param recordHistory whether to keep the temperature histories (the map does not need them)
 */
public record TwinSettings(
    double frontContact,
    double backContact,
    double airH,
    double emissivity,
    double ambient,
    double relativeHumidity,
    double pressureRollerTemperature,
    double timeBefore,
    double timeAfter,
    int nipSteps,
    double firstCell,
    double growth,
    double meltingHalfRange,
    double surfaceTension,
    double viscosityAtTg,
    double refractiveIndex,
    double bandLimitedFraction,
    double sealedEvaporation,
    double blisterWater,
    double blisterDepth,
    double blisterMargin,
    boolean recordHistory) {

  /** The defaults listed on each component. */
  public static TwinSettings defaults() {
    return new TwinSettings(
        5000,
        5000,
        10,
        0.9,
        25,
        0.5,
        Double.NaN,
        1.0,
        1.0,
        40,
        0.5e-6,
        1.2,
        5,
        0.03,
        1e12,
        1.50,
        0.25,
        0,
        1e-6,
        10e-6,
        10,
        true);
  }

  /** A copy with {@code record} for {@link #recordHistory}. */
  public TwinSettings withRecordHistory(boolean record) {
    return new TwinSettings(
        frontContact,
        backContact,
        airH,
        emissivity,
        ambient,
        relativeHumidity,
        pressureRollerTemperature,
        timeBefore,
        timeAfter,
        nipSteps,
        firstCell,
        growth,
        meltingHalfRange,
        surfaceTension,
        viscosityAtTg,
        refractiveIndex,
        bandLimitedFraction,
        sealedEvaporation,
        blisterWater,
        blisterDepth,
        blisterMargin,
        record);
  }

  /** A copy with the given contact conductances (W/(m²·K)). */
  public TwinSettings withContacts(double front, double back) {
    return new TwinSettings(
        front,
        back,
        airH,
        emissivity,
        ambient,
        relativeHumidity,
        pressureRollerTemperature,
        timeBefore,
        timeAfter,
        nipSteps,
        firstCell,
        growth,
        meltingHalfRange,
        surfaceTension,
        viscosityAtTg,
        refractiveIndex,
        bandLimitedFraction,
        sealedEvaporation,
        blisterWater,
        blisterDepth,
        blisterMargin,
        recordHistory);
  }

  /** A copy with the numerical resolution: nip steps (1), first cell (m), growth (1). */
  public TwinSettings withResolution(int steps, double first, double grow) {
    return new TwinSettings(
        frontContact,
        backContact,
        airH,
        emissivity,
        ambient,
        relativeHumidity,
        pressureRollerTemperature,
        timeBefore,
        timeAfter,
        steps,
        first,
        grow,
        meltingHalfRange,
        surfaceTension,
        viscosityAtTg,
        refractiveIndex,
        bandLimitedFraction,
        sealedEvaporation,
        blisterWater,
        blisterDepth,
        blisterMargin,
        recordHistory);
  }

  /** A copy with the air times before and after the nip (s). */
  public TwinSettings withAirTimes(double before, double after) {
    return new TwinSettings(
        frontContact,
        backContact,
        airH,
        emissivity,
        ambient,
        relativeHumidity,
        pressureRollerTemperature,
        before,
        after,
        nipSteps,
        firstCell,
        growth,
        meltingHalfRange,
        surfaceTension,
        viscosityAtTg,
        refractiveIndex,
        bandLimitedFraction,
        sealedEvaporation,
        blisterWater,
        blisterDepth,
        blisterMargin,
        recordHistory);
  }
}
