/**
 * 3 x 3 matrices and the linear Bradford chromatic adaptation: the one home of the matrix algebra
 * that colorimetry ({@code colour}) and the documents' colour encodings ({@code raster.decode})
 * both need. Depends on nothing of fusejet.
 */
package dev.fusejet.linear;
