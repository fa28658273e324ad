/**
 * The image receiving medium: its paper support with the non-solvent-permeable resin layer, the
 * solvent-absorbing layer and the thermoplastic-particle surface layer, and the checks of those
 * layers against what is physically possible and against the ranges the fusing design requires.
 *
 * <p>Records here are immutable and hold SI doubles (lengths in m, temperatures in °C, densities in
 * kg/m³, porosities and ratios as plain numbers). They know nothing of files, IPP or the CLI;
 * {@code dev.fusejet.config} reads them from YAML.
 */
package dev.fusejet.media;
