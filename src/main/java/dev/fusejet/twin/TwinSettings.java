package dev.fusejet.twin;

import java.util.EnumMap;
import java.util.Map;

/**
 * The twin's own parameters, by name ({@link TwinParameter}: unit, range and source of each), plus
 * whether to record the temperature histories. Immutable; every value is checked against its
 * physical range when set, so a settings object is always admissible. Load from configuration with
 * {@link #of(Map)} (the {@code config} package binds a YAML file to it).
 */
public final class TwinSettings {
  private static final TwinSettings DEFAULTS = new TwinSettings(defaultValues(), true);

  private final EnumMap<TwinParameter, Double> values;
  private final boolean recordHistory;

  private TwinSettings(EnumMap<TwinParameter, Double> values, boolean recordHistory) {
    this.values = values;
    this.recordHistory = recordHistory;
  }

  private static EnumMap<TwinParameter, Double> defaultValues() {
    EnumMap<TwinParameter, Double> v = new EnumMap<>(TwinParameter.class);
    for (TwinParameter p : TwinParameter.values()) {
      v.put(p, p.defaultValue());
    }
    return v;
  }

  /** The defaults of {@link TwinParameter}, histories recorded. */
  public static TwinSettings defaults() {
    return DEFAULTS;
  }

  /**
   * The defaults with {@code values} (SI, by parameter) applied.
   *
   * @throws IllegalArgumentException naming the first value outside its range
   */
  public static TwinSettings of(Map<TwinParameter, Double> values) {
    TwinSettings s = DEFAULTS;
    for (Map.Entry<TwinParameter, Double> e : values.entrySet()) {
      s = s.with(e.getKey(), e.getValue());
    }
    return s;
  }

  /**
   * A copy with {@code parameter} set to {@code value} (SI).
   *
   * @throws IllegalArgumentException when the value is outside the parameter's physical range
   */
  public TwinSettings with(TwinParameter parameter, double value) {
    EnumMap<TwinParameter, Double> v = new EnumMap<>(values);
    v.put(parameter, parameter.check(value));
    return new TwinSettings(v, recordHistory);
  }

  /** The value of {@code parameter} (SI). */
  public double get(TwinParameter parameter) {
    return values.get(parameter);
  }

  /** A copy with {@code record} for {@link #recordHistory}. */
  public TwinSettings withRecordHistory(boolean record) {
    return new TwinSettings(values, record);
  }

  /** A copy with the given contact conductances (W/(m²·K)); NaN: from the contact model. */
  public TwinSettings withContacts(double front, double back) {
    return with(TwinParameter.FRONT_CONTACT, front).with(TwinParameter.BACK_CONTACT, back);
  }

  /** A copy with the numerical resolution: nip steps (1), first cell (m), growth (1). */
  public TwinSettings withResolution(int steps, double first, double grow) {
    return with(TwinParameter.NIP_STEPS, steps)
        .with(TwinParameter.FIRST_CELL, first)
        .with(TwinParameter.GROWTH, grow);
  }

  /** A copy with the air times before and after the nip (s). */
  public TwinSettings withAirTimes(double before, double after) {
    return with(TwinParameter.TIME_BEFORE, before).with(TwinParameter.TIME_AFTER, after);
  }

  /** Contact conductance roller/belt to image side (W/(m²·K)); NaN: from the contact model. */
  public double frontContact() {
    return get(TwinParameter.FRONT_CONTACT);
  }

  /** Contact conductance back side to pressure roller (W/(m²·K)); NaN: from the contact model. */
  public double backContact() {
    return get(TwinParameter.BACK_CONTACT);
  }

  /** Natural-convection coefficient to air (W/(m²·K)). */
  public double airH() {
    return get(TwinParameter.AIR_H);
  }

  /** Emissivity of sheet and roller surfaces (1). */
  public double emissivity() {
    return get(TwinParameter.EMISSIVITY);
  }

  /** Air temperature (°C). */
  public double ambient() {
    return get(TwinParameter.AMBIENT);
  }

  /** Relative humidity (1). */
  public double relativeHumidity() {
    return get(TwinParameter.RELATIVE_HUMIDITY);
  }

