package dev.fusejet.apparatus;

/**
 * The ranges the machine can be run in, and how precisely.
 *
 * @param minTemperature lowest surface set point (°C)
 * @param maxTemperature highest surface set point (°C)
 * @param minSpeed slowest process speed (m/s)
 * @param maxSpeed fastest process speed (m/s)
 * @param speedTolerance relative speed error (1), e.g. 0.02 for ±2 %
 * @param temperatureDroop expected surface temperature droop when sheets enter the nip (K)
 * @param speedStep resolution of the speed set point (m/s)
 * @param temperatureStep resolution of the temperature set point (K)
 */
public record OperatingLimits(
    double minTemperature,
    double maxTemperature,
    double minSpeed,
    double maxSpeed,
    double speedTolerance,
    double temperatureDroop,
    double speedStep,
    double temperatureStep) {}
