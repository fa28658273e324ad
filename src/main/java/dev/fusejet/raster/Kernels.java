package dev.fusejet.raster;

import dev.fusejet.halftone.DiffusionRule;
import dev.fusejet.halftone.LevelThresholds;
import dev.fusejet.raster.colour.Separation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Chooses between the scalar kernels and the vector ones in {@code raster.simd}. The vector kernels
 * need the JVM option {@code --add-modules jdk.incubator.vector} (Java 17 ships the Vector API as
 * an incubating module) and vectors of at least 256 bits; they are looked up by name so that
 * without the module nothing of them is linked. System property {@code fusejet.simd=false} keeps
 * the scalar kernels. Both give the same levels bit for bit.
 */
public final class Kernels {
  private Kernels() {}

  /** System property that turns the vector kernels off ({@code false}). */
  public static final String PROPERTY = "fusejet.simd";

  private static final String MODULE = "jdk.incubator.vector";
  private static final String ENTRY = "dev.fusejet.raster.simd.VectorKernels";

  private static final Method SEPARATOR;
  private static final Method SPAN;
  private static final Method DIFFUSION;
  private static final String DESCRIPTION;

  static {
    Method separator = null;
    Method span = null;
    Method diffusion = null;
    String description;
    if (!ModuleLayer.boot().findModule(MODULE).isPresent()) {
      description = "scalar (start the JVM with --add-modules " + MODULE + " for vector kernels)";
    } else {
      try {
        Class<?> c = Class.forName(ENTRY);
        if ((Boolean) c.getMethod("available").invoke(null)) {
          separator = c.getMethod("separator", Separation.class);
          span = c.getMethod("spanKernel", Separation.class, LevelThresholds.class, int.class);
          diffusion =
              c.getMethod("diffusion", DiffusionRule.class, Separation.class, int.class, int.class);
          description = "vector, " + c.getMethod("describe").invoke(null);
        } else {
          description = "scalar (this machine's vectors are narrower than 256 bits)";
        }
      } catch (ReflectiveOperationException | LinkageError e) {
        description = "scalar (vector kernels failed to load: " + e + ")";
      }
    }
    SEPARATOR = separator;
    SPAN = span;
    DIFFUSION = diffusion;
    DESCRIPTION = description;
  }

  /** True when the vector kernels can run in this JVM. */
  public static boolean vectorAvailable() {
    return SEPARATOR != null;
  }

  /** True when the pipeline uses the vector kernels: available and not turned off. */
  public static boolean vectorEnabled() {
    return vectorAvailable() && !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
  }

  /** Which kernels the pipeline runs, for reports. */
  public static String describe() {
    if (vectorAvailable() && !vectorEnabled()) {
      return "scalar (" + PROPERTY + "=false)";
    }
    return DESCRIPTION;
  }

  /** A separator for one thread: the vector one when {@code vector} and it applies, else scalar. */
  static PackedSeparator separator(Separation separation, boolean vector) {
    if (vector && vectorAvailable()) {
      PackedSeparator p = (PackedSeparator) call(SEPARATOR, separation);
      if (p != null) {
        return p;
      }
    }
    return separation::separatePacked;
  }

  /** A fused separate-and-screen kernel for one thread, or null (then separate, then screen). */
  static SpanKernel span(
      Separation separation, LevelThresholds thresholds, int inks, boolean vector) {
    if (!vector || !vectorAvailable() || thresholds == null) {
      return null;
    }
    return (SpanKernel) call(SPAN, separation, thresholds, inks);
  }

  /** An error diffusion of all inks in one pass for one page, or null (then the screen's own). */
  static DiffusionKernel diffusion(
      DiffusionRule rule, Separation separation, int width, int inks, boolean vector) {
    if (!vector || !vectorAvailable() || rule == null) {
      return null;
    }
    return (DiffusionKernel) call(DIFFUSION, rule, separation, width, inks);
  }

  private static Object call(Method m, Object... args) {
    try {
      return m.invoke(null, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
