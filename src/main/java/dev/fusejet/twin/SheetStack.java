package dev.fusejet.twin;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.Belt;
import dev.fusejet.apparatus.HeatRoller;
import dev.fusejet.media.InkReceivingLayer;
import dev.fusejet.media.Medium;
import dev.fusejet.media.ResinLayer;
import dev.fusejet.media.SurfaceLayer;
import dev.fusejet.twin.heat.Grid;
import dev.fusejet.twin.heat.HeatSolver;
import java.util.ArrayList;
import java.util.List;

/**
 * The through-thickness stack of a pass, top (heat-roller core) to bottom (pressure-roller rubber),
 * with its grid and the material of every cell. Immutable; {@link #newSolver} makes a solver set up
 * with the dry materials.
 */
final class SheetStack {

  /** The parts of the stack. */
  enum Part {
    CORE,
    ELASTIC,
    BELT_BASE,
    RELEASE,
    SURFACE,
    ABSORBING,
    FACE_RESIN,
    PAPER,
    BACK_RESIN,
    PRESSURE_RUBBER
  }

  /** Belt release-layer thickness when the belt has one (m) [E 20 µm fluoropolymer/silicone]. */
  static final double BELT_RELEASE = 20e-6;

  /**
   * Maximum cell width on the sheet side (m): 5 µm keeps the resin-layer temperature within 0.02 K
   * of a 4x finer grid (20 µm cells, as before, were 0.03-0.05 K off; TwinTest).
   */
  static final double SHEET_MAX_CELL = 5e-6;

  /** Maximum cell width in the rollers (m). */
  static final double ROLLER_MAX_CELL = 250e-6;

  /**
   * A layer.
   *
   * @param part which part
   * @param thickness thickness (m)
   * @param thermal solid properties (for porous layers: the skeleton)
   * @param porosity void fraction (1), 0 for solids
   */
  record Layer(Part part, double thickness, Materials.Thermal thermal, double porosity) {}

  final List<Layer> layers;
  final double[] dx;
  final int[] start; // first cell of each layer, plus cell count at the end
  final int rollerCells;
  final int sheetEnd; // first cell after the sheet
  final Materials.Polymer faceResin;
  final Materials.Polymer backResin;
  final double meltingTemperature;
  final double backMeltingTemperature;
  final double skeletonK;

  private SheetStack(
      List<Layer> layers,
      double[] dx,
      int[] start,
      int rollerCells,
      int sheetEnd,
      Materials.Polymer faceResin,
      Materials.Polymer backResin,
      double meltingTemperature,
      double backMeltingTemperature,
      double skeletonK) {
    this.layers = layers;
    this.dx = dx;
    this.start = start;
    this.rollerCells = rollerCells;
    this.sheetEnd = sheetEnd;
    this.faceResin = faceResin;
    this.backResin = backResin;
    this.meltingTemperature = meltingTemperature;
    this.backMeltingTemperature = backMeltingTemperature;
    this.skeletonK = skeletonK;
  }

