package dev.fusejet.apparatus;

/**
 * The lumped model the model-predictive controller plans power on, in the manner of Marlin's MPC
 * ({@code M306}): one heated block, a sensor that follows it, and a loss to ambient; identified by
 * {@code fusejet fuser autotune}.
 *
 * @param heatCapacity heat capacity of the heated block (J/K) (Marlin MPC_BLOCK_HEAT_CAPACITY)
 * @param ambientTransfer loss conductance block to ambient (W/K) (MPC_AMBIENT_XFER_COEFF)
 * @param sensorResponse time constant of the sensor following the block (s), the inverse of
 *     Marlin's MPC_SENSOR_RESPONSIVENESS
 * @param horizon time in which the controller plans to close the error (s); Marlin uses 2 s for a
 *     hot end
 * @param smoothing share of the model-to-measurement difference applied per second (1/s); Marlin's
 *     MPC_SMOOTHING_FACTOR 0.5 per update
 */
public record MpcModel(
    double heatCapacity,
    double ambientTransfer,
    double sensorResponse,
    double horizon,
    double smoothing) {}
