package dev.fusejet.raster.simd;

import dev.fusejet.halftone.DiffusionRule;
import dev.fusejet.halftone.LevelThresholds;
import dev.fusejet.raster.DiffusionKernel;
import dev.fusejet.raster.PackedSeparator;
import dev.fusejet.raster.SpanKernel;
import dev.fusejet.raster.colour.Separation;

/**
 * Entry point of the vector kernels, loaded by name so that a JVM without the {@code
 * jdk.incubator.vector} module never links them. Each factory returns null when the kernel does not
 * apply (more than four inks, another table grid, or vectors narrower than 256 bits, where the
 * incubator API falls back to slow code).
 */
public final class VectorKernels {
  private VectorKernels() {}

  /** True when this machine has vectors of at least 256 bits. */
  public static boolean available() {
    return Tetrahedral.SPECIES.vectorBitSize() >= 256;
  }

  /** A description for reports, e.g. {@code 512-bit vectors (16 x int)}. */
  public static String describe() {
    return Tetrahedral.SPECIES.vectorBitSize() + "-bit vectors (" + Tetrahedral.LANES + " x int)";
  }

  /** A separator for one thread, or null. */
  public static PackedSeparator separator(Separation separation) {
    Tetrahedral t = available() ? Tetrahedral.of(separation) : null;
    return t == null ? null : new VectorSeparator(t);
  }

  /** A separate-and-screen kernel for one thread, or null. */
  public static SpanKernel spanKernel(Separation separation, LevelThresholds thresholds, int inks) {
    if (thresholds == null || inks > 4 || thresholds.tile() % Tetrahedral.LANES != 0) {
      return null;
    }
    Tetrahedral t = available() ? Tetrahedral.of(separation) : null;
    return t == null ? null : new VectorSpanScreen(t, thresholds, inks);
  }

  /**
   * An error diffusion of all inks (at most four) in one chain, for one page, separating with this
   * separation in {@code prepareRgb}, or null.
   */
  public static DiffusionKernel diffusion(
      DiffusionRule rule, Separation separation, int width, int inks) {
    if (rule == null || inks > 4 || !available()) {
      return null;
    }
    Tetrahedral t = Tetrahedral.of(separation);
    return t == null ? null : VectorDiffusion.of(rule, t, width, inks);
  }
}
