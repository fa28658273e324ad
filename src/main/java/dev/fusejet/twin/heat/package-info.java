/**
 * The through-thickness heat-conduction engine of the thermal twin: a 1-D finite-volume solver on a
 * non-uniform grid with an enthalpy formulation for melting, harmonic-mean face conductances,
 * contact conductances that can open (air on both sides) and close (in the nip), convection and
 * linearised radiation to air, Crank-Nicolson time stepping with backward-Euler start steps
 * (Rannacher) and a tridiagonal (Thomas) solve per step, with exact energy bookkeeping.
 *
 * <p>It knows nothing of media or apparatus: {@code dev.fusejet.twin} builds the stack. SI units:
 * lengths m, times s, temperatures °C, conductivities W/(m·K), volumetric heat capacities J/(m³·K),
 * enthalpies J/m³, energies per area J/m². Equations and sources: docs/twin.md.
 */
package dev.fusejet.twin.heat;
