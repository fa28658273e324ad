package dev.fusejet.twin;

/** Zero-shear viscosity of the resin particles as a function of temperature. */
interface ViscosityModel {
  /** Inverse viscosity 1/η (1/(Pa·s)) at {@code temperature} (°C); 0 where the resin is glassy. */
  double fluidity(double temperature);
}
