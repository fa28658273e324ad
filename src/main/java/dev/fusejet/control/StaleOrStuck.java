package dev.fusejet.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Guard 4: no fresh reading for {@code staleTime} (Klipper QUELL_STALE_TIME 7 s), or, while the
 * heater is delivering power, a reading that has not changed at all for {@code stuckPeriod}
 * (Marlin's variance monitor). A live sensor on a heated, noisy surface always moves by a converter
 * step within that time.
 */
final class StaleOrStuck implements Guard {
  static final String NAME = "stale-or-stuck-sensor";

  /** Mean duty above which the heater counts as delivering power (1). */
  static final double HEATING = 0.02;

  private final double staleTime;
  private final double stuckPeriod;
  private double lastFresh = Double.NaN;
  private double lastValue = Double.NaN;
  private double lastChange;
  private double dutyIntegral;

  StaleOrStuck(double staleTime, double stuckPeriod) {
    this.staleTime = staleTime;
    this.stuckPeriod = stuckPeriod;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Fault> check(GuardInput in) {
    if (Double.isNaN(lastFresh)) {
      lastFresh = in.time();
      lastChange = in.time();
    }
    if (Double.isNaN(in.reading())) {
      if (in.time() - lastFresh > staleTime) {
        return Optional.of(
            new Fault(
                NAME,
                Fault.SENSOR,
                String.format(
                    Locale.ROOT,
                    "stale sensor: no reading for %.1f s (limit %.1f s)",
                    in.time() - lastFresh,
                    staleTime),
                in.time(),
                lastValue,
                in.target()));
      }
      return Optional.empty();
    }
    lastFresh = in.time();
    if (in.reading() != lastValue) {
      lastValue = in.reading();
      lastChange = in.time();
      dutyIntegral = 0;
      return Optional.empty();
    }
    dutyIntegral += in.duty() * in.dt();
    double held = in.time() - lastChange;
    if (held >= stuckPeriod && dutyIntegral > HEATING * held) {
      return Optional.of(
          new Fault(
              NAME,
              Fault.SENSOR,
              String.format(
                  Locale.ROOT,
                  "stuck sensor: %.1f °C unchanged for %.1f s while heating at %.0f %% (limit %.0f"
                      + " s)",
                  in.reading(),
                  held,
                  100 * dutyIntegral / held,
                  stuckPeriod),
              in.time(),
              in.reading(),
              in.target()));
    }
    return Optional.empty();
  }
}
