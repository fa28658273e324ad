package dev.fusejet.twin;

import java.util.Locale;

/**
 * The named parameters of the twin that neither the medium nor the apparatus record carries: each
 * with its configuration key, SI unit, default, the physically admissible range and the source of
 * both (labels as in the physics reference: [S] sourced, [T] textbook, [E] estimate, [D] derived;
 * docs/twin.md has the table). NaN as a default means "computed" (see the parameter).
 */
public enum TwinParameter {
  /**
   * Contact conductance heat member / image side (W/(m²·K)); NaN: computed from pressure and
   * roughness by {@link dev.fusejet.nip.ContactConductance} [D, Mikic 1974 + Yovanovich 2005].
   */
  FRONT_CONTACT("front-contact", "W/(m²·K)", Double.NaN, 100, 1e6, true, "physics 1.3; nip model"),
  /**
   * Contact conductance back side / pressure roller (W/(m²·K)) [E 5000, physics 1.3: 1,000-20,000;
   * the back's heat sink barely reaches the image side within a dwell].
   */
  BACK_CONTACT("back-contact", "W/(m²·K)", 5000, 100, 1e6, false, "physics 1.3 [E]"),
  /** Natural convection to air before and after the nip (W/(m²·K)) [E 10, 5-15]. */
  AIR_H("air-h", "W/(m²·K)", 10, 5, 15, false, "physics 1.3 [E]"),
  /** Emissivity of sheet and roller surfaces (1) [E 0.9 for polymers]. */
  EMISSIVITY("emissivity", "1", 0.9, 0.8, 0.97, false, "physics 1.3 [E]"),
  /** Air temperature (°C) [E 25; media at 20-30 °C]. */
  AMBIENT("ambient", "°C", 25, 10, 40, false, "physics 1.4"),
  /** Relative humidity of the air (1) [E 0.5]. */
  RELATIVE_HUMIDITY("relative-humidity", "1", 0.5, 0, 1, false, "physics 5.4 [E]"),
  /**
   * Initial pressure-roller temperature (°C); NaN: halfway between ambient and the set point [E:
   * warmed by the heat roller between sheets].
   */
  PRESSURE_ROLLER_TEMPERATURE("pressure-roller-temperature", "°C", Double.NaN, 0, 250, true, "[E]"),
  /** Time from printing to the nip entry, in air (s). */
  TIME_BEFORE("time-before", "s", 1.0, 0, 60, false, "printing path: 1 s"),
  /** Time after the nip exit, in air (s). */
  TIME_AFTER("time-after", "s", 1.0, 0, 60, false, "printing path: 1 s"),
  /** Time steps across the nip dwell (1). */
  NIP_STEPS("nip-steps", "1", 40, 4, 10_000, false, "numerics (ConvergenceTest)"),
  /** Width of the first cell at the contacts (m) [physics 1.4: at most 1 µm]. */
  FIRST_CELL("first-cell", "m", 0.5e-6, 0.02e-6, 1e-6, false, "physics 1.4"),
  /**
   * Geometric growth of cell widths away from the contacts (1); with sheet cells of at most 5 µm a
   * dry preset pass is within 0.02 K of its refined result (TwinTest).
   */
  GROWTH("growth", "1", 1.2, 1.0, 1.5, false, "numerics (TwinTest)"),
  /** Half-width of the melting range around T_M (K) [physics 1.1: σ_T 5-10 K]. */
  MELTING_HALF_RANGE("melting-half-range", "K", 5, 0.01, 10, false, "physics 1.1"),
  /** Polymer/air surface tension of the resin particles (N/m) [S 0.03, range 0.02-0.045]. */
  SURFACE_TENSION("surface-tension", "N/m", 0.03, 0.02, 0.045, false, "physics 3.5 (accudynetest)"),
  /** Viscosity of the resin particles at Tg (Pa·s) [T 1e12, ±1-2 decades polymer-specific]. */
  VISCOSITY_AT_TG("viscosity-at-tg", "Pa·s", 1e12, 1e10, 1e14, false, "physics 3.4 (Angell 1995)"),
  /**
   * WLF C1 referenced to Tg (1) [T 17.44 universal; Ferry's table of C1g for polymers spans about
   * 11-35].
   */
  WLF_C1("wlf-c1", "1", 17.44, 11, 35, false, "physics 3.4 (Ferry, ch. 11)"),
  /** WLF C2 referenced to Tg (K) [T 51.6 universal; Ferry's C2g span about 25-110 K]. */
  WLF_C2("wlf-c2", "K", 51.6, 25, 110, false, "physics 3.4 (Ferry, ch. 11)"),
  /** Refractive index of the fused surface (1) [E 1.50; styrene-acrylics 1.47-1.59]. */
  REFRACTIVE_INDEX("refractive-index", "1", 1.50, 1.40, 1.65, false, "physics 4.2 [E]"),
  /**
   * Share of the roller's rms roughness at the lateral periods a glossmeter sees, 0.5-20 µm (1) [E
   * 0.25, physics 4.1 caveat].
   */
  BAND_LIMITED_FRACTION("band-limited-fraction", "1", 0.25, 0, 1, false, "physics 4.1 [E]"),
  /** Evaporation factor under the nip (1) [E 0: the roller seals the surface]. */
  SEALED_EVAPORATION("sealed-evaporation", "1", 0, 0, 1, false, "physics 5.4 [E]"),
  /** Liquid water near the resin layer above which blisters can form (m³/m²) [E 1 mL/m²]. */
  BLISTER_WATER("blister-water", "m³/m²", 1e-6, 0, 20e-6, false, "physics 5.5 [E]"),
  /** Depth above the resin layer counted as "near" (m) [E 10 µm]. */
  BLISTER_DEPTH("blister-depth", "m", 10e-6, 0, 50e-6, false, "physics 5.5 [E]"),
  /** The resin layer counts as near melting above T_M minus this (K) [E 10]. */
  BLISTER_MARGIN("blister-margin", "K", 10, 0, 30, false, "physics 5.5 [E]"),
  /**
   * Sintering degree at which the surface layer counts as fused (1) [E 0.5: half-way in the
   * combined neck/density degree; x/a ≈ 0.7 where Frenkel's early-stage form ends, physics 3.1].
   */
  FUSED_DEGREE("fused-degree", "1", 0.5, 0.2, 0.9, false, "physics 3.1 [E]"),
  /**
   * Sintering degree at which the surface counts as high gloss (1) [E 0.95: the particles' residual
   * roughness a(1 - s) falls below the roller's band-limited roughness, physics 3.6].
   */
  HIGH_GLOSS_DEGREE("high-gloss-degree", "1", 0.95, 0.5, 1, false, "physics 3.6 [E]"),
  /**
   * Coating (ink-receiving layer) Young's modulus for the contact model (Pa) [E 1 GPa; porous
   * silica/PVA coatings 0.3-5 GPa].
   */
  COATING_MODULUS("coating-modulus", "Pa", 1e9, 0.3e9, 5e9, false, "[E] paper-coating moduli"),
  /**
   * Thermal accommodation coefficient of air on the contacting surfaces (1) [S 0.8-1 for air on
   * engineering surfaces, Song and Yovanovich 1987].
   */
  GAS_ACCOMMODATION("gas-accommodation", "1", 0.9, 0.5, 1, false, "Song & Yovanovich 1987"),
  /**
   * Conductivity of a dry porous coating layer at 50 % porosity (W/(m·K)), to which the skeleton of
   * the effective-medium model is calibrated [E 0.15, range 0.05-0.3: physics 1.2, bracketed by
   * mesoporous silica films ~0.3 (Yan et al.) and fumed-silica aerogels 0.012-0.03].
   */
  POROUS_DRY_CONDUCTIVITY(
      "porous-dry-conductivity", "W/(m·K)", 0.15, 0.05, 0.3, false, "physics 1.2 [E]"),
  /** Largest enthalpy iterations per time step of the heat solver (1). */
  SOLVER_ITERATIONS("solver-iterations", "1", 50, 1, 1000, false, "numerics");

