package dev.fusejet.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.halftone.Halftoner;
import dev.fusejet.halftone.Halftoners;
import dev.fusejet.halftone.ToneLevels;
import dev.fusejet.ink.InkSet;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.Separation;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vector kernels against the scalar code they replace: the same amounts and the same drops, bit
 * for bit, for every channel value, every table cell and tetrahedron, row tails shorter than a
 * vector, fewer than four inks, and whole pages through the pipeline. The scalar code is the
 * reference that the quality tests measure against peers and analytic coverage.
 */
class VectorKernelsTest {

  private static final ToneLevels LEVELS = ToneLevels.ofDropVolumes(2e-15, 4e-15, 7e-15);

  @BeforeEach
  void vectorsRunHere() {
    assumeTrue(
        Kernels.vectorAvailable(),
        "vector kernels unavailable: " + Kernels.describe() + " (surefire passes --add-modules)");
  }

  /** Every channel value on each axis, every cell's corners, and random colours. */
  private static int[] pixels(int n, long seed) {
    int[] px = new int[n];
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      int v = i % 256;
      px[i] =
          switch ((i / 256) % 5) {
            case 0 -> v << 16 | (255 - v) << 8 | (v * 7 & 0xff);
            case 1 -> v * 0x010101;
            case 2 -> (v & 0xf0) << 16 | (v & 0x0f) << 12 | (v * 16 & 0xff);
            default -> r.nextInt(1 << 24) | r.nextInt(256) << 24; // alpha must be ignored
          };
    }
    return px;
  }

  private static Separation separation(InkSet inks) {
    return Separation.build(inks, Fixtures.glossy(), 720, 720, ColourMode.COLOUR);
  }

  @Test
  void vectorSeparationGivesTheScalarAmounts() {
    Separation s = separation(Fixtures.cmyk());
    PackedSeparator vector = Kernels.separator(s, true);
    assertThat(vector.getClass().getName()).contains("simd");
    int[] px = pixels(5 * 256 * 3 + 13, 7);
    for (int n : new int[] {1, 15, 16, 17, 511, 512, 513, px.length - 3}) {
      long[] expected = new long[n + 2];
      long[] actual = new long[n + 2];
      s.separatePacked(px, 3, n, expected, 2);
      vector.separate(px, 3, n, actual, 2);
      assertThat(actual).as("n = %d", n).isEqualTo(expected);
    }
  }

  @Test
  void fusedKernelGivesTheDropsOfSeparationThenScreen() {
    InkSet cmyk = Fixtures.cmyk();
    for (int inks = 1; inks <= 4; inks++) {
      InkSet set = subset(cmyk, inks);
      Separation s = separation(set);
      for (int width : new int[] {1, 7, 130, 301, 1030, 4321}) {
        compareSpans(s, inks, width);
      }
    }
  }

  /** The first inks of the set, black always among them (it is required). */
  private static InkSet subset(InkSet set, int n) {
    List<dev.fusejet.ink.Ink> all = set.inks();
    List<dev.fusejet.ink.Ink> inks =
        n == 4
            ? all
            : java.util.stream.Stream.concat(
                    all.subList(0, n - 1).stream(), java.util.stream.Stream.of(all.get(3)))
                .toList();
    return new InkSet(set.name(), set.description(), inks, set.dropSizes());
  }

  private static void compareSpans(Separation s, int inks, int width) {
    Halftoner h = Halftoners.byName("blue-noise");
    Halftoner.PageScreen screen = h.page(width, inks, LEVELS);
    SpanKernel fused = Kernels.span(s, screen.levelThresholds(), inks, true);
    assertThat(fused).isNotNull();
    int span = screen.packedSpan();
    int stride = Halftoner.stride(width);
    int rows = 140; // more than the 128-row tile
    int[] px = pixels(width * rows, width);
    byte[][] expected = new byte[inks][rows * stride + 1];
    byte[][] actual = new byte[inks][rows * stride + 1];
    long[] row = new long[span];
    for (int y = 0; y < rows; y++) {
      for (int x0 = 0; x0 < width; x0 += span) {
        int n = Math.min(span, width - x0);
        s.separatePacked(px, y * width + x0, n, row, 0);
        screen.packedSpan(y, x0, n, row, 0, expected, y * stride + 1, 0, inks);
        fused.screen(px, y * width + x0, n, y, x0, actual, y * stride + 1);
      }
    }
    for (int c = 0; c < inks; c++) {
      assertThat(actual[c]).as("%d inks, width %d, ink %d", inks, width, c).isEqualTo(expected[c]);
    }
  }

  @Test
  void vectorDiffusionFiresTheScalarDrops() {
    for (String name : new String[] {"fs", "variable"}) {
      for (int inks = 1; inks <= 4; inks++) {
        for (int width : new int[] {1, 2, 7, 130, 301, 1030}) {
          compareDiffusion(name, inks, width);
        }
      }
    }
  }

  private static void compareDiffusion(String name, int inks, int width) {
    Halftoner h = Halftoners.byName(name);
    Halftoner.PageScreen scalar = h.page(width, inks, LEVELS);
    DiffusionKernel vector =
        Kernels.diffusion(
            h.page(width, inks, LEVELS).diffusionRule(),
            separation(subset(Fixtures.cmyk(), inks)),
            width,
            inks,
            true);
    assertThat(vector).isNotNull();
    SplittableRandom r = new SplittableRandom(width * 7L + inks);
    int stride = Halftoner.stride(width);
    long[] words = new long[width + 3];
    byte[][] expected = new byte[inks][stride + 2];
    byte[][] actual = new byte[inks][stride + 2];
    DiffusionKernel.Row[] rows = {vector.newRow(), vector.newRow(), vector.newRow()};
    for (int y = 0; y < 120; y++) {
      if (y % 37 == 36) {
        continue; // a skipped row: both restart the error there
      }
      java.util.Arrays.fill(words, 0);
      for (int x = 0; x < width; x++) {
        for (int c = 0; c < inks; c++) {
          // sweeps, extremes, noise and flat tints: every level step and both scan directions
          long v =
              switch ((y + c) % 5) {
                case 0 -> (long) Halftoner.FULL * ((x + 97L * y) % 4096) / 4095;
                case 1 -> r.nextInt(Halftoner.FULL + 1);
                case 2 -> r.nextBoolean() ? 0 : Halftoner.FULL;
                case 3 -> Halftoner.FULL / 7;
                default -> (long) Halftoner.FULL * y / 119;
              };
          words[x + 3] |= v << (16 * c);
        }
      }
      scalar.packedRow(y, words, 3, expected, 1, 0, inks);
      DiffusionKernel.Row row = rows[y % 3];
      vector.prepare(y, words, 3, row);
      vector.diffuse(row);
      vector.pack(row, actual, 1);
      for (int c = 0; c < inks; c++) {
        assertThat(actual[c])
            .as("%s, %d inks, width %d, row %d, ink %d", name, inks, width, y, c)
            .isEqualTo(expected[c]);
      }
    }
  }

  @Test
  void pagesThroughThePipelineAreTheSameWithEitherKernel() throws Exception {
    dev.fusejet.raster.decode.MemoryImage img = RasterPipelineTest.gradient(1111, 333);
    for (String name : new String[] {"fs", "variable", "blue-noise"}) {
      for (int threads = 1; threads <= 2; threads++) {
        RasterOptions o = RasterOptions.defaults().withResolution(360, 180).withBands(16, threads);
        byte[][] digests = new byte[2][];
        for (int k = 0; k < 2; k++) {
          Separation s =
              Separation.build(Fixtures.cmyk(), Fixtures.glossy(), 360, 180, ColourMode.COLOUR);
          RasterPipelineTest.Recorder r = new RasterPipelineTest.Recorder();
          try (RasterPipeline p =
              new RasterPipeline(s, Halftoners.byName(name), LEVELS, o, k == 0)) {
            p.renderPage("gradient", 1, 1, 1, img, r);
          }
          digests[k] = r.digest.digest();
        }
        assertThat(digests[0]).as("%s, %d threads", name, threads).isEqualTo(digests[1]);
      }
    }
  }

  /**
   * The colour-managed table rip and jobs use (the built-in profile through the JDK CMM): the
   * vector separation and whole pages with every screen are bit-identical to the scalar path.
   */
  @Test
  void managedTablesGiveTheSameDropsWithEitherKernel() throws Exception {
    for (var intent : dev.fusejet.colour.OutputProfile.Intent.values()) {
      Separation s =
          dev.fusejet.raster.colour.PrinterProfiles.builtIn()
              .separation(
                  Fixtures.cmyk(),
                  Fixtures.glossy(),
                  "normal",
                  360,
                  180,
                  ColourMode.COLOUR,
                  intent,
                  null);
      assertThat(s.rendering()).isNotNull();
      int[] px = pixels(5 * 256 * 3 + 13, 11);
      long[] expected = new long[px.length];
      long[] actual = new long[px.length];
      s.separatePacked(px, 0, px.length, expected, 0);
      Kernels.separator(s, true).separate(px, 0, px.length, actual, 0);
      assertThat(actual).as("%s separation", intent).isEqualTo(expected);
      dev.fusejet.raster.decode.MemoryImage img = RasterPipelineTest.gradient(1111, 333);
      for (String name : new String[] {"fs", "variable", "blue-noise"}) {
        RasterOptions o = RasterOptions.defaults().withResolution(360, 180).withBands(16, 1);
        byte[][] digests = new byte[2][];
        for (int k = 0; k < 2; k++) {
          RasterPipelineTest.Recorder r = new RasterPipelineTest.Recorder();
          try (RasterPipeline p =
              new RasterPipeline(s, Halftoners.byName(name), LEVELS, o, k == 0)) {
            p.renderPage("gradient", 1, 1, 1, img, r);
          }
          digests[k] = r.digest.digest();
        }
        assertThat(digests[0]).as("%s, %s", intent, name).isEqualTo(digests[1]);
      }
    }
  }
}
