package dev.fusejet.control;

import dev.fusejet.twin.RollerWall;
import dev.fusejet.twin.heat.HeatSolver;
import dev.fusejet.twin.heat.Surface;

/**
 * The heated member's wall through its thickness (core wall, elastic layer, belt or release layer)
 * as the twin's own roller cells ({@link RollerWall}), per square metre of surface: the heater's
 * flux enters at the inside of the core, the surface loses heat to the air by convection and
 * radiation and to the pressure roller through the nip (averaged over a revolution). Stepped with
 * the twin's solver (TR-BDF2, L-stable) between sheets; a sheet's contact is the twin's pass on the
 * same cells.
 */
final class Skin {
  private final double[] dx;
  private final double[] cap;
  private final double[] k;
  private final HeatSolver solver;

  Skin(RollerWall wall, double initial) {
    this.dx = wall.widths();
    this.cap = wall.volumetricHeatCapacity();
    this.k = wall.conductivity();
    this.solver = newSolver();
    solver.fill(initial);
  }

  private Skin(Skin o) {
    this.dx = o.dx;
    this.cap = o.cap;
    this.k = o.k;
    this.solver = newSolver();
    for (int i = 0; i < dx.length; i++) {
      solver.setTemperature(i, o.solver.temperature(i));
    }
  }

  private HeatSolver newSolver() {
    HeatSolver s = new HeatSolver(dx);
    for (int i = 0; i < dx.length; i++) {
      s.setLinear(i, cap[i], k[i]);
    }
    s.setTop(Surface.adiabatic());
    return s;
  }

  Skin copy() {
    return new Skin(this);
  }

  int cells() {
    return dx.length;
  }

  /**
   * Advances by {@code dt} (s) with the heater's flux {@code heaterFlux} (W/m²) into the inside of
   * the core, the surface in {@code air} (convection + radiation) and coupled with conductance
   * {@code contact} (W/(m²·K)) to a body at {@code contactTemperature} (°C).
   */
  void step(double dt, double heaterFlux, Surface air, double contact, double contactTemperature) {
    solver.setSource(0, heaterFlux);
    solver.setBottom(air);
    solver.setSource(dx.length - 1, contact * contactTemperature, contact);
    solver.stepTrBdf2(dt);
  }

  /** Temperature of the surface cell (°C), the one the sheet and the thermistor touch. */
  double surface() {
    return solver.temperature(dx.length - 1);
  }

  /** Temperature of the innermost cell (°C), the heated core. */
  double core() {
    return solver.temperature(0);
  }

  /** Heat stored above 0 °C per area (J/m²). */
  double stored() {
    double e = 0;
    for (int i = 0; i < dx.length; i++) {
      e += cap[i] * dx[i] * solver.temperature(i);
    }
    return e;
  }

  /** Heat capacity per area (J/(m²·K)). */
  double capacity() {
    double c = 0;
    for (int i = 0; i < dx.length; i++) {
      c += cap[i] * dx[i];
    }
    return c;
  }

  /** The cell temperatures (°C), a copy. */
  double[] profile() {
    double[] p = new double[dx.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = solver.temperature(i);
    }
    return p;
  }

  /** Sets the cell temperatures (°C). */
  void setProfile(double[] p) {
    for (int i = 0; i < p.length; i++) {
      solver.setTemperature(i, p[i]);
    }
  }

  /** Shifts every cell by {@code delta} (K): the observer's correction. */
  void shift(double delta) {
    for (int i = 0; i < dx.length; i++) {
      solver.setTemperature(i, solver.temperature(i) + delta);
    }
  }
}
