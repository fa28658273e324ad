package dev.fusejet.twin.heat;

import java.util.Arrays;

/**
 * 1-D finite-volume heat conduction with melting, on cells of given widths along the depth.
 *
 * <p>Cell i holds its volumetric enthalpy H_i (J/m³) and temperature T_i (°C). The discrete balance
 * over a step dt is
 *
 * <pre>
 *   dx_i (H_i' - H_i) = dt [θ F_i(T') + (1-θ) F_i(T)] + dt S_i
 * </pre>
 *
 * with F_i the net conductive inflow (W/m²) through its two faces, face conductance G = 1 / (dx_i /
 * (2k_i) + R_c + dx_j / (2k_j)) (harmonic mean, plus a contact resistance R_c), and S_i an explicit
 * source (W/m²). θ = 1/2 is Crank-Nicolson; θ = 1 backward Euler. Melting cells use a piecewise
 * linear H(T) (latent heat spread uniformly over [T_lo, T_hi]); the non-linear equations are solved
 * by the enthalpy-linearisation iteration of Voller and Swaminathan (Numer. Heat Transfer B 19
 * (1991) 175): linearise H about the current estimate T*, solve the tridiagonal system, update H
 * from the linearisation and T from H(T)⁻¹. Because H is updated from the same linear equations the
 * fluxes come from, energy is conserved to round-off at every iteration; iterations only refine
 * accuracy. Linear cells converge in one pass.
 *
 * <p>A face can be opened (no conduction across it, each side exchanging heat with {@link #air}) or
 * closed (conduction with its contact resistance): this models the sheet entering and leaving the
 * nip. Radiation coefficients are evaluated at the start of each step (linearised, explicit
 * coefficient, implicit temperature).
 *
 * <p>Not thread-safe: one solver per thread. Allocation-free after construction.
 */
public final class HeatSolver {

  /** Convergence tolerance of the melting iteration (K). */
  static final double TOLERANCE = 1e-9;

  /** Distance below or above a melting range within which a cell counts as near melting (K). */
  public static final double NEAR_MELTING = 3;

  /** Default maximum melting iterations per step (1). */
  public static final int MAX_ITERATIONS = 50;

  private int maxIterations = MAX_ITERATIONS;
  private int unconvergedSteps;

  final int n;
  final double[] dx;
  final double[] cap;
  final double[] k;
  final boolean[] melt;
  final double[] capLiquid;
  final double[] latent;
  final double[] tLo;
  final double[] tHi;
  final double[] kLiquid;
  final double[] faceR;
  final boolean[] open;
  final double[] t;
  final double[] h;
  final double[] source;
  final double[] sourceSlope;
  final double[] faceEnergy;

  private Surface top = Surface.adiabatic();
  private Surface bottom = Surface.adiabatic();
  private Surface air = Surface.adiabatic();

  private double time;
  private double energyTop;
  private double energyBottom;
  private double energyAir;
  private double energySource;
  private double energyCapacityChange;
  private int lastIterations;
  private int maxIterationsUsed;

  // work arrays
  private final double[] tOld;
  private final double[] tStar;
  private final double[] tLin;
  private final double[] cStar;
  private final double[] hStar;
  private final double[] kWork;
  private final double[] gOld;
  private final double[] gNew;
  private final double[] ambGOld;
  private final double[] ambGTOld;
  private final double[] ambG;
  private final double[] ambGT;
  private final double[] hAirAtStart;
  private final double[] lower;
  private final double[] diag;
  private final double[] upper;
  private final double[] rhs;
  private final double[] scratch;
  private final double[] hStart;
  private final double[] scratchHalf;
  private final double[] faceEnergyStart;
  private double hTopStart;
  private double hBottomStart;

