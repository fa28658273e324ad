package dev.fusejet.control;

import java.util.Optional;

/** One safety check, separate from the others; trips by returning a fault. */
interface Guard {
  /** The guard's name, as in docs/fuser.md and {@code --disable-guard}. */
  String name();

  /** Checks one period; a present fault trips the heater off and latches. */
  Optional<Fault> check(GuardInput in);

  /** Told when the set point changes from {@code from} to {@code to} (°C) at {@code time} (s). */
  default void targetChanged(double time, double reading, double from, double to) {}
}
