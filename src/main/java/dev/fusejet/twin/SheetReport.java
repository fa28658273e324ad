package dev.fusejet.twin;

import dev.fusejet.fuser.ClaimedConditions;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.nip.NipContact;

/**
 * What one point of a sheet experienced in the nip, and what the design's conditions claim.
 *
 * @param point the set point (roller surface temperature and speed)
 * @param ink the printed ink at this point
 * @param nip the nip (width m, pressures Pa)
 * @param dwell dwell time in the nip (s)
 * @param glassTransition Tg of the resin particles (°C)
 * @param meltingTemperature T_M of the image-side resin layer (°C)
 * @param claimedSintering (T - Tg) t with T the roller temperature and t the dwell (°C·s)
 * @param claimedMelting (T - T_M) t (°C·s)
 * @param particlePeak peak particle-layer temperature (°C)
 * @param particleTimeAboveTg time the particle layer spent above Tg (s)
 * @param particleProduct ∫ max(0, T_particle - Tg) dt, the physics-side analogue of (T - Tg) t
 *     (°C·s)
 * @param resinPeak peak temperature of the top of the resin layer (°C)
 * @param resinTimeAboveTm time the top of the resin layer spent above T_M (s)
 * @param resinProduct ∫ max(0, T_resinTop - T_M) dt (°C·s)
 * @param meltFraction largest melted volume fraction of the image-side resin layer (1)
 * @param neckSquared Frenkel (x/a)² at the end, unclipped (1)
 * @param relativeDensity relative density of the particle layer at the end (1)
 * @param sinteringDegree combined degree of sintering 0..1 (1)
 * @param roughness residual band-limited rms roughness (m)
 * @param gloss20 specular gloss at 20° (GU)
 * @param gloss60 specular gloss at 60° (GU)
 * @param gloss85 specular gloss at 85° (GU)
 * @param liquidOverflow liquid beyond the pore capacity, left on the surface (m³/m²)
 * @param waterEvaporated water evaporated before, in and after the nip (m³/m², three values)
 * @param waterLeft liquid water left at the end (m³/m²)
 * @param blister whether the blister rule fired at any time
 * @param blisterScore graded blister risk 0..1 (1)
 * @param energyFromRoller heat taken from the roller by the sheet in the nip (J/m²)
 * @param energyResidual energy balance residual relative to the roller energy (1)
 * @param rollerAfter temperatures of the roller-skin cells after the pass (°C), for the next sheet
 * @param history temperature histories, or null when not recorded
 * @param cells number of cells in the stack (1)
 * @param steps number of time steps (1)
 * @param frontContact contact conductance used between the image-side member and the sheet
 *     (W/(m²·K))
 * @param unconvergedSteps time steps whose melting iteration stopped at the iteration limit before
 *     converging (1); non-zero means the temperatures are not to be trusted to the solver's
 *     tolerance (see {@link #converged()})
 * @param fusedDegree sintering degree counted as fused (1), from the settings
 * @param highGlossDegree sintering degree counted as high gloss (1), from the settings
 */
@SuppressWarnings("ArrayRecordComponent") // small arrays handed on to the next pass
public record SheetReport(
    OperatingPoint point,
    InkLoad ink,
    NipContact nip,
    double dwell,
    double glassTransition,
    double meltingTemperature,
    double claimedSintering,
    double claimedMelting,
    double particlePeak,
    double particleTimeAboveTg,
    double particleProduct,
    double resinPeak,
    double resinTimeAboveTm,
    double resinProduct,
    double meltFraction,
    double neckSquared,
    double relativeDensity,
    double sinteringDegree,
    double roughness,
    double gloss20,
    double gloss60,
    double gloss85,
    double liquidOverflow,
    double[] waterEvaporated,
    double waterLeft,
    boolean blister,
    double blisterScore,
    double energyFromRoller,
    double energyResidual,
    double[] rollerAfter,
    History history,
    int cells,
    int steps,
    double frontContact,
    int unconvergedSteps,
    double fusedDegree,
    double highGlossDegree) {

  /**
   * Melted fraction of the image-side resin layer above which it counts as melting (1): the issue's
   * "melt fraction above 1 %".
   */
  public static final double MELT_ONSET = 0.01;

  /** Ink liquid applied (m³/m²), the ink load's. */
  public double liquidApplied() {
    return ink.liquid();
  }

  /** Whether the claimed conditions of {@code mode} hold at this point's set point and dwell. */
  public boolean claimed(FusingMode mode) {
    return new ClaimedConditions(glassTransition, meltingTemperature, mode)
        .holds(point.temperature(), dwell);
  }

  /** Whether the design's "standard" conditions (1) and (2) hold ({@link FusingMode#STANDARD}). */
  public boolean claimedStandard() {
    return claimed(FusingMode.STANDARD);
  }

  /** Whether the design's "high gloss" conditions (3) and (4) hold. */
  public boolean claimedHighGloss() {
    return claimed(FusingMode.HIGH_GLOSS);
  }

  /** The twin's verdict: the surface layer is fused (sintering degree at least fusedDegree). */
  public boolean fused() {
    return sinteringDegree >= fusedDegree;
  }

  /** The twin's verdict: high gloss (sintering degree at least highGlossDegree). */
  public boolean highGloss() {
    return sinteringDegree >= highGlossDegree;
  }

  /** The twin's verdict: the image-side resin layer melts (fraction above {@link #MELT_ONSET}). */
  public boolean melted() {
    return meltFraction > MELT_ONSET;
  }

  /** Whether every time step's solver iteration converged. */
  public boolean converged() {
    return unconvergedSteps == 0;
  }

  /**
   * Whether the twin agrees with the claims of {@code mode} at this point: the claims hold exactly
   * when the twin finds the surface fused (standard) or high gloss, nothing melting and no blister.
   */
  public boolean agreesWith(FusingMode mode) {
    boolean twinOk =
        (mode == FusingMode.HIGH_GLOSS ? highGloss() : fused()) && !melted() && !blister;
    return twinOk == claimed(mode);
  }
}