  /** Initial pressure-roller temperature (°C); NaN: mean of ambient and set point. */
  public double pressureRollerTemperature() {
    return get(TwinParameter.PRESSURE_ROLLER_TEMPERATURE);
  }

  /** Time in air before the nip (s). */
  public double timeBefore() {
    return get(TwinParameter.TIME_BEFORE);
  }

  /** Time in air after the nip (s). */
  public double timeAfter() {
    return get(TwinParameter.TIME_AFTER);
  }

  /** Time steps across the dwell (1). */
  public int nipSteps() {
    return (int) get(TwinParameter.NIP_STEPS);
  }

  /** First cell width at the contacts (m). */
  public double firstCell() {
    return get(TwinParameter.FIRST_CELL);
  }

  /** Cell growth factor (1). */
  public double growth() {
    return get(TwinParameter.GROWTH);
  }

  /** Half-width of the melting range (K). */
  public double meltingHalfRange() {
    return get(TwinParameter.MELTING_HALF_RANGE);
  }

  /** Surface tension of the resin particles (N/m). */
  public double surfaceTension() {
    return get(TwinParameter.SURFACE_TENSION);
  }

  /** Viscosity at Tg (Pa·s). */
  public double viscosityAtTg() {
    return get(TwinParameter.VISCOSITY_AT_TG);
  }

  /** WLF C1 (1). */
  public double wlfC1() {
    return get(TwinParameter.WLF_C1);
  }

  /** WLF C2 (K). */
  public double wlfC2() {
    return get(TwinParameter.WLF_C2);
  }

  /** Refractive index of the fused surface (1). */
  public double refractiveIndex() {
    return get(TwinParameter.REFRACTIVE_INDEX);
  }

  /** Share of the roller roughness a glossmeter sees (1). */
  public double bandLimitedFraction() {
    return get(TwinParameter.BAND_LIMITED_FRACTION);
  }

  /** Evaporation factor in the nip (1). */
  public double sealedEvaporation() {
    return get(TwinParameter.SEALED_EVAPORATION);
  }

  /** Blister water threshold (m³/m²). */
  public double blisterWater() {
    return get(TwinParameter.BLISTER_WATER);
  }

  /** Blister depth above the resin layer (m). */
  public double blisterDepth() {
    return get(TwinParameter.BLISTER_DEPTH);
  }

  /** Blister margin below T_M (K). */
  public double blisterMargin() {
    return get(TwinParameter.BLISTER_MARGIN);
  }

  /** Sintering degree counted as fused (1). */
  public double fusedDegree() {
    return get(TwinParameter.FUSED_DEGREE);
  }

  /** Sintering degree counted as high gloss (1). */
  public double highGlossDegree() {
    return get(TwinParameter.HIGH_GLOSS_DEGREE);
  }

  /** Coating modulus for the contact model (Pa). */
  public double coatingModulus() {
    return get(TwinParameter.COATING_MODULUS);
  }

  /** Thermal accommodation coefficient of air (1). */
  public double gasAccommodation() {
    return get(TwinParameter.GAS_ACCOMMODATION);
  }

  /** Dry porous-layer conductivity at 50 % porosity (W/(m·K)). */
  public double porousDryConductivity() {
    return get(TwinParameter.POROUS_DRY_CONDUCTIVITY);
  }

  /** Largest solver iterations per step (1). */
  public int solverIterations() {
    return (int) get(TwinParameter.SOLVER_ITERATIONS);
  }

  /** Whether to keep the temperature histories (the map does not need them). */
  public boolean recordHistory() {
    return recordHistory;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TwinSettings s
        && s.recordHistory == recordHistory
        && s.values.equals(values);
  }

  @Override
  public int hashCode() {
    return 31 * values.hashCode() + (recordHistory ? 1 : 0);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("TwinSettings[");
    for (TwinParameter p : TwinParameter.values()) {
      b.append(p.key()).append('=').append(get(p)).append(' ').append(p.unit()).append(", ");
    }
    return b.append("record-history=").append(recordHistory).append(']').toString();
  }
}
