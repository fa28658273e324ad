/**
 * Small scientific charts written as PNG or SVG: labelled curves, reference lines and bands, filled
 * regions, masks, heat maps with a colour bar, and marked points, with axes in the units the caller
 * names. One renderer draws onto a {@link dev.fusejet.plot.Canvas}, which has a Java 2D (PNG) and
 * an SVG implementation, so both formats show the same picture.
 */
package dev.fusejet.plot;
