/**
 * Findings from checking a configured record (medium, ink set, apparatus) against what is
 * physically possible and against the design ranges of the fusing process.
 *
 * <p>A finding names the field, the value with its unit, the limit, and what to change. Errors make
 * a record unusable; findings outside the design ranges make it usable only after an explicit,
 * recorded override.
 */
package dev.fusejet.validation;
