package dev.fusejet.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Guard 3: once the reading has reached the band around the set point, the shortfall below the band
 * is integrated (K·s) and trips at {@code maxError}; it is cleared whenever the reading is back in
 * the band (Klipper verify_heater: hysteresis 5 K, max_error 120 K·s). Armed only after the band is
 * reached, so warm-up is {@link HeatingProgress}'s.
 */
final class HoldBandRunaway implements Guard {
  static final String NAME = "hold-band-runaway";
  private final double hysteresis;
  private final double maxError;
  private boolean armed;
  private double error;

  HoldBandRunaway(double hysteresis, double maxError) {
    this.hysteresis = hysteresis;
    this.maxError = maxError;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void targetChanged(double time, double reading, double from, double to) {
    armed = to > 0 && reading >= to - hysteresis;
    error = 0;
  }

  @Override
  public Optional<Fault> check(GuardInput in) {
    if (in.target() <= 0 || !in.plausible()) {
      return Optional.empty();
    }
    double low = in.target() - hysteresis;
    if (in.reading() >= low) {
      armed = true;
      if (in.reading() <= in.target() + hysteresis) {
        error = 0;
      }
      return Optional.empty();
    }
    if (!armed) {
      return Optional.empty();
    }
    error += (low - in.reading()) * in.dt();
    if (error >= maxError) {
      return Optional.of(
          new Fault(
              NAME,
              Fault.UNDER_TEMP,
              String.format(
                  Locale.ROOT,
                  "thermal runaway: %.0f K·s below the band %.1f °C (limit %.0f K·s), reading"
                      + " %.1f °C",
                  error,
                  low,
                  maxError,
                  in.reading()),
              in.time(),
              in.reading(),
              in.target()));
    }
    return Optional.empty();
  }
}
