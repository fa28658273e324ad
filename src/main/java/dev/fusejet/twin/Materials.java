package dev.fusejet.twin;

import dev.fusejet.apparatus.SurfaceMaterial;
import dev.fusejet.media.InorganicParticleKind;
import dev.fusejet.media.PolymerFamily;
import java.util.Locale;

/**
 * Thermal properties the domain records do not carry, as a sourced table (physics reference 1.1;
 * labels [S] sourced, [T] textbook, [E] estimate, [D] derived). Room-temperature values.
 */
final class Materials {
  private Materials() {}

  /**
   * Thermal properties of a solid.
   *
   * @param k conductivity (W/(m·K))
   * @param rho density (kg/m³)
   * @param cp specific heat (J/(kg·K))
   */
  record Thermal(double k, double rho, double cp) {
    /** Volumetric heat capacity ρ c_p (J/(m³·K)). */
    double volumetric() {
      return rho * cp;
    }
  }

  /**
   * A resin-layer polymer with its effective enthalpy of fusion.
   *
   * @param solid solid-state properties
   * @param latent effective enthalpy of fusion per mass (J/kg)
   */
  record Polymer(Thermal solid, double latent) {}

  /**
   * Resin layer polymers. LDPE k 0.33, ρ 920, c 2000 [S matmake/makeitfrom], ΔH_eff 120 J/g [E,
   * 35-55 % crystallinity of 293 J/g]; HDPE 0.40 / 950 / 1900 [S NETZSCH PE-HD], ΔH 201 J/g [S
   * NETZSCH measured sample]; LLDPE 0.35 / 920 / 2000, 140 J/g [E, between LDPE and HDPE]; PP 0.21
   * / 905 / 1900 [S Springer Handbook Table 3.3-6, makeitfrom], 90 J/g [E, ~45 % of 207 J/g]; PET
   * 0.20 / 1380 / 1200, 40 J/g [T]; other 0.25 / 1000 / 1800, 100 J/g [E].
   */
  static Polymer polymer(PolymerFamily family) {
    return switch (family) {
      case LDPE -> new Polymer(new Thermal(0.33, 920, 2000), 120e3);
      case LLDPE -> new Polymer(new Thermal(0.35, 920, 2000), 140e3);
      case HDPE -> new Polymer(new Thermal(0.40, 950, 1900), 201e3);
      case PP -> new Polymer(new Thermal(0.21, 905, 1900), 90e3);
      case PET -> new Polymer(new Thermal(0.20, 1380, 1200), 40e3);
      case OTHER -> new Polymer(new Thermal(0.25, 1000, 1800), 100e3);
    };
  }

  /** Paper conductivity at the reference density (W/(m·K)) [E, physics 1.1 default 0.15]. */
  static final double PAPER_K_REF = 0.15;

  /** Reference paper density for {@link #PAPER_K_REF} (kg/m³) [E]. */
  static final double PAPER_RHO_REF = 800;

  /** Paper specific heat (J/(kg·K)) [S ForestBioFacts fibre wall 1450; default 1400 E]. */
  static final double PAPER_CP = 1400;

  /**
   * Dry paper: k scaled in proportion to density around 0.15 W/(m·K) at 800 kg/m³ [E; handsheet
   * data rise with density, ASME JHT 114(2):326], bounded to 0.05-0.5 W/(m·K).
   */
  static Thermal paper(double density) {
    double k = Math.max(0.05, Math.min(0.5, PAPER_K_REF * density / PAPER_RHO_REF));
    return new Thermal(k, density, PAPER_CP);
  }

  /**
   * Skeleton (solid) density and specific heat of inorganic particles: silica 2200 kg/m³, 740
   * J/(kg·K) [T Incropera App. A, fused silica]; alumina 3950, 880 [S makeitfrom]; alumina hydrate
   * (boehmite) 3010, 1100 [E]; calcium carbonate 2710, 835 [T CRC, calcite].
   */
  static Thermal particles(InorganicParticleKind kind) {
    return switch (kind) {
      case FUMED_SILICA, COLLOIDAL_SILICA, PRECIPITATED_SILICA -> new Thermal(1.38, 2200, 740);
      case ALUMINA -> new Thermal(30, 3950, 880);
      case ALUMINA_HYDRATE -> new Thermal(10, 3010, 1100);
      case CALCIUM_CARBONATE -> new Thermal(3.0, 2710, 835);
    };
  }

  /** PVA binder: ρ 1250, c 1550 [S NETZSCH PVAL], k 0.35 [S Chen et al.]. */
  static final Thermal PVA = new Thermal(0.35, 1250, 1550);

  /** Binder mass fraction of the porous layers (1) [E]. */
  static final double BINDER_FRACTION = 0.15;

  /** Thermoplastic resin particles (styrene-acrylic): k 0.18, ρ 1050, c 1300 [E]. */
  static final Thermal RESIN_PARTICLES = new Thermal(0.18, 1050, 1300);

