package dev.fusejet.control;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.MpcModel;
import dev.fusejet.apparatus.PidGains;
import dev.fusejet.media.Medium;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Relay autotune and model identification on the plant, in simulated time.
 *
 * <p>PID: a relay between full power and off around the target (Klipper PID_CALIBRATE, 5 K below
 * it) until {@link #PEAKS} peaks; the Åström-Hägglund describing function gives the ultimate gain
 * Ku = 4d / (π a), d the relay's half swing (0.5 of full power) and a the half peak-to-peak of the
 * oscillation, and the ultimate period Tu; Ziegler-Nichols' classic rule gives Kp = 0.6 Ku, Ti = Tu
 * / 2, Td = Tu / 8. Medians over the cycles after the first are used, as Klipper does.
 *
 * <p>MPC: from a cold start at full power, the steepest slope s of the reading and the tangent's
 * delay give the block's heat capacity C = (P − A (T − T_amb)) / s and the lag τ; the hold power at
 * the target under the tuned PID gives the ambient transfer A = P u / (T − T_amb); the horizon is
 * twice the lag (Marlin uses 2 s for a hot end with a 0.2 s lag class).
 */
public final class Autotune {
  private Autotune() {}

  /** Peaks of the relay run (Klipper: 12). */
  static final int PEAKS = 12;

  /** Relay band below the target (K) [Klipper TUNE_PID_DELTA 5]. */
  static final double DELTA = 5;

  /** Longest relay run (s). */
  static final double MAX_TIME = 3600;

  /**
   * The autotune's findings.
   *
   * @param pid the Ziegler-Nichols PID gains
   * @param mpc the identified model
   * @param ultimateGain Ku (duty per K)
   * @param ultimatePeriod Tu (s)
   * @param amplitude half peak-to-peak of the relay oscillation (K)
   * @param holdDuty mean duty holding the target (1)
   * @param lines what was measured, for people
   */
  public record Result(
      PidGains pid,
      MpcModel mpc,
      double ultimateGain,
      double ultimatePeriod,
      double amplitude,
      double holdDuty,
      List<String> lines) {
    /** Copies. */
    public Result {
      lines = List.copyOf(lines);
    }
  }

  /** Tunes the apparatus's heater for surface set point {@code target} (°C). */
  public static Result run(Apparatus a, Medium m, double target, long seed) {
    List<String> lines = new ArrayList<>();
    // 1. relay
    Fuser f = Fuser.create(a, m, new Fuser.Options("pid", seed, java.util.Set.of()));
    RelayController relay = new RelayController(DELTA);
    f.useController(relay);
    f.setTarget(target);
    while (relay.peaks.size() < PEAKS && f.time() < MAX_TIME) {
      f.advance(f.period());
      if (f.fault().isPresent()) {
        throw new IllegalStateException(
            "autotune stopped by a fault: " + f.fault().get().message());
      }
    }
    if (relay.peaks.size() < 4) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "the relay did not oscillate around %.1f °C within %.0f s: check heater.power",
              target,
              MAX_TIME));
    }
    List<double[]> p = relay.peaks;
    int cycles = p.size() / 2 - 1;
    double[] amps = new double[p.size() - 2];
    double[] periods = new double[p.size() - 3];
    for (int i = 1; i < p.size() - 1; i++) {
      amps[i - 1] = 0.5 * Math.abs(p.get(i + 1)[1] - p.get(i)[1]);
    }
    for (int i = 1; i < p.size() - 2; i++) {
      periods[i - 1] = p.get(i + 2)[0] - p.get(i)[0];
    }
    double a1 = median(amps);
    double tu = median(periods);
    double ku = 4 * 0.5 / (Math.PI * a1);
    PidGains pid = PidGains.ofGains(0.6 * ku, 0.6 * ku / (0.5 * tu), 0.6 * ku * 0.125 * tu);
    lines.add(
        String.format(
            Locale.ROOT,
            "relay 0-100 %% between %.1f and %.1f °C: %d cycles, amplitude %.2f K, period %.1f s",
            target - DELTA,
            target,
            cycles,
            a1,
            tu));
    lines.add(
        String.format(
            Locale.ROOT,
            "Åström-Hägglund Ku = %.4f /K, Tu = %.1f s; Ziegler-Nichols band %.1f K, Ti %.1f s, Td"
                + " %.2f s",
            ku,
            tu,
            pid.band(),
            pid.integralTime(),
            pid.derivativeTime()));
    // 2. model identification: cold start at full power, then hold under the tuned PID
    Fuser g = Fuser.create(a.withHeaterControl(withPid(a, pid)), m, Fuser.Options.defaults());
    RelayController full = new RelayController(1e9);
    g.useController(full);
    g.setTarget(target);
    double ambient = a.control().ambient();
    double start = g.reading();
    List<double[]> trace = new ArrayList<>();
    while (g.reading() < target - 10 && g.time() < MAX_TIME) {
      g.advance(g.period());
      trace.add(new double[] {g.time(), g.reading()});
    }
    double power = g.ratedPower();
    // steepest slope over a 3-period window (the noise is small against a full-power ramp)
    double best = 0;
    double bestT = 0;
    double bestY = 0;
    for (int i = 3; i < trace.size() - 3; i++) {
      double s =
          (trace.get(i + 3)[1] - trace.get(i - 3)[1]) / (trace.get(i + 3)[0] - trace.get(i - 3)[0]);
      if (s > best) {
        best = s;
        bestT = trace.get(i)[0];
        bestY = trace.get(i)[1];
      }
    }
    double lag = Math.max(g.period(), bestT - (bestY - start) / best);
    g.useController(new PidController(pid));
    double holdStart = g.time();
    double dutySum = 0;
    double readSum = 0;
    int n = 0;
    while (g.time() - holdStart < 600) {
      g.advance(g.period());
      if (g.time() - holdStart > 300) {
        dutySum += g.duty();
        readSum += g.reading();
        n++;
      }
    }
    double holdDuty = dutySum / n;
    double holdT = readSum / n;
    double transfer = holdDuty * power / (holdT - ambient);
    double capacity = (power - transfer * (bestY - ambient)) / best;
    MpcModel mpc =
        new MpcModel(capacity, transfer, lag, Math.max(2, 2 * lag), a.control().mpc().smoothing());
    lines.add(
        String.format(
            Locale.ROOT,
            "full power from %.1f °C: steepest %.2f K/s at %.1f °C, lag %.1f s; hold %.1f %% at"
                + " %.1f °C",
            start,
            best,
            bestY,
            lag,
            100 * holdDuty,
            holdT));
    lines.add(
        String.format(
            Locale.ROOT,
            "MPC model: heat capacity %.1f J/K, ambient transfer %.3f W/K, sensor response %.1f s,"
                + " horizon %.1f s",
            capacity,
            transfer,
            lag,
            mpc.horizon()));
    return new Result(pid, mpc, ku, tu, a1, holdDuty, lines);
  }

  static dev.fusejet.apparatus.HeaterControl withPid(Apparatus a, PidGains pid) {
    var c = a.control();
    return new dev.fusejet.apparatus.HeaterControl(
        c.supplyVoltage(),
        c.supply(),
        c.heaterResponse(),
        c.ambient(),
        c.convection(),
        c.emissivity(),
        c.sensorNoise(),
        c.adcStep(),
        c.sensorLow(),
        c.sensorHigh(),
        c.sensorAngle(),
        c.controlPeriod(),
        c.controller(),
        pid,
        c.hysteresis(),
        c.mpc(),
        c.safety(),
        c.readyBand(),
        c.readyRate(),
        c.maxFeedDelay());
  }

  /** The apparatus's control section with the tuned PID and MPC model. */
  public static dev.fusejet.apparatus.HeaterControl tuned(Apparatus a, Result r) {
    var c = withPid(a, r.pid());
    return new dev.fusejet.apparatus.HeaterControl(
        c.supplyVoltage(),
        c.supply(),
        c.heaterResponse(),
        c.ambient(),
        c.convection(),
        c.emissivity(),
        c.sensorNoise(),
        c.adcStep(),
        c.sensorLow(),
        c.sensorHigh(),
        c.sensorAngle(),
        c.controlPeriod(),
        c.controller(),
        r.pid(),
        c.hysteresis(),
        r.mpc(),
        c.safety(),
        c.readyBand(),
        c.readyRate(),
        c.maxFeedDelay());
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }
}