  /**
   * A solver for cells of widths {@code dx} (m), all initially linear with zero capacity: set every
   * cell with {@link #setLinear} or {@link #setMelting} before stepping.
   */
  public HeatSolver(double[] dx) {
    n = dx.length;
    if (n < 1) {
      throw new IllegalArgumentException("need at least one cell");
    }
    this.dx = dx.clone();
    cap = new double[n];
    k = new double[n];
    melt = new boolean[n];
    capLiquid = new double[n];
    latent = new double[n];
    tLo = new double[n];
    tHi = new double[n];
    kLiquid = new double[n];
    faceR = new double[Math.max(n - 1, 0)];
    open = new boolean[Math.max(n - 1, 0)];
    t = new double[n];
    h = new double[n];
    source = new double[n];
    sourceSlope = new double[n];
    faceEnergy = new double[Math.max(n - 1, 0)];
    tOld = new double[n];
    tStar = new double[n];
    tLin = new double[n];
    cStar = new double[n];
    hStar = new double[n];
    kWork = new double[n];
    gOld = new double[Math.max(n - 1, 0)];
    gNew = new double[Math.max(n - 1, 0)];
    ambGOld = new double[n];
    ambGTOld = new double[n];
    ambG = new double[n];
    ambGT = new double[n];
    hAirAtStart = new double[n];
    lower = new double[n];
    diag = new double[n];
    upper = new double[n];
    rhs = new double[n];
    scratch = new double[n];
    hStart = new double[n];
    scratchHalf = new double[n];
    faceEnergyStart = new double[Math.max(n - 1, 0)];
  }

  /** Whether any melting cell is within {@link #NEAR_MELTING} of its melting range. */
  public boolean nearMelting() {
    for (int i = 0; i < n; i++) {
      if (melt[i] && t[i] > tLo[i] - NEAR_MELTING && t[i] < tHi[i] + NEAR_MELTING) {
        return true;
      }
    }
    return false;
  }

  /** Number of cells. */
  public int size() {
    return n;
  }

  /** Width of cell i (m). */
  public double width(int i) {
    return dx[i];
  }

  /**
   * Makes cell i a linear material: volumetric heat capacity {@code volumetricCapacity} (J/(m³·K))
   * and conductivity {@code conductivity} (W/(m·K)), keeping its temperature. The enthalpy change
   * this causes (capacity change times temperature, J/m²) is booked in {@link
   * #energyCapacityChange()}, e.g. the sensible heat carried away by evaporated water.
   */
  public void setLinear(int i, double volumetricCapacity, double conductivity) {
    double ti = t[i];
    double before = h[i];
    melt[i] = false;
    cap[i] = volumetricCapacity;
    k[i] = conductivity;
    h[i] = volumetricCapacity * ti;
    energyCapacityChange += (h[i] - before) * dx[i];
  }

  /**
   * Makes cell i a melting material whose latent heat (J/m³) is spread uniformly over [{@code
   * meltStart}, {@code meltEnd}] (°C), with solid / liquid volumetric capacities (J/(m³·K)) and
   * conductivities (W/(m·K)); the conductivity in the melting range is interpolated on the liquid
   * fraction. Call before setting temperatures.
   */
  public void setMelting(
      int i,
      double capSolid,
      double capLiq,
      double latentHeat,
      double meltStart,
      double meltEnd,
      double kSolid,
      double kLiq) {
    if (!(meltEnd > meltStart)) {
      throw new IllegalArgumentException(
          "melting range [" + meltStart + ", " + meltEnd + "] °C must have positive width");
    }
    melt[i] = true;
    cap[i] = capSolid;
    capLiquid[i] = capLiq;
    latent[i] = latentHeat;
    tLo[i] = meltStart;
    tHi[i] = meltEnd;
    k[i] = kSolid;
    kLiquid[i] = kLiq;
    h[i] = enthalpy(i, t[i]);
  }

  /** Sets the temperature (°C) of cell i and its enthalpy to match. */
  public void setTemperature(int i, double temperature) {
    t[i] = temperature;
    h[i] = enthalpy(i, temperature);
  }

  /** Sets all cell temperatures to {@code temperature} (°C). */
  public void fill(double temperature) {
    for (int i = 0; i < n; i++) {
      setTemperature(i, temperature);
    }
  }

  /** Temperature of cell i (°C). */
  public double temperature(int i) {
    return t[i];
  }

