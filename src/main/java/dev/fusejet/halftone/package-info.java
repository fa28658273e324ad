/**
 * Halftoning: turns per-ink amounts (0 to {@link dev.fusejet.halftone.Halftoner#FULL}) into 2-bit
 * drop levels (none, small, medium, large) packed four pixels to a byte. One interface, {@link
 * dev.fusejet.halftone.Halftoner}; multi-level error diffusion (Floyd-Steinberg and a
 * variable-coefficient kernel, serpentine, deterministic, with per-ink blue-noise threshold
 * modulation) and blue-noise threshold arrays made by void-and-cluster. Knows nothing of colour,
 * documents or the head.
 */
package dev.fusejet.halftone;
