package dev.fusejet.twin;

import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.twin.heat.HeatSolver;
import dev.fusejet.twin.heat.StepListener;
import dev.fusejet.twin.heat.Surface;
import dev.fusejet.twin.heat.TimeStepper;
import dev.fusejet.units.Units;

/**
 * One pass of a sheet point: pre-nip air, nip, post-nip air; evaporation, sintering and blister
 * rule evaluated along the way. Single use.
 */
final class SheetPass implements StepListener {

  private enum Phase {
    BEFORE,
    NIP,
    AFTER
  }

  /** First step before the nip at the default 40 nip steps (s); scales as 40 / nip steps. */
  static final double BEFORE_FIRST_STEP = 0.02;

  /** Excess growth of air steps (growth - 1) at the default 40 nip steps (1); scales likewise. */
  static final double STEP_GROWTH = 0.15;

  /** Largest step in air at the default 40 nip steps (s); scales likewise. */
  static final double MAX_AIR_STEP = 0.05;

  /** Nip steps the air-step constants are stated for (1). */
  static final int REFERENCE_NIP_STEPS = 40;

  private final Twin twin;
  private final SheetStack st;
  private final OperatingPoint op;
  private final InkLoad ink;
  private final double[] rollerBefore;
  private final HeatSolver s;
  private final double dwell;
  private final double tg;
  private final double tm;

  private final int surfFirst;
  private final int surfEnd;
  private final int absFirst;
  private final int absEnd;
  private final int faceFirst;
  private final int faceEnd;
  private final double[] water; // water volume fraction per cell (1)
  private final double[] coSolvent; // co-solvent volume fraction per cell (1)
  private final double faceThickness;

  private Phase phase = Phase.BEFORE;
  private double nipStart;
  private int sourceCell = -1;
  private double sourceLatent;
  private double sourceEnergyBefore;
  private final double[] evaporated = new double[3];
  private double overflow;

  private double prevParticle;
  private double prevResin;
  private double prevSinter;
  private double particlePeak = Double.NEGATIVE_INFINITY;
  private double resinPeak = Double.NEGATIVE_INFINITY;
  private double timeAboveTg;
  private double timeAboveTm;
  private double productTg;
  private double productTm;
  private double meltMax;
  private double fluidityIntegral;
  private double density;
  private boolean blister;
  private double blisterScore;
  private int steps;

  private final DoubleSeries hTime = new DoubleSeries();
  private final DoubleSeries hSurface = new DoubleSeries();
  private final DoubleSeries hParticle = new DoubleSeries();
  private final DoubleSeries hResin = new DoubleSeries();
  private final DoubleSeries hRoller = new DoubleSeries();
  private final DoubleSeries hBack = new DoubleSeries();
  private final DoubleSeries hMelt = new DoubleSeries();
  private final DoubleSeries hWater = new DoubleSeries();

  SheetPass(Twin twin, OperatingPoint op, InkLoad ink, double[] rollerBefore) {
    this.twin = twin;
    this.st = twin.stack;
    this.op = op;
    this.ink = ink;
    this.rollerBefore = rollerBefore;
    this.s = st.newSolver(twin.settings.meltingHalfRange());
    this.dwell = twin.nip.dwell(op.speed());
    this.tg = twin.medium.glassTransition();
    this.tm = twin.medium.meltingTemperature();
    surfFirst = st.first(SheetStack.Part.SURFACE);
    surfEnd = st.end(SheetStack.Part.SURFACE);
    absFirst = st.first(SheetStack.Part.ABSORBING);
    absEnd = st.end(SheetStack.Part.ABSORBING);
    faceFirst = st.first(SheetStack.Part.FACE_RESIN);
    faceEnd = st.end(SheetStack.Part.FACE_RESIN);
    double ft = 0;
    for (int i = faceFirst; i < faceEnd; i++) {
      ft += st.dx[i];
    }
    faceThickness = ft;
    water = new double[st.dx.length];
    coSolvent = new double[st.dx.length];
    density = twin.initialDensity;
  }

