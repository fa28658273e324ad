package dev.fusejet.fuser;

import java.util.Locale;

/** Which claimed expression keeps a window from having a robust set point. */
public enum Blocking {
  /** (T - Tg) t: the hottest set point still leaves too little heat for the particles. */
  HEAT,
  /** (T - T_M) t: the coolest set point still melts the resin layer. */
  MELT,
  /** Both: the window is narrower than the tolerance band, or empty. */
  BOTH;

  /** The label in JSON and {@link WindowPlan#blocking()}: heat, melt or both. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
