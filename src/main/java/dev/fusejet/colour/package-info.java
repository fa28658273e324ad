/**
 * Colorimetry and colour characterisation: CIE XYZ and CIELAB under D50 with the 2° observer (the
 * ICC profile connection space), CIEDE2000 colour difference, sRGB, CGATS measurement files, the
 * printed-sheet model that stands in for a spectrophotometer, the cellular Yule-Nielsen modified
 * Neugebauer model fitted to measurements, and the ICC output profile built from it. Knows inks and
 * media only through their colorimetric fields; knows nothing of rasters, files' locations or the
 * command line.
 */
package dev.fusejet.colour;