  SheetReport run() {
    TwinSettings set = twin.settings;
    int n = st.dx.length;
    int rc = st.rollerCells;
    int fTop = rc - 1;
    int fBot = st.sheetEnd - 1;
    double amb = set.ambient();
    Surface air = new Surface(set.airH(), amb, set.emissivity());
    // roller skin: given state or the steady idle profile with the surface at the set point
    double tSet = op.temperature();
    double q = air.h() * (tSet - amb) + radiation(set.emissivity(), tSet, amb);
    double r = 0;
    double[] rollerT = new double[rc];
    for (int i = rc - 1; i >= 0; i--) {
      double k = s.conductivity(i);
      r += st.dx[i] / (2 * k);
      rollerT[i] = tSet + q * r;
      r += st.dx[i] / (2 * k);
    }
    double tCore = tSet + q * r;
    for (int i = 0; i < rc; i++) {
      s.setTemperature(i, rollerBefore != null ? rollerBefore[i] : rollerT[i]);
    }
    for (int i = rc; i < st.sheetEnd; i++) {
      s.setTemperature(i, amb);
    }
    double tp =
        Double.isNaN(set.pressureRollerTemperature())
            ? 0.5 * (amb + tSet)
            : set.pressureRollerTemperature();
    for (int i = st.sheetEnd; i < n; i++) {
      s.setTemperature(i, tp);
    }
    fillLiquid();
    s.setTop(Surface.fixed(tCore));
    s.setBottom(Surface.adiabatic());
    s.setAir(air);
    double front = twin.frontContact(tSet);
    s.setContactResistance(fTop, 1 / front);
    s.setMaxIterations(set.solverIterations());
    s.setContactResistance(fBot, 1 / set.backContact());
    s.setOpen(fTop, true);
    s.setOpen(fBot, true);

    double e0 = s.storedEnergy();
    double in0 = inflow();
    prevParticle = particleTemperature();
    prevResin = resinTop();
    prevSinter = s.temperature(surfFirst);
    record();

    phase = Phase.BEFORE;
    // air steps refine with the nip steps, so that more nip steps refine the whole pass
    double refine = (double) REFERENCE_NIP_STEPS / set.nipSteps();
    if (set.timeBefore() > 0) {
      double first = Math.min(BEFORE_FIRST_STEP * refine, set.timeBefore() / 4);
      TimeStepper.graded(
          s,
          set.timeBefore(),
          first,
          1 + 2 * STEP_GROWTH * refine,
          4 * MAX_AIR_STEP * refine,
          TimeStepper.Scheme.ADAPTIVE,
          this);
    }
    phase = Phase.NIP;
    nipStart = s.time();
    s.setOpen(fTop, false);
    s.setOpen(fBot, false);
    double nipDt = dwell / set.nipSteps();
    TimeStepper.graded(s, dwell, nipDt, 1.0, nipDt, TimeStepper.Scheme.ADAPTIVE, this);
    double energyFromRoller = s.energyThroughFace(fTop);
    double nipEnd = s.time();
    phase = Phase.AFTER;
    s.setOpen(fTop, true);
    s.setOpen(fBot, true);
    if (set.timeAfter() > 0) {
      TimeStepper.graded(
          s,
          set.timeAfter(),
          nipDt,
          1 + STEP_GROWTH * refine,
          Math.max(nipDt, MAX_AIR_STEP * refine),
          TimeStepper.Scheme.ADAPTIVE,
          this);
    }
    double residual = (s.storedEnergy() - e0) - (inflow() - in0);
    double scale = Math.max(Math.abs(energyFromRoller), 1e-30);

    double neck =
        Sintering.neckSquared(fluidityIntegral, set.surfaceTension(), twin.particleRadius);
    double neckDegree = Math.min(1, neck);
    double densDegree = (density - twin.initialDensity) / (1 - twin.initialDensity);
    double degree = 1 - (1 - neckDegree) * (1 - Math.max(0, Math.min(1, densDegree)));
    double sigma0 = twin.particleRadius * (1 - degree);
    double sigma =
        Math.sqrt(
            twin.rollerRoughness * twin.rollerRoughness
                + twin.pigmentRoughness * twin.pigmentRoughness
                + sigma0 * sigma0);
    double[] rollerAfter = new double[rc];
    for (int i = 0; i < rc; i++) {
      rollerAfter[i] = s.temperature(i);
    }
    History h =
        set.recordHistory()
            ? new History(
                hTime.toArray(),
                hSurface.toArray(),
                hParticle.toArray(),
                hResin.toArray(),
                hRoller.toArray(),
                hBack.toArray(),
                hMelt.toArray(),
                hWater.toArray(),
                nipStart,
                nipEnd)
            : null;
    return new SheetReport(
        op,
        ink,
        twin.nip,
        dwell,
        tg,
        tm,
        (tSet - tg) * dwell,
        (tSet - tm) * dwell,
        particlePeak,
        timeAboveTg,
        productTg,
        resinPeak,
        timeAboveTm,
        productTm,
        meltMax,
        neck,
        density,
        degree,
        sigma,
        twin.gloss.gloss(20, sigma),
        twin.gloss.gloss(60, sigma),
        twin.gloss.gloss(85, sigma),
        overflow,
        evaporated.clone(),
        totalWater(),
        blister,
        blisterScore,
        energyFromRoller,
        residual / scale,
        rollerAfter,
        h,
        n,
        steps,
        front,
        s.unconvergedSteps(),
        set.fusedDegree(),
        set.highGlossDegree());
  }

