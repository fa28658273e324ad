package dev.fusejet.apparatus;

/**
 * The heat source of the heat roller.
 *
 * @param kind e.g. {@code halogen lamp}
 * @param power rated electrical power (W)
 */
public record Heater(String kind, double power) {}
