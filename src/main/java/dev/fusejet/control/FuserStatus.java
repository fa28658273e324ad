package dev.fusejet.control;

import java.util.Optional;

/**
 * What the device shows of its fuser.
 *
 * @param time simulated time (s)
 * @param target set point (°C)
 * @param reading last sensor reading (°C)
 * @param ready whether the surface has reached and settled at the set point since it was set
 * @param warmingUp whether a set point is on and not yet reached
 * @param fault the latched fault, if any
 */
public record FuserStatus(
    double time,
    double target,
    double reading,
    boolean ready,
    boolean warmingUp,
    Optional<Fault> fault) {

  /** The printer-state-reasons keyword to show, if any: the fault's, or none. */
  public Optional<String> stateReason() {
    return fault.map(Fault::reason);
  }
}
