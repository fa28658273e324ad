package dev.fusejet.fuser;

import dev.fusejet.units.Dimension;

/**
 * One change that would make an infeasible window feasible, in numbers (SI; temperatures in °C):
 * the parameter moved alone, all else kept, and the value it must pass. Words for people are the
 * edge's to write.
 *
 * @param parameter what to change
 * @param current its current value (the parameter's unit), NaN for {@link Parameter#MODE}
 * @param direction whether the value must go below {@code needed}, above it, or between {@code
 *     needed} and {@code neededHigh}
 * @param needed the threshold (the parameter's unit); for {@link Direction#BETWEEN} the low end
 * @param neededHigh the high end for {@link Direction#BETWEEN}, else NaN
 */
public record Suggestion(
    Parameter parameter, double current, Direction direction, double needed, double neededHigh) {

  /** What a suggestion changes, with the configuration key(s) that set it and its dimension. */
  public enum Parameter {
    /** The fusing mode (standard instead of high gloss); no number. */
    MODE("mode", null),
    /** The apparatus' highest set point (°C). */
    MAX_TEMPERATURE("limits.max-temperature", Dimension.TEMPERATURE),
    /** The apparatus' lowest set point (°C). */
    MIN_TEMPERATURE("limits.min-temperature", Dimension.TEMPERATURE),
    /** The apparatus' slowest speed (m/s). */
    MIN_SPEED("limits.min-speed", Dimension.SPEED),
    /** The apparatus' fastest speed (m/s). */
    MAX_SPEED("limits.max-speed", Dimension.SPEED),
    /** Half-width of the temperature band: sensor accuracy plus droop (K). */
    TEMPERATURE_BAND(
        "sensor.accuracy + limits.temperature-droop", Dimension.TEMPERATURE_DIFFERENCE),
    /** The medium's resin-particle Tg (°C). */
    GLASS_TRANSITION(
        "medium: surface-layer.resin-particles.glass-transition", Dimension.TEMPERATURE),
    /** The medium's face-resin melting temperature (°C). */
    MELTING_TEMPERATURE("medium: support.face-resin.melting-temperature", Dimension.TEMPERATURE),
    /** The nip width along the paper path (m). */
    NIP_WIDTH("nip width (nip.measured-width or belt.nip-length)", Dimension.LENGTH);

    private final String key;
    private final Dimension dimension;

    Parameter(String key, Dimension dimension) {
      this.key = key;
      this.dimension = dimension;
    }

    /** Where it is set, as named in the configuration files. */
    public String key() {
      return key;
    }

    /** The dimension of its values; null for {@link #MODE}. */
    public Dimension dimension() {
      return dimension;
    }
  }

  /** Which side of the threshold the value must reach. */
  public enum Direction {
    /** Strictly below {@code needed}. */
    BELOW,
    /** Strictly above {@code needed}. */
    ABOVE,
    /** Between {@code needed} and {@code neededHigh}. */
    BETWEEN,
    /** No number: a categorical change (the mode). */
    OTHER
  }

  /** Whether {@code value} (the parameter's unit) satisfies this suggestion's bound. */
  public boolean satisfiedBy(double value) {
    return switch (direction) {
      case BELOW -> value < needed;
      case ABOVE -> value > needed;
      case BETWEEN -> value >= needed && value <= neededHigh;
      case OTHER -> false;
    };
  }
}
