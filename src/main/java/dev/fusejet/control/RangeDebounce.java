package dev.fusejet.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Guard 6: {@code count} consecutive readings at a rail of the converter (sensor shorted or open)
 * trip (Klipper RANGE_CHECK_COUNT 4); one stray sample does not.
 */
final class RangeDebounce implements Guard {
  static final String NAME = "range-debounce";
  private final int count;
  private final double high;
  private int run;

  RangeDebounce(int count, double high) {
    this.count = count;
    this.high = high;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Fault> check(GuardInput in) {
    if (Double.isNaN(in.reading())) {
      return Optional.empty();
    }
    run = in.atRail() ? run + 1 : 0;
    if (run >= count) {
      boolean hi = in.reading() >= high;
      return Optional.of(
          new Fault(
              NAME,
              hi ? Fault.OVER_TEMP : Fault.UNDER_TEMP,
              String.format(
                  Locale.ROOT,
                  "sensor %s: %d consecutive readings at the %s rail %.1f °C (limit %d)",
                  hi ? "shorted" : "open",
                  run,
                  hi ? "high" : "low",
                  in.reading(),
                  count),
              in.time(),
              in.reading(),
              in.target()));
    }
    return Optional.empty();
  }
}
