/**
 * The heating and pressing device (fuser) as configured: heat roller, pressure roller, optional
 * endless belt, nip setting, heater, temperature sensor and operating limits, with validation
 * against the design (silicone resin surface, Ra at most 80 nm, nip pressure at least 0.6 MPa).
 *
 * <p>Immutable records in SI units. Nip mechanics (width from load) live in {@code
 * dev.fusejet.nip}; this package only describes the hardware.
 */
package dev.fusejet.apparatus;
