package dev.fusejet.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fusejet.halftone.Halftoner;
import dev.fusejet.halftone.Halftoners;
import dev.fusejet.halftone.ToneLevels;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.Separation;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The banded pipeline: memory bounded by a band, copies and page ranges, threads. */
class RasterPipelineTest {

  @TempDir Path dir;

  static final ToneLevels LEVELS = ToneLevels.ofDropVolumes(2e-15, 4e-15, 7e-15);

  static RasterPipeline pipeline(String halftone, RasterOptions o) {
    Separation s =
        Separation.build(Fixtures.cmyk(), Fixtures.glossy(), o.xDpi(), o.yDpi(), o.colourMode());
    return new RasterPipeline(s, Halftoners.byName(halftone), LEVELS, o);
  }

  static void gs(Path dir, String ps, String... args) throws Exception {
    List<String> c = new ArrayList<>(List.of("gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE"));
    c.addAll(List.of(args));
    c.add(ps);
    boolean found = false;
    for (String d : System.getenv().getOrDefault("PATH", "").split(":", -1)) {
      found |= !d.isEmpty() && Files.isExecutable(Path.of(d, "gs"));
    }
    assumeTrue(found, "Ghostscript is not installed (.ci/run installs it)");
    Process p = new ProcessBuilder(c).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(p.waitFor()).isZero();
  }

  /** Collects drop statistics and a digest of everything the pipeline hands out. */
  static final class Recorder implements BandConsumer {
    final List<PageInfo> pages = new ArrayList<>();
    final MessageDigest digest;
    long rows;
    long[] drops = new long[4];
    long inkInBlackBox;
    long inkOutsideBlackBox;
    int[] box; // x0, y0, x1, y1 of a black rectangle, or null

    Recorder() throws Exception {
      digest = MessageDigest.getInstance("SHA-256");
    }

    @Override
    public void startPage(PageInfo page) {
      pages.add(page);
    }

    @Override
    public void band(Band b) {
      rows += b.rows();
      for (int i = 0; i < b.page().inks().size(); i++) {
        digest.update(b.plane(i), 0, b.rows() * b.stride());
      }
      if (box != null) {
        int k = b.page().inks().indexOf("black");
        for (int y = b.y0(); y < b.y0() + b.rows(); y += 7) {
          for (int x = 0; x < b.page().width(); x += 13) {
            int l = b.level(k, x, y);
            boolean in = x >= box[0] && x < box[2] && y >= box[1] && y < box[3];
            if (in) {
              inkInBlackBox += l;
            } else {
              inkOutsideBlackBox += l;
            }
          }
        }
      }
    }

    @Override
    public void endPage(PageInfo page) {}
  }

  @Test
  void anA4PageAt1440x720IsRenderedWithinABandOfMemory() throws Exception {
    // A4 with a black box 50 mm from the left and top, 100 x 60 mm
    Files.writeString(
        dir.resolve("a4.ps"),
        """
        %!PS
        0 setgray 141.73 439.37 283.46 170.08 rectfill
        1 0 0 setrgbcolor 300 100 50 50 rectfill
        showpage
        """);
    gs(
        dir,
        "a4.ps",
        "-r1440x720",
        "-dDEVICEWIDTHPOINTS=595.28",
        "-dDEVICEHEIGHTPOINTS=841.89",
        "-dFIXEDMEDIA",
        "-sDEVICE=pwgraster",
        "-dcupsColorSpace=19",
        "-dcupsBitsPerColor=8",
        "-sOutputFile=a4.pwg");
    RasterOptions o =
        RasterOptions.defaults()
            .withSize(MediaSize.of("a4"))
            .withBorderless(true)
            .withScaling(PrintScaling.FILL)
            .withResolution(1440, 720)
            .withBands(32, 1);
    Recorder r = new Recorder();
    double mmX = 1440 / 25.4;
    double mmY = 720 / 25.4;
    // PostScript counts from the bottom: the box spans 82..142 mm from the top edge
    r.box =
        new int[] {(int) (50 * mmX), (int) (82 * mmY), (int) (150 * mmX), (int) (142 * mmY) + 1};
    long allocated = allocated(o, false, r);
    PageInfo page = r.pages.get(0);
    assertThat(page.width()).isEqualTo(11906);
    assertThat(page.height()).isEqualTo(8419);
    assertThat(r.rows).isEqualTo(8419);
    long pagePixels = (long) page.width() * page.height();
    System.out.printf(
        "A4 at 1440 x 720: %d Mpx page, %.1f MB allocated in all (a page of pixels is %.0f MB)%n",
        pagePixels / 1_000_000, allocated / 1e6, pagePixels * 4 / 1e6);
    // every allocation of the whole run, not just what was live at once: measured 3.5-3.7 MB (a
    // page of 32-bit pixels is 400 MB, the page's amounts 800 MB); the bound, 8 MB, is about twice
    // that, so a pipeline that kept a second band set or a page-sized buffer fails
    assertThat(allocated).isLessThan(8_000_000);
    // the black box is black ink, the white paper gets none
    assertThat(r.inkInBlackBox).isGreaterThan(0);
    assertThat(r.inkOutsideBlackBox).isZero();
    if (Kernels.vectorAvailable()) {
      // the vector kernels allocate while the JIT has not compiled them yet (interpreted vectors
      // are objects): the second page shows the steady state
      allocated(o, true, new Recorder());
      long vector = allocated(o, true, new Recorder());
      System.out.printf("with the vector kernels, a second page: %.1f MB%n", vector / 1e6);
      // measured 4.0 MB: twice that
      assertThat(vector).isLessThan(8_000_000);
    }
  }

