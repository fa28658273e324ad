package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.ConfigException;

/**
 * Resolves the nip width (m) the planner uses: a measured width overrides everything; a belt nip
 * uses its pressed wrap length.
 */
final class NipWidths {
  private NipWidths() {}

  static double of(Apparatus a) {
    if (a.nip().measuredWidth().isPresent()) {
      return a.nip().measuredWidth().getAsDouble();
    }
    if (a.belt() != null) {
      return a.belt().nipLength();
    }
    throw new ConfigException(
        "apparatus "
            + a.name()
            + ": nip width unknown: add nip.measured-width (pressure-film measurement)");
  }
}
