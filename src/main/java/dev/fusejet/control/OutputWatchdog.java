package dev.fusejet.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Guard 5: the heater output expires unless the controller refreshes it within {@code maxHeatTime}
 * (Klipper's MCU MAX_HEAT_TIME 3 s; its host forces the output off after a 5 s stall). A stalled
 * control loop therefore cannot leave the heater on.
 */
final class OutputWatchdog implements Guard {
  static final String NAME = "output-watchdog";
  private final double maxHeatTime;

  OutputWatchdog(double maxHeatTime) {
    this.maxHeatTime = maxHeatTime;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Fault> check(GuardInput in) {
    double age = in.time() - in.lastRefresh();
    if (age > maxHeatTime) {
      return Optional.of(
          new Fault(
              NAME,
              Fault.WATCHDOG,
              String.format(
                  Locale.ROOT,
                  "controller stalled: heater output not refreshed for %.1f s (limit %.1f s)",
                  age,
                  maxHeatTime),
              in.time(),
              in.reading(),
              in.target()));
    }
    return Optional.empty();
  }
}
