package dev.fusejet.cli;

import dev.fusejet.colour.Chart;
import dev.fusejet.colour.Patch;
import dev.fusejet.colour.SheetModel;
import dev.fusejet.colour.Xyz;
import dev.fusejet.device.HeadStage;
import dev.fusejet.device.PrintMode;
import dev.fusejet.halftone.Halftoner;
import dev.fusejet.head.HeadModel;
import dev.fusejet.ink.InkSet;
import dev.fusejet.job.RasterSetup;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.BandConsumer;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.Orientation;
import dev.fusejet.raster.PageInfo;
import dev.fusejet.raster.PageRanges;
import dev.fusejet.raster.PrintScaling;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.decode.MemoryImage;
import dev.fusejet.units.Units;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints pages of uniform patches through the real pipeline (separation, the quality's screen, the
 * head's drop levels) and measures each patch with the printed-sheet model, like a
 * spectrophotometer reading a strip: the central {@link #APERTURE} of each patch, away from the
 * edges where the screen settles and neighbours' dots reach.
 */
final class ChartPrinter {

  /** Measured fraction of a patch's side (1). */
  static final double APERTURE = 0.6;

  private final InkSet inks;
  private final Medium medium;
  private final PrintMode setup;
  private final double patch;

  /** Where to write the head data of the next chart printed, or null. */
  private Path sheet;

  /**
   * A printer of charts.
   *
   * @param inks the ink set
   * @param medium the medium
   * @param setup the quality (resolution, screen)
   * @param patch patch side (m)
   */
  ChartPrinter(InkSet inks, Medium medium, PrintMode setup, double patch) {
    this.inks = inks;
    this.medium = medium;
    this.setup = setup;
    this.patch = patch;
  }

  /**
   * Prints the chart's device CMYK patches and measures them: one patch per chart entry. When
   * {@code sheet} is not null the head data of the chart's sheet is written there too (what {@code
   * fusejet measure} reads).
   */
  List<Patch> print(Chart chart, Path sheet) {
    this.sheet = sheet;
    try {
      return print(chart);
    } finally {
      this.sheet = null;
    }
  }

  /** Prints the chart's device CMYK patches and measures them: one patch per chart entry. */
  List<Patch> print(Chart chart) {
    List<int[]> pixels = new ArrayList<>();
    for (Chart.Entry e : chart.entries()) {
      double[] d = e.device();
      int v = 0;
      for (int ch = 0; ch < 4; ch++) {
        v = v << 8 | (int) Math.round(d[ch] * 255);
      }
      pixels.add(new int[] {e.row(), e.column(), v});
    }
    double[][] xyz = print(pixels, chart.rows(), chart.columns(), true, null);
    List<Patch> out = new ArrayList<>();
    for (int i = 0; i < xyz.length; i++) {
      Chart.Entry e = chart.entries().get(i);
      out.add(new Patch(e.id(), e.device(), new Xyz(xyz[i][0], xyz[i][1], xyz[i][2])));
    }
    return out;
  }

  /**
   * Prints patches of device CMYK values (0..1 each, one per patch, in rows of {@code columns}) and
   * measures them (XYZ, D50), as {@link #print(Chart)} does.
   */
  Xyz[] printDevice(List<double[]> device, int columns) {
    List<int[]> pixels = new ArrayList<>();
    for (int i = 0; i < device.size(); i++) {
      int v = 0;
      for (int ch = 0; ch < 4; ch++) {
        v = v << 8 | (int) Math.round(device.get(i)[ch] * 255);
      }
      pixels.add(new int[] {i / columns, i % columns, v});
    }
    double[][] m = print(pixels, (device.size() + columns - 1) / columns, columns, true, null);
    Xyz[] out = new Xyz[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = new Xyz(m[i][0], m[i][1], m[i][2]);
    }
    return out;
  }

  /**
   * Prints patches of sRGB colours (0xRRGGBB, one per patch, in rows of {@code columns}) through
   * the separation {@code pipeline} makes, and measures them (XYZ, D50).
   */
  Xyz[] printRgb(int[] rgb, int columns, RasterPipeline pipeline) {
    List<int[]> pixels = new ArrayList<>();
    for (int i = 0; i < rgb.length; i++) {
      pixels.add(new int[] {i / columns, i % columns, rgb[i]});
    }
    double[][] m = print(pixels, (rgb.length + columns - 1) / columns, columns, false, pipeline);
    Xyz[] out = new Xyz[m.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = new Xyz(m[i][0], m[i][1], m[i][2]);
    }
    return out;
  }

  /** Options for a chart page of this many patch rows and columns. */
  RasterOptions options(int rows, int columns) {
    double margin = RasterOptions.DEFAULT_MARGIN;
    MediaSize size =
        new MediaSize(
            "chart", columns * patch + 2 * margin + 0.002, rows * patch + 2 * margin + 0.002);
    return new RasterOptions(
        size,
        margin,
        false,
        PrintScaling.NONE,
        Orientation.PORTRAIT,
        1,
        PageRanges.all(),
        setup.xDpi(),
        setup.yDpi(),
        ColourMode.COLOUR,
        32,
        1);
  }

  /** A pipeline of the quality's screen for device values or documents on this chart. */
  RasterPipeline pipeline(int rows, int columns) {
    Halftoner screen = setup.screen("auto");
    return RasterSetup.pipeline(inks, medium, screen, options(rows, columns));
  }

  private double[][] print(
      List<int[]> patches, int rows, int columns, boolean cmyk, RasterPipeline given) {
    int pw = (int) Math.round(patch / Units.INCH * setup.xDpi());
    int ph = (int) Math.round(patch / Units.INCH * setup.yDpi());
    int w = columns * pw;
    int h = rows * ph;
    int[] px = new int[w * h];
    java.util.Arrays.fill(px, cmyk ? 0 : 0xffffff);
    for (int[] p : patches) {
      for (int y = 0; y < ph; y++) {
        java.util.Arrays.fill(
            px, (p[0] * ph + y) * w + p[1] * pw, (p[0] * ph + y) * w + (p[1] + 1) * pw, p[2]);
      }
    }
    MemoryImage image = new MemoryImage(w, h, px, cmyk, setup.xDpi(), setup.yDpi());
    SheetModel model = new SheetModel(inks, medium, setup.xDpi(), setup.yDpi());
    int aw = (int) Math.round(pw * APERTURE);
    int ah = (int) Math.round(ph * APERTURE);
    Capture capture = new Capture(patches, pw, ph, aw, ah, model.reach(), inks.inks().size());
    BandConsumer into = sheet == null ? capture : withHeadData(capture, sheet);
    if (given != null) {
      given.renderPage("patches", 1, 1, 1, image, capture);
    } else {
      try (RasterPipeline pipeline = pipeline(rows, columns)) {
        pipeline.renderPage("chart", 1, 1, 1, image, into);
      }
    }
    double[][] out = new double[patches.size()][];
    int r = model.reach();
    for (int i = 0; i < patches.size(); i++) {
      byte[][] region = capture.regions[i];
      int rw = aw + 2 * r;
      Xyz c =
          model.measure(
              (ink, x, y) ->
                  x < 0 || y < 0 || x >= rw || y >= ah + 2 * r ? 0 : region[ink][y * rw + x],
              r,
              r,
              aw,
              ah);
      out[i] = c.toArray();
    }
    return out;
  }

  /** Passes bands to {@code next} and writes them as head data to {@code file} too. */
  private BandConsumer withHeadData(BandConsumer next, Path file) {
    HeadStage stage = new HeadStage(HeadModel.of(inks));
    return new BandConsumer() {
      @Override
      public void startPage(PageInfo page) {
        next.startPage(page);
        stage.start(page, setup.shingle(), setup.bidirectional(), file);
      }

      @Override
      public void band(Band band) {
        next.band(band);
        stage.band(band);
      }

      @Override
      public void endPage(PageInfo page) {
        next.endPage(page);
        stage.end();
      }
    };
  }

  /**
   * Where the patch of row {@code row}, column {@code column} is measured on a chart sheet of
   * layout {@code l}: x, y, width, height (px).
   */
  int[] aperture(dev.fusejet.raster.PageLayout l, int row, int column) {
    int pw = (int) Math.round(patch / Units.INCH * setup.xDpi());
    int ph = (int) Math.round(patch / Units.INCH * setup.yDpi());
    int aw = (int) Math.round(pw * APERTURE);
    int ah = (int) Math.round(ph * APERTURE);
    return new int[] {
      l.imageX() + column * pw + (pw - aw) / 2, l.imageY() + row * ph + (ph - ah) / 2, aw, ah
    };
  }

  /** The layout of a chart of this many rows and columns, as {@link #print} lays it out. */
  dev.fusejet.raster.PageLayout layout(int rows, int columns) {
    int pw = (int) Math.round(patch / Units.INCH * setup.xDpi());
    int ph = (int) Math.round(patch / Units.INCH * setup.yDpi());
    return dev.fusejet.raster.PageLayout.of(
        columns * pw, rows * ph, setup.xDpi(), setup.yDpi(), options(rows, columns));
  }

  /** Keeps, per patch, the levels of its aperture and the dots around it as bands go by. */
  private static final class Capture implements BandConsumer {
    private final List<int[]> patches;
    private final int pw;
    private final int ph;
    private final int aw;
    private final int ah;
    private final int reach;
    final byte[][][] regions;
    private int x0;
    private int y0;

    Capture(List<int[]> patches, int pw, int ph, int aw, int ah, int reach, int inks) {
      this.patches = patches;
      this.pw = pw;
      this.ph = ph;
      this.aw = aw;
      this.ah = ah;
      this.reach = reach;
      regions = new byte[patches.size()][inks][(aw + 2 * reach) * (ah + 2 * reach)];
    }

    @Override
    public void startPage(PageInfo page) {
      x0 = page.layout().imageX();
      y0 = page.layout().imageY();
    }

    @Override
    public void band(Band band) {
      int rw = aw + 2 * reach;
      int rh = ah + 2 * reach;
      for (int i = 0; i < patches.size(); i++) {
        int[] p = patches.get(i);
        // region origin on the page
        int gx = x0 + p[1] * pw + (pw - aw) / 2 - reach;
        int gy = y0 + p[0] * ph + (ph - ah) / 2 - reach;
        int from = Math.max(gy, band.y0());
        int to = Math.min(gy + rh, band.y0() + band.rows());
        for (int y = from; y < to; y++) {
          for (int ink = 0; ink < regions[i].length; ink++) {
            byte[] dst = regions[i][ink];
            int o = (y - gy) * rw;
            for (int x = 0; x < rw; x++) {
              dst[o + x] = (byte) band.level(ink, gx + x, y);
            }
          }
        }
      }
    }

    @Override
    public void endPage(PageInfo page) {}
  }
}