  private double inflow() {
    return s.energyTop()
        + s.energyBottom()
        + s.energyAir()
        + s.energySource()
        + s.energyCapacityChange();
  }

  private static double radiation(double eps, double t, double amb) {
    double tk = t + Units.ZERO_CELSIUS_IN_KELVIN;
    double ak = amb + Units.ZERO_CELSIUS_IN_KELVIN;
    return eps * Surface.SIGMA * (tk * tk * tk * tk - ak * ak * ak * ak);
  }

  /**
   * Puts the liquid into the pores: the solvent-absorbing layer from its top down, then the surface
   * layer from its bottom up; what is left over stays on top and is reported as overflow.
   */
  private void fillLiquid() {
    double left = ink.liquid();
    double wf = ink.waterFraction();
    for (int i = absFirst; i < absEnd && left > 0; i++) {
      left = put(i, left, wf);
    }
    for (int i = surfEnd - 1; i >= surfFirst && left > 0; i--) {
      left = put(i, left, wf);
    }
    overflow = left;
  }

  private double put(int i, double left, double wf) {
    double cap = st.porosity(i) * st.dx[i];
    double v = Math.min(cap, left);
    water[i] = wf * v / st.dx[i];
    coSolvent[i] = (1 - wf) * v / st.dx[i];
    updateCell(i);
    return left - v;
  }

  private void updateCell(int i) {
    double eps = st.porosity(i);
    s.setLinear(
        i, st.porousCapacity(i, water[i], coSolvent[i]), st.porousK(eps, water[i], coSolvent[i]));
  }

  private double totalWater() {
    double w = 0;
    for (int i = surfFirst; i < absEnd; i++) {
      w += water[i] * st.dx[i];
    }
    return w;
  }