  /** Bytes this thread allocates while rendering the A4 page of the test above. */
  private long allocated(RasterOptions o, boolean vector, Recorder r) {
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = bean.getCurrentThreadAllocatedBytes();
    Separation s =
        Separation.build(Fixtures.cmyk(), Fixtures.glossy(), o.xDpi(), o.yDpi(), o.colourMode());
    try (RasterPipeline p =
        new RasterPipeline(s, Halftoners.byName("blue-noise"), LEVELS, o, vector)) {
      assertThat(p.render(dir.resolve("a4.pwg"), r)).isEqualTo(1);
    }
    return bean.getCurrentThreadAllocatedBytes() - before;
  }

  @Test
  void copiesAndPageRangesSelectSheets() throws Exception {
    Files.writeString(
        dir.resolve("two.ps"),
        """
        %!PS
        0 0 1 setrgbcolor 0 0 72 36 rectfill showpage
        1 0 0 setrgbcolor 0 0 36 36 rectfill showpage
        """);
    gs(
        dir,
        "two.ps",
        "-r72",
        "-dDEVICEWIDTHPOINTS=72",
        "-dDEVICEHEIGHTPOINTS=36",
        "-dFIXEDMEDIA",
        "-sDEVICE=pwgraster",
        "-dcupsColorSpace=19",
        "-dcupsBitsPerColor=8",
        "-sOutputFile=two.pwg");
    RasterOptions o =
        RasterOptions.defaults()
            .withSize(MediaSize.of("a6"))
            .withResolution(180, 180)
            .withCopies(3, PageRanges.parse("2"));
    Recorder r = new Recorder();
    try (RasterPipeline p = pipeline("fs", o)) {
      assertThat(p.render(dir.resolve("two.pwg"), r)).isEqualTo(3);
    }
    assertThat(r.pages).extracting(PageInfo::page).containsExactly(2, 2, 2);
    assertThat(r.pages).extracting(PageInfo::copy).containsExactly(1, 2, 3);
    assertThat(r.pages).extracting(PageInfo::sheet).containsExactly(1, 2, 3);
  }

  @Test
  void oneInkErrorDiffusionOnTwoThreadsGivesTheDropsOfOne() throws Exception {
    dev.fusejet.ink.InkSet cmyk = Fixtures.cmyk();
    dev.fusejet.ink.InkSet black =
        new dev.fusejet.ink.InkSet("black-only", "", List.of(cmyk.inks().get(3)), cmyk.dropSizes());
    dev.fusejet.raster.decode.MemoryImage img = gradient(500, 300);
    for (String h : new String[] {"fs", "variable", "blue-noise"}) {
      for (boolean vector : new boolean[] {false, true}) {
        byte[][] d = new byte[2][];
        for (int t = 1; t <= 2; t++) {
          RasterOptions o = RasterOptions.defaults().withResolution(180, 180).withBands(8, t);
          Separation s = Separation.build(black, Fixtures.glossy(), 180, 180, o.colourMode());
          Recorder r = new Recorder();
          try (RasterPipeline p = new RasterPipeline(s, Halftoners.byName(h), LEVELS, o, vector)) {
            p.renderPage("gradient", 1, 1, 1, img, r);
          }
          d[t - 1] = r.digest.digest();
        }
        assertThat(d[1]).as("%s, vector %s", h, vector).isEqualTo(d[0]);
      }
    }
  }

  @Test
  void twoThreadsGiveTheSameDropsAsOne() throws Exception {
    dev.fusejet.raster.decode.MemoryImage img = gradient(700, 500);
    for (String h : new String[] {"fs", "variable", "blue-noise"}) {
      byte[][] d = new byte[2][];
      for (int t = 1; t <= 2; t++) {
        RasterOptions o =
            RasterOptions.defaults()
                .withResolution(180, 180)
                .withBands(16, t)
                .withColourMode(ColourMode.COLOUR);
        Recorder r = new Recorder();
        try (RasterPipeline p = pipeline(h, o)) {
          p.renderPage("gradient", 1, 1, 1, img, r);
        }
        d[t - 1] = r.digest.digest();
      }
      assertThat(d[1]).as(h).isEqualTo(d[0]);
    }
  }

  @Test
  void monochromeJobsFireBlackOnly() throws Exception {
    RasterOptions o =
        RasterOptions.defaults().withResolution(180, 180).withColourMode(ColourMode.MONOCHROME);
    long[] perInk = new long[4];
    BandConsumer c =
        new BandConsumer() {
          @Override
          public void startPage(PageInfo page) {}

          @Override
          public void band(Band b) {
            for (int i = 0; i < 4; i++) {
              for (int k = 0; k < b.rows() * b.stride(); k++) {
                perInk[i] += Integer.bitCount(b.plane(i)[k] & 0xff);
              }
            }
          }

          @Override
          public void endPage(PageInfo page) {}
        };
    try (RasterPipeline p = pipeline("blue-noise", o)) {
      p.renderPage("gradient", 1, 1, 1, gradient(300, 200), c);
    }
    assertThat(perInk[0] + perInk[1] + perInk[2]).isZero();
    assertThat(perInk[3]).isPositive();
  }

  static dev.fusejet.raster.decode.MemoryImage gradient(int w, int h) {
    int[] px = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        px[y * w + x] = (255 * x / w) << 16 | (255 * y / h) << 8 | ((x ^ y) & 0xff);
      }
    }
    return new dev.fusejet.raster.decode.MemoryImage(w, h, px, false, 100, 100);
  }

  static int full() {
    return Halftoner.FULL;
  }
}
