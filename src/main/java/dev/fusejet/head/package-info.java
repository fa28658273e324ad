/**
 * The recording head: its model ({@link dev.fusejet.head.HeadModel}: nozzle rows per ink, nozzle
 * count and pitch, native resolution, drop volumes, firing frequency), the pass planner (shingling
 * and weave, uni- or bidirectional), the head-data format written per pass ({@link
 * dev.fusejet.head.HeadDataWriter}, documented in docs/raster.md) and the simulated head that
 * consumes it ({@link dev.fusejet.head.SimulatedHead}) and reports what it printed: drop counts,
 * per-ink previews and the ink volume per area ({@link dev.fusejet.head.InkVolumeMap}).
 */
package dev.fusejet.head;