  /** Liquid fraction of cell i (1); 0 for linear cells. */
  public double liquidFraction(int i) {
    if (!melt[i]) {
      return 0;
    }
    return fraction(i, t[i]);
  }

  /** Volumetric heat capacity dH/dT of cell i (J/(m³·K)) at its current temperature. */
  public double volumetricCapacity(int i) {
    return slope(i, t[i]);
  }

  /** Conductivity of cell i (W/(m·K)) at its current temperature. */
  public double conductivity(int i) {
    return conductivityAt(i, t[i]);
  }

  /** Contact resistance (m²·K/W) of the face below cell i, between cells i and i+1. */
  public void setContactResistance(int face, double resistance) {
    faceR[face] = resistance;
  }

  /**
   * Opens (no conduction; both sides to {@link #air}) or closes the face below cell {@code face}.
   */
  public void setOpen(int face, boolean isOpen) {
    open[face] = isOpen;
  }

  /** Condition at the top of cell 0. */
  public void setTop(Surface s) {
    top = s;
  }

  /** Condition at the bottom of cell n-1. */
  public void setBottom(Surface s) {
    bottom = s;
  }

  /** Condition on both sides of every open face. */
  public void setAir(Surface s) {
    air = s;
  }

  /** Heat source of cell i for the next steps (W/m², i.e. per area of the stack). */
  public void setSource(int i, double wattsPerSquareMetre) {
    setSource(i, wattsPerSquareMetre, 0);
  }

  /**
   * Linearised heat source of cell i, S = {@code constant} - {@code slope} · T (W/m², with slope in
   * W/(m²·K) and T in °C), taken implicitly at the end of each step; a positive slope (e.g.
   * evaporation that grows with temperature) stabilises.
   */
  public void setSource(int i, double constant, double slope) {
    source[i] = constant;
    sourceSlope[i] = slope;
  }

  /** Simulated time (s) since construction. */
  public double time() {
    return time;
  }

  /** Heat that entered through the top surface so far (J/m²). */
  public double energyTop() {
    return energyTop;
  }

  /** Heat that entered through the bottom surface so far (J/m²). */
  public double energyBottom() {
    return energyBottom;
  }

  /** Heat that entered from air at open faces so far (J/m², negative when lost). */
  public double energyAir() {
    return energyAir;
  }

  /** Heat added by sources so far (J/m²). */
  public double energySource() {
    return energySource;
  }

  /** Enthalpy added by capacity changes so far (J/m², negative when mass left). */
  public double energyCapacityChange() {
    return energyCapacityChange;
  }

  /** Heat that flowed down through the face below cell {@code face} so far (J/m²). */
  public double energyThroughFace(int face) {
    return faceEnergy[face];
  }

