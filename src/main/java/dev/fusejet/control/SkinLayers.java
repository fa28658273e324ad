package dev.fusejet.control;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.Belt;
import dev.fusejet.apparatus.HeatRoller;
import dev.fusejet.apparatus.SurfaceMaterial;
import dev.fusejet.twin.TwinSettings;
import dev.fusejet.twin.heat.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layers of the heated member from the inside of the core to the surface the sheet touches,
 * with the cells the thermal twin uses for them (the same layer order, grading and largest cell as
 * its stack, so that a skin profile can be handed to {@code Twin.pass} and back cell for cell).
 * Room-temperature properties from physics reference 1.1, the values the twin uses.
 */
final class SkinLayers {
  private SkinLayers() {}

  /** Largest roller cell (m), as in the twin's stack. */
  static final double MAX_CELL = 250e-6;

  /** Release layer of a belt (m) [E 20 µm fluoropolymer/silicone], as in the twin. */
  static final double BELT_RELEASE = 20e-6;

  /**
   * Solid properties.
   *
   * @param k conductivity (W/(m·K))
   * @param volumetric volumetric heat capacity ρc (J/(m³·K))
   */
  record Solid(double k, double volumetric) {}

  /** Aluminium: 237 W/(m·K), 2702 kg/m³ × 903 J/(kg·K) [S Incropera Table A.1]. */
  static final Solid ALUMINIUM = new Solid(237, 2702 * 903.0);

  /** Carbon steel AISI 1010: 63.9, 7832 × 434 [T Incropera Table A.1]. */
  static final Solid STEEL = new Solid(63.9, 7832 * 434.0);

  /** Stainless AISI 304: 14.9, 7900 × 477 [T Incropera Table A.1]. */
  static final Solid STAINLESS = new Solid(14.9, 7900 * 477.0);

  /** Silicone rubber: 0.22, 1250 × 1300 [S Thermtest; E]. */
  static final Solid SILICONE = new Solid(0.22, 1250 * 1300.0);

  /** Silicone sponge: 0.10, 500 × 1300 [E]. */
  static final Solid SILICONE_SPONGE = new Solid(0.10, 500 * 1300.0);

  /** Polyimide belt base: 0.12, 1420 × 1090 [S DuPont Kapton HN]. */
  static final Solid POLYIMIDE = new Solid(0.12, 1420 * 1090.0);

  /** Nickel belt base: 90.7, 8900 × 444 [T Incropera]. */
  static final Solid NICKEL = new Solid(90.7, 8900 * 444.0);

  static Solid core(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (n.contains("stainless")) {
      return STAINLESS;
    }
    return n.contains("steel") || n.contains("iron") ? STEEL : ALUMINIUM;
  }

  static Solid release(SurfaceMaterial m) {
    return switch (m) {
      case PFA -> new Solid(0.20, 2150 * 1050.0);
      case PTFE -> new Solid(0.25, 2200 * 1000.0);
      case SILICONE_RESIN -> new Solid(0.20, 1200 * 1300.0);
      case SILICONE_RUBBER -> SILICONE;
    };
  }

  static Solid beltBase(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.contains("nickel") || n.equals("ni") ? NICKEL : POLYIMIDE;
  }

  static Solid rubber(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.contains("sponge") || n.contains("foam") ? SILICONE_SPONGE : SILICONE;
  }

  /**
   * One layer.
   *
   * @param thickness (m)
   * @param solid its properties
   */
  record Layer(double thickness, Solid solid) {}

  /** The layers, inside to surface. */
  static List<Layer> of(Apparatus a) {
    List<Layer> l = new ArrayList<>();
    HeatRoller hr = a.heatRoller();
    l.add(new Layer(hr.coreWall(), core(hr.coreMaterial())));
    if (hr.elasticThickness() > 0) {
      l.add(new Layer(hr.elasticThickness(), SILICONE));
    }
    Belt belt = a.belt();
    if (belt != null) {
      double release = Math.min(BELT_RELEASE, belt.thickness() / 3);
      l.add(new Layer(belt.thickness() - release, beltBase(belt.baseMaterial())));
      l.add(new Layer(release, release(belt.surface())));
    } else if (hr.surfaceThickness() > 0) {
      l.add(new Layer(hr.surfaceThickness(), release(hr.surface())));
    }
    return l;
  }

  /** The twin's grid of these layers. */
  static Grid grid(List<Layer> layers, TwinSettings s) {
    double[] t = new double[layers.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = layers.get(i).thickness();
    }
    return Grid.graded(t, s.firstCell(), s.growth(), MAX_CELL, 2, false);
  }
}