  /** Liquid water at ~60 °C: k 0.65, ρ 983, c 4185 [S NZIFST appendix 6, steam tables]. */
  static final Thermal WATER = new Thermal(0.65, 983, 4185);

  /** Co-solvent taken as glycerol: k 0.29, ρ 1260, c 2400 [T CRC Handbook]. */
  static final Thermal CO_SOLVENT = new Thermal(0.29, 1260, 2400);

  /** Air in the pores: k 0.026 W/(m·K) [S Neutrium]; its heat capacity is negligible. */
  static final double AIR_K = 0.026;

  /**
   * Conductivity of the dry porous layer at 50 % porosity (W/(m·K)) [E, physics 1.2 default 0.15,
   * range 0.05-0.3]; the effective skeleton conductivity is calibrated to it.
   */
  static final double POROUS_DRY_K_REF = 0.15;

  /** Release layer of the image-side member. */
  static Thermal release(SurfaceMaterial m) {
    return switch (m) {
      // PFA: k 0.19-0.26 [S Wypych], ρ 2150 [S], c 1050 [E]
      case PFA -> new Thermal(0.20, 2150, 1050);
      // PTFE: k 0.25, ρ 2200, c 1000 [T Incropera App. A]
      case PTFE -> new Thermal(0.25, 2200, 1000);
      // silicone resin coating: [E] like cured silicone
      case SILICONE_RESIN -> new Thermal(0.20, 1200, 1300);
      case SILICONE_RUBBER -> SILICONE;
    };
  }

  /**
   * Young's modulus of the image-side release surface for the contact model (Pa): PFA and PTFE 0.5
   * GPa [S DuPont Teflon PFA/PTFE property bulletins: tensile moduli 0.3-0.6 GPa at 23 °C]; cured
   * silicone resin 1 GPa [E, hard methyl/phenyl silicone coatings 0.5-2 GPa]; silicone rubber 2 MPa
   * [T Gent at Shore A 40].
   */
  static double releaseModulus(SurfaceMaterial m) {
    return switch (m) {
      case PFA, PTFE -> 0.5e9;
      case SILICONE_RESIN -> 1.0e9;
      case SILICONE_RUBBER -> 2e6;
    };
  }

  /** Poisson ratio of the release surface (1) [E: 0.40 for glassy/semicrystalline, 0.49 rubber]. */
  static double releasePoisson(SurfaceMaterial m) {
    return m == SurfaceMaterial.SILICONE_RUBBER ? 0.49 : 0.40;
  }

  /** Poisson ratio of the porous ink-receiving coating (1) [E 0.25 for porous inorganic films]. */
  static final double COATING_POISSON = 0.25;

  /** Silicone rubber elastic layer: k 0.22 [S Thermtest 0.224-0.249], ρ 1250, c 1300 [E]. */
  static final Thermal SILICONE = new Thermal(0.22, 1250, 1300);

  /** Silicone sponge rubber: k 0.10, ρ 500, c 1300 [E]. */
  static final Thermal SILICONE_SPONGE = new Thermal(0.10, 500, 1300);

  /** Polyimide belt base: k 0.12, ρ 1420, c 1090 [S DuPont Kapton HN datasheet]. */
  static final Thermal POLYIMIDE = new Thermal(0.12, 1420, 1090);

  /** Nickel belt base: k 90.7, ρ 8900, c 444 [T Incropera App. A]. */
  static final Thermal NICKEL = new Thermal(90.7, 8900, 444);

  /** Aluminium core: k 237, ρ 2702, c 903 [S Incropera Table A.1]. */
  static final Thermal ALUMINIUM = new Thermal(237, 2702, 903);

  /** Carbon steel core (AISI 1010): k 63.9, ρ 7832, c 434 [T Incropera Table A.1]. */
  static final Thermal STEEL = new Thermal(63.9, 7832, 434);

  /** Stainless steel core (AISI 304): k 14.9, ρ 7900, c 477 [T Incropera Table A.1]. */
  static final Thermal STAINLESS = new Thermal(14.9, 7900, 477);

  /** Core material by name; aluminium unless the name says steel or stainless. */
  static Thermal core(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (n.contains("stainless")) {
      return STAINLESS;
    }
    if (n.contains("steel") || n.contains("iron")) {
      return STEEL;
    }
    return ALUMINIUM;
  }

  /** Belt base by name: polyimide unless the name says nickel. */
  static Thermal beltBase(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.contains("nickel") || n.equals("ni") ? NICKEL : POLYIMIDE;
  }

  /** Pressure-roller rubber by name: sponge if the name says so, else solid silicone. */
  static Thermal rubber(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.contains("sponge") || n.contains("foam") ? SILICONE_SPONGE : SILICONE;
  }
}
