package dev.fusejet.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Guard 1: a plausible reading above the maximum or below the minimum trips at once (Marlin
 * MAXTEMP/MINTEMP, Klipper max_temp/min_temp). Readings at the converter's rails are electrical
 * faults, left to {@link RangeDebounce}.
 */
final class AbsoluteLimits implements Guard {
  static final String NAME = "absolute-limits";
  private final double min;
  private final double max;

  AbsoluteLimits(double min, double max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Fault> check(GuardInput in) {
    if (!in.plausible()) {
      return Optional.empty();
    }
    if (in.reading() > max) {
      return Optional.of(
          new Fault(
              NAME,
              Fault.OVER_TEMP,
              String.format(
                  Locale.ROOT, "reading %.1f °C above the maximum %.1f °C", in.reading(), max),
              in.time(),
              in.reading(),
              in.target()));
    }
    if (in.reading() < min) {
      return Optional.of(
          new Fault(
              NAME,
              Fault.UNDER_TEMP,
              String.format(
                  Locale.ROOT, "reading %.1f °C below the minimum %.1f °C", in.reading(), min),
              in.time(),
              in.reading(),
              in.target()));
    }
    return Optional.empty();
  }
}