  static SheetStack build(Medium medium, Apparatus apparatus, TwinSettings s) {
    List<Layer> roller = rollerLayers(apparatus);

    InkReceivingLayer rec = medium.receiving();
    SurfaceLayer sl = rec.surface();
    double absEps = rec.absorbing().porosity();
    double surfEps =
        (rec.porosity() * rec.thickness() - absEps * rec.absorbing().thickness()) / sl.thickness();
    if (!(surfEps >= 0.05 && surfEps <= 0.8)) {
      surfEps = rec.porosity();
    }
    List<Layer> sheet = new ArrayList<>();
    sheet.add(new Layer(Part.SURFACE, sl.thickness(), surfaceSkeleton(sl), surfEps));
    sheet.add(
        new Layer(
            Part.ABSORBING,
            rec.absorbing().thickness(),
            absorbingSkeleton(rec.absorbing().particles()),
            absEps));
    ResinLayer face = medium.support().faceResin();
    Materials.Polymer facePoly = Materials.polymer(face.polymer());
    sheet.add(new Layer(Part.FACE_RESIN, face.thickness(), facePoly.solid(), 0));
    sheet.add(
        new Layer(
            Part.PAPER,
            medium.support().paper().thickness(),
            Materials.paper(medium.support().paper().density()),
            0));
    ResinLayer back = medium.support().backResin();
    Materials.Polymer backPoly = back == null ? null : Materials.polymer(back.polymer());
    if (back != null) {
      sheet.add(new Layer(Part.BACK_RESIN, back.thickness(), backPoly.solid(), 0));
    }
    List<Layer> pressure = List.of(pressureCover(apparatus));

    Grid gr = rollerGrid(roller, s);
    Grid gs = Grid.graded(thick(sheet), s.firstCell(), s.growth(), SHEET_MAX_CELL, 2, true);
    Grid gp = Grid.graded(thick(pressure), 2 * s.firstCell(), s.growth(), ROLLER_MAX_CELL, 2, true);
    List<Layer> all = new ArrayList<>(roller);
    all.addAll(sheet);
    all.addAll(pressure);
    int n = gr.size() + gs.size() + gp.size();
    double[] dx = new double[n];
    System.arraycopy(gr.widths(), 0, dx, 0, gr.size());
    System.arraycopy(gs.widths(), 0, dx, gr.size(), gs.size());
    System.arraycopy(gp.widths(), 0, dx, gr.size() + gs.size(), gp.size());
    int[] start = new int[all.size() + 1];
    int j = 0;
    for (int i = 0; i < roller.size(); i++) {
      start[j++] = gr.layerStart(i);
    }
    for (int i = 0; i < sheet.size(); i++) {
      start[j++] = gr.size() + gs.layerStart(i);
    }
    for (int i = 0; i < pressure.size(); i++) {
      start[j++] = gr.size() + gs.size() + gp.layerStart(i);
    }
    start[j] = n;
    double skeletonK =
        EffectiveMedium.calibrateSkeleton(s.porousDryConductivity(), 0.5, Materials.AIR_K);
    return new SheetStack(
        List.copyOf(all),
        dx,
        start,
        gr.size(),
        gr.size() + gs.size(),
        facePoly,
        backPoly,
        face.meltingTemperature(),
        back == null ? Double.NaN : back.meltingTemperature(),
        skeletonK);
  }

  /** The heated member's layers, core inside to the surface the sheet touches. */
  static List<Layer> rollerLayers(Apparatus apparatus) {
    List<Layer> roller = new ArrayList<>();
    HeatRoller hr = apparatus.heatRoller();
    roller.add(new Layer(Part.CORE, hr.coreWall(), Materials.core(hr.coreMaterial()), 0));
    if (hr.elasticThickness() > 0) {
      roller.add(new Layer(Part.ELASTIC, hr.elasticThickness(), Materials.SILICONE, 0));
    }
    Belt belt = apparatus.belt();
    if (belt != null) {
      double release = Math.min(BELT_RELEASE, belt.thickness() / 3);
      roller.add(
          new Layer(
              Part.BELT_BASE,
              belt.thickness() - release,
              Materials.beltBase(belt.baseMaterial()),
              0));
      roller.add(new Layer(Part.RELEASE, release, Materials.release(belt.surface()), 0));
    } else if (hr.surfaceThickness() > 0) {
      roller.add(
          new Layer(Part.RELEASE, hr.surfaceThickness(), Materials.release(hr.surface()), 0));
    }

    return List.copyOf(roller);
  }

  /** The grid of the heated member's layers (finest cells at the surface). */
  static Grid rollerGrid(List<Layer> roller, TwinSettings s) {
    return Grid.graded(thick(roller), s.firstCell(), s.growth(), ROLLER_MAX_CELL, 2, false);
  }

  /** The pressure roller's rubber cover. */
  static Layer pressureCover(Apparatus apparatus) {
    return new Layer(
        Part.PRESSURE_RUBBER,
        apparatus.pressureRoller().rubberThickness(),
        Materials.rubber(apparatus.pressureRoller().rubberMaterial()),
        0);
  }

  private static double[] thick(List<Layer> l) {
    double[] t = new double[l.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = l.get(i).thickness();
    }
    return t;
  }