  /** Topmost cell holding water, or -1. */
  private int wetFront() {
    for (int i = surfFirst; i < absEnd; i++) {
      if (water[i] > 0) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void beforeStep(double time, double dt) {
    sourceCell = -1;
    int i = wetFront();
    if (i < 0) {
      return;
    }
    double dry = 0;
    for (int c = surfFirst; c < i; c++) {
      dry += st.dx[c];
    }
    boolean sealed = phase == Phase.NIP;
    double t0 = s.temperature(i);
    double j0 = twin.evaporation.massFlux(t0, dry, sealed);
    if (j0 <= 0) {
      return;
    }
    double j1 =
        (twin.evaporation.massFlux(t0 + 0.05, dry, sealed)
                - twin.evaporation.massFlux(t0 - 0.05, dry, sealed))
            / 0.1;
    double available = totalWater() * Materials.WATER.rho();
    if (j0 * dt > 0.9 * available) {
      double f = 0.9 * available / (j0 * dt);
      j0 *= f;
      j1 *= f;
    }
    j1 = Math.max(0, j1);
    double hfg = WaterVapour.latentHeat(t0);
    s.setSource(i, -hfg * (j0 - j1 * t0), hfg * j1);
    sourceCell = i;
    sourceLatent = hfg;
    sourceEnergyBefore = s.energySource();
  }

  @Override
  public void afterStep(double time, double dt) {
    steps++;
    if (sourceCell >= 0) {
      s.setSource(sourceCell, 0, 0);
      double mass = -(s.energySource() - sourceEnergyBefore) / sourceLatent;
      double vol = Math.max(0, mass / Materials.WATER.rho());
      evaporated[phaseIndex()] += vol;
      for (int c = sourceCell; c < absEnd && vol > 0; c++) {
        double have = water[c] * st.dx[c];
        double take = Math.min(have, vol);
        if (take > 0) {
          water[c] = (have - take) / st.dx[c];
          if (water[c] < 1e-15) {
            water[c] = 0;
          }
          updateCell(c);
          vol -= take;
        }
      }
    }
    double tp = particleTemperature();
    double tr = resinTop();
    particlePeak = Math.max(particlePeak, tp);
    resinPeak = Math.max(resinPeak, tr);
    timeAboveTg += above(prevParticle, tp, tg, dt);
    timeAboveTm += above(prevResin, tr, tm, dt);
    productTg += excess(prevParticle, tp, tg, dt);
    productTm += excess(prevResin, tr, tm, dt);
    // sintering of the outermost particles, which replicate the roller and set the gloss
    double ts = s.temperature(surfFirst);
    double f0 = twin.viscosity.fluidity(prevSinter);
    double f1 = twin.viscosity.fluidity(ts);
    fluidityIntegral += 0.5 * (f0 + f1) * dt;
    double pressure = 0;
    if (phase == Phase.NIP) {
      double mid = time - 0.5 * dt - nipStart;
      pressure = twin.nip.pressureAt(-twin.nip.width() / 2 + op.speed() * mid);
    }
    double fMid = twin.viscosity.fluidity(0.5 * (prevSinter + ts));
    density =
        Sintering.densify(
            density, dt, fMid, pressure, twin.particleRadius, twin.settings.surfaceTension());
    double melt = 0;
    for (int c = faceFirst; c < faceEnd; c++) {
      melt += s.liquidFraction(c) * st.dx[c];
    }
    meltMax = Math.max(meltMax, melt / faceThickness);
    double near = 0;
    double depth = 0;
    for (int c = absEnd - 1; c >= absFirst && depth < twin.settings.blisterDepth(); c--) {
      near += water[c] * st.dx[c];
      depth += st.dx[c];
    }
    double tw = s.temperature(absEnd - 1);
    blister |= twin.blister.flag(near, tw, tr);
    blisterScore = Math.max(blisterScore, twin.blister.score(near, tw, tr));
    prevParticle = tp;
    prevResin = tr;
    prevSinter = ts;
    record();
  }

  private int phaseIndex() {
    return switch (phase) {
      case BEFORE -> 0;
      case NIP -> 1;
      case AFTER -> 2;
    };
  }

  private void record() {
    if (!twin.settings.recordHistory()) {
      return;
    }
    hTime.add(s.time());
    hSurface.add(s.temperature(st.rollerCells));
    hParticle.add(prevParticle);
    hResin.add(prevResin);
    hRoller.add(s.temperature(st.rollerCells - 1));
    hBack.add(s.temperature(st.sheetEnd - 1));
    double melt = 0;
    for (int c = faceFirst; c < faceEnd; c++) {
      melt += s.liquidFraction(c) * st.dx[c];
    }
    hMelt.add(melt / faceThickness);
    hWater.add(totalWater());
  }

  /** Temperature (°C) at the top face of the image-side resin layer, from its two neighbours. */
  private double resinTop() {
    int a = faceFirst - 1;
    double ga = 2 * s.conductivity(a) / st.dx[a];
    double gb = 2 * s.conductivity(faceFirst) / st.dx[faceFirst];
    return (ga * s.temperature(a) + gb * s.temperature(faceFirst)) / (ga + gb);
  }

  private double particleTemperature() {
    double sum = 0;
    double w = 0;
    for (int i = surfFirst; i < surfEnd; i++) {
      sum += s.temperature(i) * st.dx[i];
      w += st.dx[i];
    }
    return sum / w;
  }

  /** Time (s) within a step of length dt that a linear T from a to b spends above level. */
  static double above(double a, double b, double level, double dt) {
    if (a > level && b > level) {
      return dt;
    }
    if (a <= level && b <= level) {
      return 0;
    }
    double f = (Math.max(a, b) - level) / Math.abs(b - a);
    return f * dt;
  }

  /** ∫ max(0, T - level) dt (K·s) for T linear from a to b over dt. */
  static double excess(double a, double b, double level, double dt) {
    double x = a - level;
    double y = b - level;
    if (x >= 0 && y >= 0) {
      return 0.5 * (x + y) * dt;
    }
    if (x <= 0 && y <= 0) {
      return 0;
    }
    double pos = Math.max(x, y);
    double f = pos / Math.abs(y - x);
    return 0.5 * pos * f * dt;
  }
}
