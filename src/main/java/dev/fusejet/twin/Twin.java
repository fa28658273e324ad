package dev.fusejet.twin;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.SurfaceMaterial;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.media.Medium;
import dev.fusejet.nip.ContactConductance;
import dev.fusejet.nip.NipContact;
import dev.fusejet.nip.NipMechanics;

/**
 * The thermal twin of one medium in one apparatus: call {@link #pass} per sheet (or per point of a
 * sheet). Immutable and thread-safe; each pass allocates its own solver, so passes can run in
 * parallel. The stack, grid and nip are computed once here.
 *
 * <p>Typical use by a controller:
 *
 * <pre>{@code
 * Twin twin = Twin.of(medium, apparatus, TwinSettings.defaults().withRecordHistory(false));
 * SheetReport r = twin.pass(new OperatingPoint(160, 0.1), new InkLoad(15e-6, 0.75));
 * double[] roller = r.rollerAfter(); // hand to the next sheet: twin.pass(next, ink, roller)
 * }</pre>
 */
public final class Twin {
  final Medium medium;
  final Apparatus apparatus;
  final TwinSettings settings;
  final SheetStack stack;
  final NipContact nip;
  final WlfViscosity viscosity;
  final GlossModel gloss;
  final EvaporationModel evaporation;
  final BlisterRule blister;
  final double particleRadius;
  final double initialDensity;
  final double rollerRoughness;
  final double pigmentRoughness;
  private final double contactSigma;
  private final double contactSlope;
  private final double contactK;
  private final double contactModulus;

  private Twin(Medium medium, Apparatus apparatus, TwinSettings settings) {
    this.medium = medium;
    this.apparatus = apparatus;
    this.settings = settings;
    require(medium.receiving() != null, "medium " + medium.name() + ": ink-receiving-layer");
    require(medium.support() != null, "medium " + medium.name() + ": support");
    require(
        medium.receiving().surface().resin() != null,
        "medium " + medium.name() + ": surface-layer.resin-particles");
    this.stack = SheetStack.build(medium, apparatus, settings);
    this.nip = NipMechanics.contact(apparatus);
    this.viscosity =
        new WlfViscosity(
            medium.glassTransition(), settings.viscosityAtTg(), settings.wlfC1(), settings.wlfC2());
    this.gloss = new SpecularGloss(settings.refractiveIndex(), SpecularGloss.WAVELENGTH);
    int s = stack.layerIndex(SheetStack.Part.SURFACE);
    double surfaceEps = stack.layers.get(s).porosity();
    this.evaporation =
        new DiffusionLimitedEvaporation(
            settings.airH(),
            settings.ambient(),
            settings.relativeHumidity(),
            surfaceEps,
            settings.sealedEvaporation());
    this.blister =
        new BlisterRule(
            settings.blisterWater(), medium.meltingTemperature(), settings.blisterMargin());
    this.particleRadius = medium.receiving().surface().resin().meanDiameter() / 2;
    this.initialDensity = Math.max(0.3, Math.min(0.95, 1 - surfaceEps));
    // Gaussian surface: Rq = 1.25 Ra; only a band of it scatters out of the receptor
    this.rollerRoughness = 1.25 * apparatus.imageSideRoughness() * settings.bandLimitedFraction();
    this.pigmentRoughness = pigmentRoughness(medium.receiving().surface());
    double sigmaRoller = 1.25 * apparatus.imageSideRoughness();
    this.contactSigma = Math.hypot(sigmaRoller, particleRadius);
    this.contactSlope = ContactConductance.slope(contactSigma);
    Materials.Thermal release = Materials.release(apparatus.imageSideSurface());
    double kSheet = stack.porousK(surfaceEps, 0, 0);
    this.contactK = 2 * release.k() * kSheet / (release.k() + kSheet);
    SurfaceMaterial m = apparatus.imageSideSurface();
    double nu = Materials.releasePoisson(m);
    double nuC = Materials.COATING_POISSON;
    this.contactModulus =
        1
            / ((1 - nu * nu) / Materials.releaseModulus(m)
                + (1 - nuC * nuC) / settings.coatingModulus());
  }

  /**
   * Contact conductance between the image-side member and the sheet (W/(m²·K)) when the roller is
   * at {@code setTemperature} (°C): the setting when given, else asperity plus gas-gap conductance
   * ({@link ContactConductance}) at the nip's mean pressure, with the combined roughness of the
   * member (Rq = 1.25 Ra) and the unfused surface (rms about the particle radius, physics 3.6 [E]);
   * the gap's air at the mean of set point and ambient.
   */
  public double frontContact(double setTemperature) {
    double set = settings.frontContact();
    if (!Double.isNaN(set)) {
      return set;
    }
    double p = nip.meanPressure();
    double gasT = 0.5 * (setTemperature + settings.ambient());
    return ContactConductance.solid(p, contactSigma, contactSlope, contactK, contactModulus)
        + ContactConductance.gap(
            p,
            contactSigma,
            contactSlope,
            contactModulus,
            ContactConductance.airConductivity(gasT),
            ContactConductance.airRarefaction(gasT, settings.gasAccommodation()));
  }

  /**
   * Roughness the inorganic pigment leaves because it does not sinter (m) [E, after Oittinen 1981
   * and Gate et al. 1973: pigment adds roughness]: pigment radius times its volume fraction among
   * the surface layer's particles.
   */
  static double pigmentRoughness(dev.fusejet.media.SurfaceLayer sl) {
    double resinVolume = sl.resinFraction() / Materials.RESIN_PARTICLES.rho();
    double pigmentVolume = (1 - sl.resinFraction()) / Materials.particles(sl.pigment()).rho();
    return sl.pigmentMeanDiameter() / 2 * pigmentVolume / (resinVolume + pigmentVolume);
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException(what + " is missing: the twin needs it");
    }
  }

  /** The twin with default settings. */
  public static Twin of(Medium medium, Apparatus apparatus) {
    return of(medium, apparatus, TwinSettings.defaults());
  }

  /**
   * The twin of {@code medium} in {@code apparatus}.
   *
   * @throws IllegalArgumentException naming the missing or impossible field
   */
  public static Twin of(Medium medium, Apparatus apparatus, TwinSettings settings) {
    return new Twin(medium, apparatus, settings);
  }

  /** One pass with the roller skin at its steady idle profile (surface at the set point). */
  public SheetReport pass(OperatingPoint point, InkLoad ink) {
    return new SheetPass(this, point, ink, null).run();
  }

  /**
   * One pass starting from the roller-skin temperatures {@code rollerBefore} (°C, from {@link
   * SheetReport#rollerAfter()} of the previous sheet), so the roller keeps its own history.
   */
  public SheetReport pass(OperatingPoint point, InkLoad ink, double[] rollerBefore) {
    if (rollerBefore != null && rollerBefore.length != stack.rollerCells) {
      throw new IllegalArgumentException(
          "roller state has " + rollerBefore.length + " cells, expected " + stack.rollerCells);
    }
    return new SheetPass(this, point, ink, rollerBefore).run();
  }

  /** The nip (width m, pressures Pa). */
  public NipContact nip() {
    return nip;
  }

  /** Number of cells of the stack (1). */
  public int cells() {
    return stack.dx.length;
  }

  /** The settings. */
  public TwinSettings settings() {
    return settings;
  }

  /** The medium. */
  public Medium medium() {
    return medium;
  }

  /** The apparatus. */
  public Apparatus apparatus() {
    return apparatus;
  }
}