  /** Stored enthalpy Σ H_i dx_i (J/m²), relative to 0 °C for linear cells. */
  public double storedEnergy() {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += h[i] * dx[i];
    }
    return s;
  }

  /** Iterations taken by the last step (1). */
  public int lastIterations() {
    return lastIterations;
  }

  /**
   * Sets the largest number of melting iterations per step (1, at least 1). A step that reaches it
   * with the temperatures still moving by more than the tolerance is counted in {@link
   * #unconvergedSteps()}; its energy books stay exact.
   */
  public void setMaxIterations(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations " + iterations + " must be at least 1");
    }
    maxIterations = iterations;
  }

  /**
   * Steps (a TR-BDF2 step counts its two stages) whose melting iteration stopped at the limit
   * before converging (1).
   */
  public int unconvergedSteps() {
    return unconvergedSteps;
  }

  /** Largest number of iterations any step has taken (1). */
  public int maxIterationsUsed() {
    return maxIterationsUsed;
  }

  /**
   * Advances by {@code dt} (s) with implicitness {@code theta} (1/2 Crank-Nicolson, 1 backward
   * Euler).
   */
  public void step(double dt, double theta) {
    System.arraycopy(t, 0, tOld, 0, n);
    // old-time conductances and ambient couplings
    for (int i = 0; i < n; i++) {
      kWork[i] = conductivityAt(i, tOld[i]);
    }
    hTopStart = top.effectiveH(tOld[0]);
    hBottomStart = bottom.effectiveH(tOld[n - 1]);
    boolean anyOpen = false;
    Arrays.fill(hAirAtStart, 0);
    for (int f = 0; f < n - 1; f++) {
      if (open[f]) {
        hAirAtStart[f] = air.effectiveH(tOld[f]);
        hAirAtStart[f + 1] = air.effectiveH(tOld[f + 1]);
        anyOpen = true;
      }
    }
    conductances(kWork, gOld, ambGOld, ambGTOld, anyOpen);

    System.arraycopy(tOld, 0, tStar, 0, n);
    int it = 0;
    boolean more = true;
    while (more && it < maxIterations) {
      it++;
      for (int i = 0; i < n; i++) {
        double ts = tStar[i];
        cStar[i] = slope(i, ts);
        hStar[i] = enthalpy(i, ts);
        kWork[i] = conductivityAt(i, ts);
      }
      conductances(kWork, gNew, ambG, ambGT, anyOpen);
      double dtt = dt * theta;
      double dte = dt * (1 - theta);
      for (int i = 0; i < n; i++) {
        double gw = i > 0 ? gNew[i - 1] : 0;
        double ge = i < n - 1 ? gNew[i] : 0;
        double gwo = i > 0 ? gOld[i - 1] : 0;
        double geo = i < n - 1 ? gOld[i] : 0;
        double tw = i > 0 ? tOld[i - 1] : 0;
        double te = i < n - 1 ? tOld[i + 1] : 0;
        double explicitFlux =
            gwo * (tw - tOld[i]) + geo * (te - tOld[i]) + ambGTOld[i] - ambGOld[i] * tOld[i];
        lower[i] = -dtt * gw;
        upper[i] = -dtt * ge;
        diag[i] = cStar[i] * dx[i] + dtt * (gw + ge + ambG[i]) + dt * sourceSlope[i];
        rhs[i] =
            cStar[i] * dx[i] * tStar[i]
                - dx[i] * (hStar[i] - h[i])
                + dte * explicitFlux
                + dtt * ambGT[i]
                + dt * source[i];
      }
      thomas();
      more = false;
      for (int i = 0; i < n; i++) {
        double hn = hStar[i] + cStar[i] * (tLin[i] - tStar[i]);
        double tn;
        if (melt[i]) {
          // Overshoot clipping (Voller and Swaminathan): a mushy cell whose linearised update
          // leaves the melting range stops at its edge and takes the next segment's slope in the
          // next iteration. Not on the last allowed iteration, so that H stays exactly what the
          // linear equations give.
          if (inRange(i, tStar[i]) && it < maxIterations) {
            double hLo = cap[i] * tLo[i];
            double hHi = hLo + (tHi[i] - tLo[i]) * 0.5 * (cap[i] + capLiquid[i]) + latent[i];
            if (hn < hLo) {
              hn = hLo;
            } else if (hn > hHi) {
              hn = hHi;
            }
          }
          tn = temperatureOf(i, hn);
        } else {
          tn = tLin[i];
        }
        if (melt[i]) {
          boolean mushy = inRange(i, tStar[i]) || inRange(i, tn);
          if (Math.abs(tn - tLin[i]) > TOLERANCE
              || (mushy && kLiquid[i] != k[i] && Math.abs(tn - tStar[i]) > TOLERANCE)) {
            more = true;
          }
        }
        scratch[i] = hn;
        tStar[i] = tn;
      }
    }
    lastIterations = it;
    maxIterationsUsed = Math.max(maxIterationsUsed, it);
    if (more) {
      unconvergedSteps++;
    }
    book(dt, theta);
    System.arraycopy(scratch, 0, h, 0, n);
    System.arraycopy(tStar, 0, t, 0, n);
    time += dt;
  }

  /** γ = 2 - √2 of TR-BDF2 (1): the value that makes both stages use the same matrix form. */
  static final double GAMMA = 2 - Math.sqrt(2);

  /**
   * Advances by {@code dt} (s) with TR-BDF2 (Bank et al., IEEE Trans. Electron Devices 32 (1985)
   * 1992; Hosea and Shampine, Appl. Numer. Math. 20 (1996) 21): a Crank-Nicolson stage to t + γdt,
   * then a BDF2 stage to t + dt, written as a backward-Euler step of length (1-γ)dt/(2-γ) from the
   * enthalpy combination [H(t+γdt)/γ - (1-γ)² H(t)/γ] / (2-γ). Second order and L-stable: no
   * oscillation when a cell's capacity collapses at the end of melting, where plain Crank-Nicolson
   * rings. Energy books are weighted so that heat in = Δ stored exactly.
   */
  public void stepTrBdf2(double dt) {
    double t0 = time;
    double top0 = energyTop;
    double bottom0 = energyBottom;
    double air0 = energyAir;
    double source0 = energySource;
    System.arraycopy(faceEnergy, 0, faceEnergyStart, 0, n - 1);
    System.arraycopy(h, 0, hStart, 0, n);
    step(GAMMA * dt, 0.5);
    double extra = 1 / (GAMMA * (2 - GAMMA)) - 1;
    energyTop += extra * (energyTop - top0);
    energyBottom += extra * (energyBottom - bottom0);
    energyAir += extra * (energyAir - air0);
    energySource += extra * (energySource - source0);
    for (int f = 0; f < n - 1; f++) {
      faceEnergy[f] += extra * (faceEnergy[f] - faceEnergyStart[f]);
    }
    double a = 1 / (GAMMA * (2 - GAMMA));
    double b = (1 - GAMMA) * (1 - GAMMA) / (GAMMA * (2 - GAMMA));
    for (int i = 0; i < n; i++) {
      h[i] = a * h[i] - b * hStart[i];
    }
    step((1 - GAMMA) * dt / (2 - GAMMA), 1.0);
    time = t0 + dt;
  }

  /** Energy bookkeeping of the finished step, with the fluxes of the last linear solve. */
  private void book(double dt, double theta) {
    double dte = dt * (1 - theta);
    double dtt = dt * theta;
    // top and bottom surfaces
    double gTopNew = boundaryG(top, hTopStart, kWork[0], dx[0]);
    double gTopOld = boundaryG(top, hTopStart, conductivityAt(0, tOld[0]), dx[0]);
    energyTop +=
        dtt * gTopNew * (top.ambient() - tLin[0]) + dte * gTopOld * (top.ambient() - tOld[0]);
    double gBotNew = boundaryG(bottom, hBottomStart, kWork[n - 1], dx[n - 1]);
    double gBotOld = boundaryG(bottom, hBottomStart, conductivityAt(n - 1, tOld[n - 1]), dx[n - 1]);
    energyBottom +=
        dtt * gBotNew * (bottom.ambient() - tLin[n - 1])
            + dte * gBotOld * (bottom.ambient() - tOld[n - 1]);
    for (int f = 0; f < n - 1; f++) {
      faceEnergy[f] +=
          dtt * gNew[f] * (tLin[f] - tLin[f + 1]) + dte * gOld[f] * (tOld[f] - tOld[f + 1]);
      if (open[f]) {
        for (int c = f; c <= f + 1; c++) {
          double gn = boundaryG(air, hAirAtStart[c], kWork[c], dx[c]);
          double go = boundaryG(air, hAirAtStart[c], conductivityAt(c, tOld[c]), dx[c]);
          energyAir += dtt * gn * (air.ambient() - tLin[c]) + dte * go * (air.ambient() - tOld[c]);
        }
      }
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += source[i] - sourceSlope[i] * tLin[i];
    }
    energySource += dt * s;
  }

  /** Face and ambient conductances (W/(m²·K)) for conductivities kk. */
  private void conductances(
      double[] kk, double[] g, double[] ambGOut, double[] ambGTOut, boolean anyOpen) {
    double[] half = scratchHalf;
    for (int i = 0; i < n; i++) {
      half[i] = 0.5 * dx[i] / kk[i];
    }
    for (int f = 0; f < n - 1; f++) {
      g[f] = open[f] ? 0 : 1 / (half[f] + faceR[f] + half[f + 1]);
    }
    Arrays.fill(ambGOut, 0);
    Arrays.fill(ambGTOut, 0);
    double gt = boundaryG(top, hTopStart, kk[0], dx[0]);
    ambGOut[0] += gt;
    ambGTOut[0] += gt * top.ambient();
    double gb = boundaryG(bottom, hBottomStart, kk[n - 1], dx[n - 1]);
    ambGOut[n - 1] += gb;
    ambGTOut[n - 1] += gb * bottom.ambient();
    if (anyOpen) {
      for (int f = 0; f < n - 1; f++) {
        if (open[f]) {
          for (int c = f; c <= f + 1; c++) {
            double ga = boundaryG(air, hAirAtStart[c], kk[c], dx[c]);
            ambGOut[c] += ga;
            ambGTOut[c] += ga * air.ambient();
          }
        }
      }
    }
  }

  /** Conductance (W/(m²·K)) from the ambient of s through h to the centre of a cell. */
  private static double boundaryG(Surface s, double hEff, double kCell, double width) {
    if (s.isAdiabatic()) {
      return 0;
    }
    double half = width / (2 * kCell);
    if (Double.isInfinite(hEff)) {
      return 1 / half;
    }
    if (hEff == 0) {
      return 0;
    }
    return 1 / (half + 1 / hEff);
  }

  /** Thomas algorithm on lower/diag/upper/rhs into tLin. */
  private void thomas() {
    double[] c = scratch;
    double b = diag[0];
    c[0] = upper[0] / b;
    tLin[0] = rhs[0] / b;
    for (int i = 1; i < n; i++) {
      double inv = 1 / (diag[i] - lower[i] * c[i - 1]);
      c[i] = upper[i] * inv;
      tLin[i] = (rhs[i] - lower[i] * tLin[i - 1]) * inv;
    }
    for (int i = n - 2; i >= 0; i--) {
      tLin[i] -= c[i] * tLin[i + 1];
    }
  }

  double enthalpy(int i, double temp) {
    if (!melt[i]) {
      return cap[i] * temp;
    }
    double lo = tLo[i];
    double hi = tHi[i];
    double cs = cap[i];
    if (temp <= lo) {
      return cs * temp;
    }
    double cMid = 0.5 * (cs + capLiquid[i]);
    if (temp < hi) {
      return cs * lo + (temp - lo) * (cMid + latent[i] / (hi - lo));
    }
    return cs * lo + (hi - lo) * cMid + latent[i] + capLiquid[i] * (temp - hi);
  }

  double temperatureOf(int i, double enth) {
    if (!melt[i]) {
      return enth / cap[i];
    }
    double lo = tLo[i];
    double hi = tHi[i];
    double cs = cap[i];
    double hLo = cs * lo;
    if (enth <= hLo) {
      return enth / cs;
    }
    double cMid = 0.5 * (cs + capLiquid[i]);
    double hHi = hLo + (hi - lo) * cMid + latent[i];
    if (enth < hHi) {
      return lo + (enth - hLo) / (cMid + latent[i] / (hi - lo));
    }
    return hi + (enth - hHi) / capLiquid[i];
  }

  private double slope(int i, double temp) {
    if (!melt[i]) {
      return cap[i];
    }
    if (temp <= tLo[i]) {
      return cap[i];
    }
    if (temp < tHi[i]) {
      return 0.5 * (cap[i] + capLiquid[i]) + latent[i] / (tHi[i] - tLo[i]);
    }
    return capLiquid[i];
  }

  private boolean inRange(int i, double temp) {
    return temp > tLo[i] && temp < tHi[i];
  }

  private double fraction(int i, double temp) {
    if (temp <= tLo[i]) {
      return 0;
    }
    if (temp >= tHi[i]) {
      return 1;
    }
    return (temp - tLo[i]) / (tHi[i] - tLo[i]);
  }

  private double conductivityAt(int i, double temp) {
    if (!melt[i]) {
      return k[i];
    }
    return k[i] + fraction(i, temp) * (kLiquid[i] - k[i]);
  }
}
