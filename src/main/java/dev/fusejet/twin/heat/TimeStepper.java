package dev.fusejet.twin.heat;

/**
 * Time marching for {@link HeatSolver}: Crank-Nicolson with geometrically growing steps, where the
 * first two steps of every segment are replaced by four backward-Euler half steps (Rannacher,
 * "Finite element solution of diffusion problems with irregular data", Numer. Math. 43 (1984) 309).
 * The start steps damp the non-smooth modes that a sudden change of boundary condition (nip entry
 * or exit) excites, which plain Crank-Nicolson would leave oscillating, without losing second
 * order.
 */
public final class TimeStepper {
  private TimeStepper() {}

  /** The time integration scheme. */
  public enum Scheme {
    /** Crank-Nicolson (θ = 1/2) with four backward-Euler half steps at the start of a segment. */
    CRANK_NICOLSON,
    /** TR-BDF2, L-stable; also starts with backward-Euler half steps. */
    TR_BDF2,
    /** Backward Euler (θ = 1), first order: for comparisons only. */
    BACKWARD_EULER,
    /**
     * TR-BDF2 for steps that start with a melting cell in or within {@link HeatSolver#NEAR_MELTING}
     * of its melting range, Crank-Nicolson otherwise: L-stable where the capacity jumps, one solve
     * per step elsewhere.
     */
    ADAPTIVE
  }

  /** Uniform Crank-Nicolson steps: {@code steps} steps (1) over {@code duration} (s). */
  public static int uniform(HeatSolver s, double duration, int steps, StepListener listener) {
    double dt = duration / steps;
    return graded(s, duration, dt, 1.0, dt, listener);
  }

  /**
   * Graded Crank-Nicolson steps, see {@link #graded(HeatSolver, double, double, double, double,
   * Scheme, StepListener)}.
   */
  public static int graded(
      HeatSolver s,
      double duration,
      double firstStep,
      double growth,
      double maxStep,
      StepListener listener) {
    return graded(s, duration, firstStep, growth, maxStep, Scheme.CRANK_NICOLSON, listener);
  }

  /**
   * Marches over {@code duration} (s) starting with steps of {@code firstStep} (s) that grow by
   * {@code growth} (1, at least 1) per step up to {@code maxStep} (s); the last step is shortened
   * to end exactly at {@code duration}. Returns the number of steps taken.
   */
  public static int graded(
      HeatSolver s,
      double duration,
      double firstStep,
      double growth,
      double maxStep,
      Scheme scheme,
      StepListener listener) {
    if (!(duration >= 0) || !(firstStep > 0) || !(growth >= 1) || !(maxStep >= firstStep)) {
      throw new IllegalArgumentException(
          "bad time stepping: duration "
              + duration
              + " s, first step "
              + firstStep
              + " s, growth "
              + growth
              + ", max step "
              + maxStep
              + " s");
    }
    double t0 = s.time();
    double end = t0 + duration;
    int steps = 0;
    double startSpan = Math.min(2 * firstStep, duration);
    if (startSpan <= 0) {
      return 0;
    }
    double half = startSpan / 4;
    for (int i = 0; i < 4; i++) {
      listener.beforeStep(s.time(), half);
      s.step(half, 1.0);
      steps++;
      listener.afterStep(s.time(), half);
    }
    double dt = firstStep;
    while (end - s.time() > 1e-12 * Math.max(1, duration)) {
      dt = Math.min(dt * growth, maxStep);
      double step = Math.min(dt, end - s.time());
      listener.beforeStep(s.time(), step);
      switch (scheme) {
        case CRANK_NICOLSON -> s.step(step, 0.5);
        case TR_BDF2 -> s.stepTrBdf2(step);
        case BACKWARD_EULER -> s.step(step, 1.0);
        case ADAPTIVE -> {
          if (s.nearMelting()) {
            s.stepTrBdf2(step);
          } else {
            s.step(step, 0.5);
          }
        }
      }
      steps++;
      listener.afterStep(s.time(), step);
    }
    return steps;
  }
}
