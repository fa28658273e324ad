package dev.fusejet.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Guard 2: after the set point rises, the reading must gain at least {@code increase} K in every
 * {@code period} s until it enters the band below the target (Marlin WATCH_TEMP_PERIOD /
 * WATCH_TEMP_INCREASE; Klipper check_gain_time / heating_gain).
 */
final class HeatingProgress implements Guard {
  static final String NAME = "heating-progress";
  private final double period;
  private final double increase;
  private final double band;
  private boolean armed;
  private double periodStart;
  private double startReading;

  HeatingProgress(double period, double increase, double band) {
    this.period = period;
    this.increase = increase;
    this.band = band;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void targetChanged(double time, double reading, double from, double to) {
    armed = to > 0 && to > from && reading < to - band;
    periodStart = time;
    startReading = reading;
  }

  @Override
  public Optional<Fault> check(GuardInput in) {
    if (!armed || !in.plausible()) {
      return Optional.empty();
    }
    if (in.reading() >= in.target() - band) {
      armed = false;
      return Optional.empty();
    }
    if (in.time() - periodStart >= period) {
      double gain = in.reading() - startReading;
      if (gain < increase) {
        return Optional.of(
            new Fault(
                NAME,
                Fault.UNDER_TEMP,
                String.format(
                    Locale.ROOT,
                    "heating failed: gained %.1f K in %.0f s, at least %.1f K required (%.1f °C,"
                        + " target %.1f °C)",
                    gain,
                    in.time() - periodStart,
                    increase,
                    in.reading(),
                    in.target()),
                in.time(),
                in.reading(),
                in.target()));
      }
      periodStart = in.time();
      startReading = in.reading();
    }
    return Optional.empty();
  }
}
