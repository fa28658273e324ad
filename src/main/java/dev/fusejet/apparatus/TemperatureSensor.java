package dev.fusejet.apparatus;

/**
 * The surface temperature sensor of the heat roller or belt.
 *
 * @param kind e.g. {@code contact NTC thermistor}
 * @param accuracy worst-case error of the reading (K)
 * @param timeConstant first-order response time constant, 63.2 % step (s)
 */
public record TemperatureSensor(String kind, double accuracy, double timeConstant) {}
