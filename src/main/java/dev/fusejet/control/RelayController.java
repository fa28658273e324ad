package dev.fusejet.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The relay of an autotune: full power until the reading reaches the target, off until it falls
 * {@code delta} below (Klipper PID_CALIBRATE, TUNE_PID_DELTA 5 K), recording the extreme of each
 * half cycle: a maximum while off, a minimum while on (none for the first warm-up).
 */
final class RelayController implements Controller {
  private final double delta;
  private boolean heating = true;
  private boolean first = true;
  private double high;
  private double highTime;
  private double low;
  private double lowTime;

  /** Peaks {time (s), reading (°C), +1 max / -1 min}, in order. */
  final List<double[]> peaks = new ArrayList<>();

  RelayController(double delta) {
    this.delta = delta;
  }

  @Override
  public double update(double time, double reading, double target, double load) {
    if (heating) {
      if (!first && reading < low) {
        low = reading;
        lowTime = time;
      }
      if (reading >= target) {
        heating = false;
        if (!first) {
          peaks.add(new double[] {lowTime, low, -1});
        }
        high = reading;
        highTime = time;
      }
    } else {
      if (reading > high) {
        high = reading;
        highTime = time;
      }
      if (reading <= target - delta) {
        heating = true;
        first = false;
        peaks.add(new double[] {highTime, high, 1});
        low = reading;
        lowTime = time;
      }
    }
    return heating ? 1 : 0;
  }

  @Override
  public Controller copy() {
    RelayController c = new RelayController(delta);
    c.heating = heating;
    c.first = first;
    c.high = high;
    c.highTime = highTime;
    c.low = low;
    c.lowTime = lowTime;
    return c;
  }

  @Override
  public String name() {
    return "relay";
  }
}
