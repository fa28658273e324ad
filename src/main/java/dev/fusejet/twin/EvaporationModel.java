package dev.fusejet.twin;

/** Evaporation of ink water from the porous layers through the sheet surface. */
interface EvaporationModel {
  /**
   * Evaporating mass flux (kg/(m²·s)) of water whose wet front, at temperature {@code front} (°C),
   * lies {@code dryDepth} (m) below the surface; {@code sealed} when the nip covers the surface.
   */
  double massFlux(double front, double dryDepth, boolean sealed);
}
