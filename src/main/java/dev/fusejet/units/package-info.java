/**
 * Physical units at the edges of fusejet.
 *
 * <p>Inside fusejet every physical quantity is a {@code double} in SI units (temperatures in
 * degrees Celsius, which is an SI derived unit; temperature differences in kelvin). This package
 * owns the conversion from what people write in files and on the command line ({@code "5 um"},
 * {@code "0.6 MPa"}, {@code "100 mm/s"}) to those doubles, and back for display. Nothing else in
 * fusejet parses a unit.
 */
package dev.fusejet.units;
