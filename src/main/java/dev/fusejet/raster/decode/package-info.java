/**
 * Document decoding: JPEG (baseline and progressive, grey, RGB, CMYK, EXIF orientation), PNG (all
 * bit depths, alpha over white), PWG raster (PWG 5102.4), Apple raster (URF) and PDF (PDFBox,
 * rendered band by band at the device resolution). Each page is a {@link
 * dev.fusejet.raster.decode.PageImage} read row by row; raster streams are never held whole.
 */
package dev.fusejet.raster.decode;
