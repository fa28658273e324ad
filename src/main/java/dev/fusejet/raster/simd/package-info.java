/**
 * Vector (SIMD) kernels of the raster pipeline on the JDK's incubating Vector API: tetrahedral
 * separation, and separation fused with threshold screening. They give bit-identical output to the
 * scalar code in {@code raster.colour} and {@code halftone} and are used only when the JVM runs
 * with {@code --add-modules jdk.incubator.vector}; otherwise the pipeline never loads this package.
 * Compiled in a build step of its own, the one that may warn about the incubating module.
 */
package dev.fusejet.raster.simd;
