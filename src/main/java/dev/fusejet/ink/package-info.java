/**
 * The ink set: per ink its pigment colourant and the mass fractions of pigment, water, organic
 * co-solvent and other solids, and the drop volumes the recording head fires. Immutable records in
 * SI units (drop volumes in m³, boiling points in °C, densities in kg/m³) and their validation.
 */
package dev.fusejet.ink;
