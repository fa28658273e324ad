package dev.fusejet.device;

import java.util.List;

/**
 * Injects faults into a simulated device, for tests and the web page's maintenance panel. An
 * injected {@code -error} fault stops the device at its next wait point (the next sheet feed or
 * band); clearing it resumes. Supplies behave as on the machine: {@link Fault#mediaEmpty} empties
 * the source and {@link Fault#inkEmpty} drains the cartridge to its reserve, so {@link
 * Device#loadMedia} and {@link Device#replaceSupply} clear them as well as {@link #clear} does.
 * Thread-safe.
 */
public interface FaultInjector {

  /** Raises {@code fault}; raising one already active changes nothing. */
  void inject(Fault fault);

  /** Clears {@code fault} (matched by reason and target); returns whether it was active. */
  boolean clear(Fault fault);

  /** The faults active now, in the order they were raised. */
  List<Fault> active();
}
