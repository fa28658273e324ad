/** JMH benchmarks of the raster pipeline (run from the shaded jar with org.openjdk.jmh.Main). */
package dev.fusejet.bench;
