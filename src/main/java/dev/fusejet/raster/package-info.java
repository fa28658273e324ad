/**
 * The raster pipeline: documents to halftoned bands. {@link dev.fusejet.raster.RasterPipeline}
 * decodes a document ({@code raster.decode}), lays each page out on the medium ({@link
 * dev.fusejet.raster.PageLayout}), separates it into ink amounts ({@code raster.colour}) and
 * screens it ({@code dev.fusejet.halftone}), handing {@link dev.fusejet.raster.Band}s of 2-bit drop
 * levels to a {@link dev.fusejet.raster.BandConsumer}. Memory is bounded by a band, not a page. It
 * knows nothing of the head, the device or jobs that consume the bands.
 */
package dev.fusejet.raster;