  private final String key;
  private final String unit;
  private final double defaultValue;
  private final double min;
  private final double max;
  private final boolean computedWhenNaN;
  private final String source;

  TwinParameter(
      String key,
      String unit,
      double defaultValue,
      double min,
      double max,
      boolean computedWhenNaN,
      String source) {
    this.key = key;
    this.unit = unit;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.computedWhenNaN = computedWhenNaN;
    this.source = source;
  }

  /** The configuration key, e.g. {@code front-contact}. */
  public String key() {
    return key;
  }

  /** The SI unit the value is given in. */
  public String unit() {
    return unit;
  }

  /** The default (SI; NaN where the value is computed). */
  public double defaultValue() {
    return defaultValue;
  }

  /** The smallest admissible value (SI). */
  public double min() {
    return min;
  }

  /** The largest admissible value (SI). */
  public double max() {
    return max;
  }

  /** Where the default and range come from. */
  public String source() {
    return source;
  }

  /** Whether NaN is admissible, meaning "computed by the twin". */
  public boolean computedWhenNaN() {
    return computedWhenNaN;
  }

  /** The parameter with this configuration key. */
  public static TwinParameter ofKey(String key) {
    for (TwinParameter p : values()) {
      if (p.key.equals(key.trim().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("'" + key + "' is not a twin setting");
  }

  /**
   * Checks {@code value} (SI) against the range.
   *
   * @throws IllegalArgumentException naming the value, the range, the unit and the source
   */
  double check(double value) {
    if (Double.isNaN(value) && computedWhenNaN) {
      return value;
    }
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          "twin setting "
              + key
              + " = "
              + value
              + " "
              + unit
              + " is outside its physical range "
              + min
              + ".."
              + max
              + " "
              + unit
              + " ("
              + source
              + ")");
    }
    if ((this == NIP_STEPS || this == SOLVER_ITERATIONS) && value != Math.rint(value)) {
      throw new IllegalArgumentException(
          "twin setting " + key + " = " + value + " must be a whole number");
    }
    return value;
  }
}