  /** Mass-weighted skeleton of particles + PVA binder. */
  private static Materials.Thermal absorbingSkeleton(dev.fusejet.media.InorganicParticleKind kind) {
    Materials.Thermal p = Materials.particles(kind);
    return mix(
        new Materials.Thermal[] {p, Materials.PVA},
        new double[] {1 - Materials.BINDER_FRACTION, Materials.BINDER_FRACTION});
  }

  /** Mass-weighted skeleton of resin particles + pigment + binder. */
  private static Materials.Thermal surfaceSkeleton(SurfaceLayer sl) {
    double b = Materials.BINDER_FRACTION;
    double resin = (1 - b) * sl.resinFraction();
    double pig = (1 - b) - resin;
    return mix(
        new Materials.Thermal[] {
          Materials.RESIN_PARTICLES, Materials.particles(sl.pigment()), Materials.PVA
        },
        new double[] {resin, pig, b});
  }

  private static Materials.Thermal mix(Materials.Thermal[] parts, double[] massFractions) {
    double specificVolume = 0;
    double cp = 0;
    for (int i = 0; i < parts.length; i++) {
      specificVolume += massFractions[i] / parts[i].rho();
      cp += massFractions[i] * parts[i].cp();
    }
    return new Materials.Thermal(Double.NaN, 1 / specificVolume, cp);
  }

  int layerIndex(Part p) {
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i).part() == p) {
        return i;
      }
    }
    return -1;
  }

  int first(Part p) {
    int i = layerIndex(p);
    return i < 0 ? -1 : start[i];
  }

  int end(Part p) {
    int i = layerIndex(p);
    return i < 0 ? -1 : start[i + 1];
  }

  /** Pore volume fraction of cell i (1). */
  double porosity(int i) {
    return layers.get(layerOf(i)).porosity();
  }

  int layerOf(int cell) {
    for (int j = 0; j < layers.size(); j++) {
      if (cell < start[j + 1]) {
        return j;
      }
    }
    throw new IndexOutOfBoundsException(cell);
  }

  /** A solver with every cell's dry material; melting resin layers spread ±halfRange around T_M. */
  HeatSolver newSolver(double halfRange) {
    HeatSolver s = new HeatSolver(dx);
    for (int j = 0; j < layers.size(); j++) {
      Layer l = layers.get(j);
      for (int i = start[j]; i < start[j + 1]; i++) {
        switch (l.part()) {
          case FACE_RESIN -> setMelting(s, i, faceResin, meltingTemperature, halfRange);
          case BACK_RESIN -> setMelting(s, i, backResin, backMeltingTemperature, halfRange);
          case SURFACE, ABSORBING -> {
            double eps = l.porosity();
            s.setLinear(i, (1 - eps) * l.thermal().volumetric(), porousK(eps, 0, 0));
          }
          default -> s.setLinear(i, l.thermal().volumetric(), l.thermal().k());
        }
      }
    }
    return s;
  }

  private static void setMelting(
      HeatSolver s, int i, Materials.Polymer p, double tm, double halfRange) {
    double c = p.solid().volumetric();
    s.setMelting(
        i,
        c,
        c,
        p.latent() * p.solid().rho(),
        tm - halfRange,
        tm + halfRange,
        p.solid().k(),
        p.solid().k());
  }

  private final EffectiveMedium emt = new EffectiveMedium();

  /**
   * Conductivity (W/(m·K)) of a porous cell of porosity eps with water and co-solvent volume
   * fractions (1 of the cell volume): four-phase EMT of calibrated skeleton, water, co-solvent and
   * air.
   */
  double porousK(double eps, double water, double coSolvent) {
    double air = Math.max(0, eps - water - coSolvent);
    return emt.conductivity(
        new double[] {1 - eps, water, coSolvent, air},
        new double[] {skeletonK, Materials.WATER.k(), Materials.CO_SOLVENT.k(), Materials.AIR_K});
  }

  /** Volumetric heat capacity (J/(m³·K)) of porous cell i with the given liquid fractions. */
  double porousCapacity(int i, double water, double coSolvent) {
    Layer l = layers.get(layerOf(i));
    return (1 - l.porosity()) * l.thermal().volumetric()
        + water * Materials.WATER.volumetric()
        + coSolvent * Materials.CO_SOLVENT.volumetric();
  }
}
