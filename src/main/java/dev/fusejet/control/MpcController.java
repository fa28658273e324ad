package dev.fusejet.control;

import dev.fusejet.apparatus.MpcModel;

/**
 * Model-predictive control as Marlin's {@code MPCTEMP}: a lumped block (heat capacity C, loss A to
 * an ambient the controller estimates) and a sensor following it with time constant τ are simulated
 * with the power actually commanded; the model is pulled toward each reading by the smoothing
 * factor, and while near steady state the estimated ambient absorbs what the model misses. The
 * power is planned to close the error in the horizon: P = C (target − T_block) / horizon + A
 * (T_block − T_ambient) + load, where load is the sheet's heat known from the twin before it
 * enters.
 */
final class MpcController implements Controller {

  /** Marlin MPC_STEADYSTATE: block change below which the model counts as steady (K/s). */
  static final double STEADY_STATE = 0.5;

  /** Marlin MPC_MIN_AMBIENT_CHANGE: smallest rate the ambient estimate moves at (K/s). */
  static final double MIN_AMBIENT_CHANGE = 1.0;

  /** Largest distance of the ambient estimate from the configured ambient (K) [E]. */
  static final double AMBIENT_RANGE = 20;

  private final MpcModel m;
  private final double power;
  private final double ambient0;
  private double prevTime = Double.NaN;
  private double block;
  private double sensor;
  private double ambient;
  private double lastDuty;
  private double lastLoad;

  MpcController(MpcModel m, double heaterPower, double ambient) {
    this.m = m;
    this.power = heaterPower;
    this.ambient0 = ambient;
  }

  private MpcController(MpcController o) {
    this(o.m, o.power, o.ambient0);
    prevTime = o.prevTime;
    block = o.block;
    sensor = o.sensor;
    ambient = o.ambient;
    lastDuty = o.lastDuty;
    lastLoad = o.lastLoad;
  }

  @Override
  public double update(double time, double reading, double target, double load) {
    if (Double.isNaN(prevTime)) {
      block = reading;
      sensor = reading;
      ambient = ambient0;
    } else {
      double dt = time - prevTime;
      double blockDelta =
          (lastDuty * power - m.ambientTransfer() * (block - ambient) - lastLoad)
              * dt
              / m.heatCapacity();
      block += blockDelta;
      sensor += (block - sensor) * (1 - Math.exp(-dt / m.sensorResponse()));
      double delta = (reading - sensor) * Math.min(1, m.smoothing() * dt);
      block += delta;
      sensor += delta;
      boolean unclipped = lastDuty > 0 && lastDuty < 1;
      if (unclipped || Math.abs(blockDelta + delta) < STEADY_STATE * dt) {
        double min = MIN_AMBIENT_CHANGE * dt;
        ambient += delta > 0 ? Math.max(delta, min) : Math.min(delta, -min);
        // bounded: unmodelled sheet heat must not drive the estimate far from the room
        ambient = Math.max(ambient0 - AMBIENT_RANGE, Math.min(ambient0 + AMBIENT_RANGE, ambient));
      }
    }
    prevTime = time;
    double p = 0;
    if (target > 0) {
      p = (target - block) * m.heatCapacity() / m.horizon();
      p += m.ambientTransfer() * (block - ambient) + load;
    }
    lastDuty = Math.max(0, Math.min(1, p / power));
    lastLoad = load;
    return lastDuty;
  }

  @Override
  public Controller copy() {
    return new MpcController(this);
  }

  @Override
  public String name() {
    return "mpc";
  }

  /** The block temperature the model holds (°C). */
  double modelTemperature() {
    return block;
  }
}
