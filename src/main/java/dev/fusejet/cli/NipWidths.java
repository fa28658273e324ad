package dev.fusejet.cli;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.ConfigException;
import dev.fusejet.nip.NipContact;
import dev.fusejet.nip.NipMechanics;

/**
 * The nip the commands plan with: {@link NipMechanics} (measured width, else belt wrap, else the
 * roller contact models), with its argument errors turned into configuration errors that name the
 * apparatus.
 */
final class NipWidths {
  private NipWidths() {}

  static NipContact of(Apparatus a) {
    try {
      return NipMechanics.contact(a);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("apparatus " + a.name() + ": " + e.getMessage(), e);
    }
  }
}
