package dev.fusejet.bench;

import dev.fusejet.halftone.Halftoner;
import dev.fusejet.halftone.Halftoners;
import dev.fusejet.halftone.ToneLevels;
import dev.fusejet.ink.CoSolvent;
import dev.fusejet.ink.DropSize;
import dev.fusejet.ink.Ink;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.InkReceivingLayer;
import dev.fusejet.media.InorganicParticleKind;
import dev.fusejet.media.Medium;
import dev.fusejet.media.PaperBase;
import dev.fusejet.media.PolymerFamily;
import dev.fusejet.media.ResinLayer;
import dev.fusejet.media.ResinParticles;
import dev.fusejet.media.SolventAbsorbingLayer;
import dev.fusejet.media.Support;
import dev.fusejet.media.SurfaceLayer;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.BandConsumer;
import dev.fusejet.raster.Kernels;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.PageInfo;
import dev.fusejet.raster.PrintScaling;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.Separation;
import dev.fusejet.raster.decode.Document;
import dev.fusejet.raster.decode.Documents;
import dev.fusejet.raster.decode.MemoryImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 4x6 in photo at 720 dpi (4320 x 2880) and 1440 x 720 dpi (8640 x 2880), 4 inks, 2 bits per
 * ink, in memory. Reads the peers' {@code photo720.ppm} / {@code photo1440.ppm} from {@code -p
 * images=DIR} (default /tmp/perf-anchors) and falls back to a synthetic photo (smooth gradient plus
 * grain) of the same size. One operation is one page; Mpx/s = pixels / (ms/op) / 1000.
 *
 * <pre>
 * java -cp target/fusejet.jar org.openjdk.jmh.Main RasterBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RasterBenchmark {

  /** Resolution: 720 (720 x 720 dpi) or 1440 (1440 x 720 dpi). */
  @Param({"720", "1440"})
  public String resolution;

  /** Halftone: fs, variable, blue-noise. */
  @Param({"fs", "variable", "blue-noise"})
  public String halftone;

  /** Worker threads. */
  @Param({"1", "2"})
  public int threads;

  /** Kernels: vector (the Vector API ones, where they apply) or scalar. */
  @Param({"vector", "scalar"})
  public String kernels;

  /** Directory of the peers' images. */
  @Param({"/tmp/perf-anchors"})
  public String images;

  private MemoryImage photo;
  private RasterPipeline pipeline;
  private Separation separation;
  private char[][] amounts;
  private byte[][] levels;
  private Halftoner.PageScreen screen;

  private static final BandConsumer NULL =
      new BandConsumer() {
        @Override
        public void startPage(PageInfo page) {}

        @Override
        public void band(Band band) {}

        @Override
        public void endPage(PageInfo page) {}
      };

  /** Loads the image and builds the pipeline. */
  @Setup(Level.Trial)
  public void setUp() {
    System.setProperty(Kernels.PROPERTY, Boolean.toString(kernels.equals("vector")));
    if (kernels.equals("vector") && !Kernels.vectorEnabled()) {
      throw new IllegalStateException("vector kernels asked for, but: " + Kernels.describe());
    }
    boolean hi = resolution.equals("1440");
    int w = hi ? 8640 : 4320;
    Path file = Path.of(images, hi ? "photo1440.ppm" : "photo720.ppm");
    if (Files.exists(file)) {
      try (Document d = Documents.open(file)) {
        photo = MemoryImage.of(d.nextPage(), 0, false);
      }
    } else {
      photo = synthetic(w, 2880);
    }
    InkSet inks = inkSet();
    RasterOptions o =
        RasterOptions.defaults()
            .withSize(MediaSize.of("6x4"))
            .withBorderless(true)
            .withScaling(PrintScaling.FILL)
            .withResolution(hi ? 1440 : 720, 720)
            .withBands(32, threads);
    separation = Separation.build(inks, medium(), o.xDpi(), o.yDpi(), ColourMode.COLOUR);
    ToneLevels tl = ToneLevels.ofDropVolumes(2e-15, 4e-15, 7e-15);
    Halftoner h = Halftoners.byName(halftone);
    pipeline = new RasterPipeline(separation, h, tl, o);
    amounts = new char[4][w];
    levels = new byte[4][Halftoner.stride(w)];
    screen = h.page(w, 4, tl);
  }

  /** Stops the workers. */
  @TearDown
  public void tearDown() {
    pipeline.close();
  }

  /** Separation and halftone of the whole page (layout mapping included). */
  @Benchmark
  public void separationAndHalftone() {
    pipeline.renderPage("bench", 1, 1, 1, photo, NULL);
  }

  /** Separation only, row by row (one thread). */
  @Benchmark
  public char separationOnly() {
    int w = photo.width();
    int[] px = photo.pixels();
    for (int y = 0; y < photo.height(); y++) {
      separation.separateRgb(px, y * w, w, amounts, 0);
    }
    return amounts[0][0];
  }

  /** Halftone only of one separated row repeated over the page (one thread). */
  @Benchmark
  public byte halftoneOnly() {
    int w = photo.width();
    separation.separateRgb(photo.pixels(), 0, w, amounts, 0);
    for (int y = 0; y < photo.height(); y++) {
      for (int i = 0; i < 4; i++) {
        screen.row(i, y, amounts[i], 0, levels[i], 0);
      }
    }
    screen = Halftoners.byName(halftone).page(w, 4, ToneLevels.ofDropVolumes(2e-15, 4e-15, 7e-15));
    return levels[0][0];
  }

  static MemoryImage synthetic(int w, int h) {
    int[] px = new int[w * h];
    SplittableRandom r = new SplittableRandom(4242);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int g = r.nextInt(-20, 21);
        int red = clamp(255 - 150 * y / h + g);
        int green = clamp(200 - 120 * x / w + g);
        int blue = clamp(100 + 120 * (x + y) / (w + h) + g);
        px[y * w + x] = red << 16 | green << 8 | blue;
      }
    }
    return new MemoryImage(w, h, px, false, 0, 0);
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /** The pigment-cmyk preset's inks and drops (2/4/7 pL). */
  static InkSet inkSet() {
    CoSolvent gly = new CoSolvent("glycerol", 290);
    List<Ink> inks =
        List.of(
            new Ink("cyan", "PB15:3", 0.04, 0.70, 0.20, 0.06, gly, 1060),
            new Ink("magenta", "PR122", 0.05, 0.68, 0.21, 0.06, gly, 1065),
            new Ink("yellow", "PY74", 0.045, 0.695, 0.20, 0.06, gly, 1055),
            new Ink("black", "PBk7", 0.035, 0.71, 0.20, 0.055, gly, 1055));
    return new InkSet(
        "pigment-cmyk",
        "bench",
        inks,
        List.of(
            new DropSize("small", 2e-15),
            new DropSize("medium", 4e-15),
            new DropSize("large", 7e-15)));
  }

  /** A glossy medium like the glossy-ldpe-70 preset (porosity 55 %, 35 µm). */
  static Medium medium() {
    ResinLayer ldpe = new ResinLayer(PolymerFamily.LDPE, 25e-6, 112);
    return new Medium(
        "bench",
        "bench",
        new Support(new PaperBase(150e-6, 1000), ldpe, ldpe),
        new InkReceivingLayer(
            new SolventAbsorbingLayer(
                InorganicParticleKind.FUMED_SILICA, 150e-9, "PVA", 30e-6, 0.58),
            new SurfaceLayer(
                new ResinParticles("PE", 70, 0.3e-6),
                InorganicParticleKind.COLLOIDAL_SILICA,
                40e-9,
                "PVA",
                1.0,
                5e-6),
            0.55));
  }
}
