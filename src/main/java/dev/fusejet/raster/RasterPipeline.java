package dev.fusejet.raster;

import dev.fusejet.halftone.Halftoner;
import dev.fusejet.halftone.ToneLevels;
import dev.fusejet.raster.colour.Separation;
import dev.fusejet.raster.decode.Document;
import dev.fusejet.raster.decode.DocumentException;
import dev.fusejet.raster.decode.Documents;
import dev.fusejet.raster.decode.MemoryImage;
import dev.fusejet.raster.decode.PageImage;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Documents to halftoned bands. Per band: the document rows are fetched and mapped onto the page
 * (sequentially: decoders stream), then separated into ink amounts and screened. With more than one
 * thread, the calling thread fetches and hands out bands in order while a pool of workers processes
 * up to twice as many bands as there are threads: whole bands for threshold arrays, for error
 * diffusion (whose rows depend on each other) the separation of a band and then its inks in groups,
 * each group in band order. Memory: a few bands of pixels, amounts and levels, whatever the page
 * size. The consumer is always called on the thread that renders, one band at a time.
 */
public final class RasterPipeline implements AutoCloseable {

  private final Separation separation;

  /** Separation by a page's own source profile, or null (see {@link #withSourceProfiles}). */
  private java.util.function.Function<java.awt.color.ICC_Profile, Separation> bySource;

  private final Halftoner halftoner;
  private final ToneLevels levels;
  private final RasterOptions options;
  private final ExecutorService pool;

  /** True to run the vector kernels where they apply ({@link Kernels}). */
  private final boolean vector;

  /**
   * A pipeline.
   *
   * @param separation the colour separation (built for the options' resolution)
   * @param halftoner the screen
   * @param levels the tones of the head's drop sizes
   * @param options layout and resolution
   */
  public RasterPipeline(
      Separation separation, Halftoner halftoner, ToneLevels levels, RasterOptions options) {
    this(separation, halftoner, levels, options, Kernels.vectorEnabled());
  }

  /** A pipeline that runs the vector kernels only when {@code vector} (and they are available). */
  RasterPipeline(
      Separation separation,
      Halftoner halftoner,
      ToneLevels levels,
      RasterOptions options,
      boolean vector) {
    this.vector = vector;
    this.separation = separation;
    this.halftoner = halftoner;
    this.levels = levels;
    this.options = options;
    this.pool =
        options.threads() > 1
            ? Executors.newFixedThreadPool(
                options.threads(),
                r -> {
                  Thread t = new Thread(r, "raster-worker");
                  t.setDaemon(true);
                  return t;
                })
            : null;
  }

  /**
   * Separations for pages that carry their own source profile ({@link PageImage#profile()}, an
   * image's embedded ICC profile, or a CMYK image's printing condition): {@code bySource} gives the
   * separation from that profile (the same output profile and intent; for a CMYK page one with a
   * {@link Separation#cmykLink}, through which its rows pass first), or null when it has none.
   * Without one such pages are converted to sRGB first.
   *
   * @return this pipeline
   */
  public RasterPipeline withSourceProfiles(
      java.util.function.Function<java.awt.color.ICC_Profile, Separation> bySource) {
    this.bySource = bySource;
    return this;
  }

  /** The options. */
  public RasterOptions options() {
    return options;
  }

  /**
   * Rasterises every selected page of every copy of a document file.
   *
   * @return sheets rendered
   * @throws DocumentException when the document cannot be read
   */
  public int render(Path file, BandConsumer consumer) {
    int sheets = 0;
    for (int copy = 1; copy <= options.copies(); copy++) {
      try (Document doc = Documents.open(file)) {
        sheets += render(doc, copy, sheets, consumer);
      }
    }
    if (sheets == 0) {
      throw new DocumentException(
          file.getFileName().toString(), "no page selected by the page ranges");
    }
    return sheets;
  }

  /** Rasterises the selected pages of an open document (one copy); returns sheets rendered. */
  public int render(Document doc, int copy, int sheetsBefore, BandConsumer consumer) {
    int n = 0;
    int sheets = 0;
    PageImage page;
    while ((page = doc.nextPage()) != null) {
      n++;
      if (options.pages().contains(n)) {
        sheets++;
        renderPage(doc.name(), n, copy, sheetsBefore + sheets, page, consumer);
      } else if (options.pages().pastEnd(n)) {
        break;
      }
    }
    return sheets;
  }

  /** Lays out, separates and screens one page. */
  public void renderPage(
      String document, int pageNumber, int copy, int sheet, PageImage page, BandConsumer out) {
    PageLayout layout =
        PageLayout.of(page.width(), page.height(), page.xDpi(), page.yDpi(), options);
    PageImage src = page;
    Separation sep = separation;
    if (page.profile() != null) {
      Separation own = bySource == null ? null : bySource.apply(page.profile());
      if (own == null || page.cmyk() != (own.cmykLink() != null)) {
        src = dev.fusejet.raster.decode.ProfiledPage.asSrgb(page);
      } else {
        sep = own;
        if (page.cmyk()) {
          // document CMYK to this printer's device CMYK through the CMM, then separated as such
          src = new LinkedCmykPage(page, own.cmykLink());
        }
      }
    }
    int turns = layout.quarterTurns();
    if (src.scalable()) {
      boolean swap = turns % 2 == 1;
      double sx = (swap ? layout.imageHeight() : layout.imageWidth()) / (double) src.width();
      double sy = (swap ? layout.imageWidth() : layout.imageHeight()) / (double) src.height();
      src = src.rendered(sx, sy);
    }
    if (turns != 0) {
      src = MemoryImage.of(src, turns, false);
    }
    PageInfo info =
        new PageInfo(
            document,
            pageNumber,
            copy,
            sheet,
            layout.pageWidth(),
            layout.pageHeight(),
            options.xDpi(),
            options.yDpi(),
            separation.inkNames(),
            layout);
    out.startPage(info);
    new PageRun(info, layout, src, out, sep).run();
    out.endPage(info);
  }

  /**
   * One band in flight: its pixels, amounts and levels, and the kernels (with their scratch) that
   * process it. A slot is worked on by one task at a time (or by tasks on disjoint inks), so the
   * kernels need no locking.
   */
  private final class Slot {
    final int[] pixels;

    /** Per ink, amounts of the band (unpacked path: CMYK input or more than four inks). */
    final char[][] amounts;

    /** Packed amounts of the band (packed path, screens that are not fused). */
    final long[] packedBand;

    /** One span or row of packed amounts (packed path). */
    final long[] packedRow;

    final PackedSeparator separator;

    /** The fused separate-and-screen kernel, or null. */
    final SpanKernel fused;

    final byte[][] levels;

    /** Rows between the steps of the vector diffusion (one with one thread), or null. */
    final DiffusionKernel.Row[] diffusionRows;

    CompletableFuture<Void> done = CompletableFuture.completedFuture(null);

    int b0;
    int rows;

    Slot(PageRun run) {
      int n = run.bandRows * run.width;
      pixels = new int[n];
      levels = new byte[run.inks][run.bandRows * run.info.stride()];
      amounts = run.packed ? null : new char[run.inks][n];
      boolean ordered = run.ordered();
      packedBand = run.packed && ordered ? new long[n] : null;
      packedRow = run.packed && !ordered ? new long[run.width] : null;
      separator = run.packed ? Kernels.separator(run.separation, vector) : null;
      fused =
          run.packed && run.screen.packedSpan() > 0
              ? Kernels.span(run.separation, run.screen.levelThresholds(), run.inks, vector)
              : null;
      diffusionRows =
          run.diffusion == null ? null : new DiffusionKernel.Row[ordered ? run.bandRows : 1];
      for (int r = 0; diffusionRows != null && r < diffusionRows.length; r++) {
        diffusionRows[r] = run.diffusion.newRow();
      }
    }
  }

  /**
   * The state of one page being banded. With one thread every band is fetched, separated, screened
   * and handed out in turn. With more, the calling thread fetches bands (decoders stream) and hands
   * them out in order while workers process earlier ones: a band of a row-independent screen is one
   * task; for error diffusion, whose rows depend on each other, a band is separated in one task and
   * screened in one task per group of inks, each group's tasks chained in band order.
   */
  private final class PageRun {
    /** The page's separation: the pipeline's, or one from the page's own source profile. */
    private final Separation separation;

    private final PageInfo info;
    private final PageImage src;
    private final BandConsumer out;
    private final int width;
    private final int height;
    private final int inks;
    private final int bandRows;
    private final int threads;
    private final boolean packed;
    private final boolean identityColumns;

    /** True when a page row is a whole source row that the source writes straight into a band. */
    private final boolean directRows;

    private final int[] colMap;
    private final int[] srcRow;
    private final int x0;
    private final int x1;
    private final int y0;
    private final int y1;
    private final int imageY;
    private final int imageH;
    private final int white;
    private final Halftoner.PageScreen screen;

    /** Error diffusion of all inks in one chain (vector kernel), or null: the screen's own. */
    private final DiffusionKernel diffusion;

    private int lastSrcRow = -1;

    PageRun(PageInfo info, PageLayout l, PageImage src, BandConsumer out, Separation separation) {
      this.separation = separation;
      this.info = info;
      this.src = src;
      this.out = out;
      this.width = l.pageWidth();
      this.height = l.pageHeight();
      this.inks = separation.inks();
      this.bandRows = Math.min(options.bandRows(), height);
      this.screen = halftoner.page(width, inks, levels);
      this.packed = !src.cmyk() && separation.packs() && screen.packed();
      this.diffusion =
          packed
              ? Kernels.diffusion(screen.diffusionRule(), separation, width, inks, vector)
              : null;
      this.threads = pool == null ? 1 : options.threads();
      this.srcRow = new int[src.width()];
      this.white = src.cmyk() ? 0 : 0xffffff;
      x0 = Math.max(l.printX(), l.imageX());
      x1 = Math.min(l.printX() + l.printWidth(), l.imageX() + l.imageWidth());
      y0 = Math.max(l.printY(), l.imageY());
      y1 = Math.min(l.printY() + l.printHeight(), l.imageY() + l.imageHeight());
      imageY = l.imageY();
      imageH = l.imageHeight();
      colMap = new int[Math.max(0, x1 - x0)];
      boolean identity = true;
      for (int x = x0; x < x1; x++) {
        colMap[x - x0] =
            (int) Math.min(src.width() - 1, (long) (x - l.imageX()) * src.width() / l.imageWidth());
        identity &= colMap[x - x0] == colMap[0] + (x - x0);
      }
      identityColumns = identity;
      directRows =
          identity
              && x0 == 0
              && x1 == width
              && colMap.length > 0
              && colMap[0] == 0
              && src.width() == width
              && src.rowsInPlace();
    }

    /**
     * True when bands must be screened in order (error diffusion) and there are threads to share
     * the work: by groups of inks, or the vector diffusion's chain beside its preparation.
     */
    boolean ordered() {
      return threads > 1 && !halftoner.rowIndependent();
    }

    void run() {
      if (threads == 1) {
        Slot s = new Slot(this);
        for (int b0 = 0; b0 < height; b0 += bandRows) {
          s.b0 = b0;
          s.rows = Math.min(bandRows, height - b0);
          fetch(s);
          process(s);
          out.band(new Band(info, s.b0, s.rows, s.levels));
        }
        return;
      }
      // enough slots that the fetching thread stays ahead of the workers
      ArrayDeque<Slot> free = new ArrayDeque<>();
      for (int i = 0; i < 2 * threads; i++) {
        free.add(new Slot(this));
      }
      ArrayDeque<Slot> inFlight = new ArrayDeque<>();
      boolean chained = diffusion != null && ordered();
      int groups = ordered() && diffusion == null ? Math.min(threads, inks) : 0;
      List<CompletableFuture<Void>> chains = new ArrayList<>();
      for (int g = 0; g < Math.max(1, groups); g++) {
        chains.add(CompletableFuture.completedFuture(null));
      }
      try {
        for (int b0 = 0; b0 < height; b0 += bandRows) {
          if (free.isEmpty()) {
            free.add(deliver(inFlight.removeFirst(), chained));
          }
          Slot s = free.removeFirst();
          s.b0 = b0;
          s.rows = Math.min(bandRows, height - b0);
          fetch(s);
          if (chained) {
            // this thread prepares and packs; only the diffusion runs on a worker, in band order
            prepare(s);
            chains.set(0, chains.get(0).thenRunAsync(() -> diffuse(s), pool));
            s.done = chains.get(0);
          } else if (groups > 0) {
            // error diffusion by groups of inks: a worker separates the band, then each group is
            // diffused on a worker, each group's bands in order
            CompletableFuture<Void> separated =
                CompletableFuture.runAsync(() -> separate(s, 0, s.rows), pool);
            for (int g = 0; g < groups; g++) {
              int from = inks * g / groups;
              int to = inks * (g + 1) / groups;
              chains.set(
                  g,
                  CompletableFuture.allOf(separated, chains.get(g))
                      .thenRunAsync(() -> screenInks(s, from, to), pool));
            }
            s.done = CompletableFuture.allOf(chains.toArray(new CompletableFuture<?>[0]));
          } else {
            // whole bands, each on a worker
            s.done = CompletableFuture.runAsync(() -> process(s), pool);
          }
          inFlight.add(s);
        }
        while (!inFlight.isEmpty()) {
          deliver(inFlight.removeFirst(), chained);
        }
      } catch (RuntimeException | Error e) {
        // no task may still write into buffers once the page is given up
        for (Slot s : inFlight) {
          s.done.handle((v, t) -> null).join();
        }
        throw e;
      }
    }

    /**
     * Waits for a band's work, hands it to the consumer and returns its slot for reuse; for the
     * vector diffusion, packs its levels first.
     */
    private Slot deliver(Slot s, boolean chained) {
      join(s.done);
      if (chained) {
        packDiffused(s);
      }
      out.band(new Band(info, s.b0, s.rows, s.levels));
      return s;
    }

    /** Waits for a task, rethrowing what it threw. */
    private void join(CompletableFuture<?> f) {
      try {
        f.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    /** Page rows of the slot's band into its pixels: white outside the image, nearest source. */
    private void fetch(Slot slot) {
      int[] pixels = slot.pixels;
      for (int r = 0; r < slot.rows; r++) {
        int y = slot.b0 + r;
        int o = r * width;
        if (y < y0 || y >= y1 || x0 >= x1) {
          java.util.Arrays.fill(pixels, o, o + width, white);
          continue;
        }
        int sy = (int) Math.min(src.height() - 1, (long) (y - imageY) * src.height() / imageH);
        if (directRows) {
          src.row(sy, pixels, o);
          continue;
        }
        if (sy != lastSrcRow) {
          src.row(sy, srcRow);
          lastSrcRow = sy;
        }
        java.util.Arrays.fill(pixels, o, o + x0, white);
        int[] m = colMap;
        int[] s = srcRow;
        if (identityColumns) {
          System.arraycopy(s, m[0], pixels, o + x0, x1 - x0);
        } else {
          for (int x = x0; x < x1; x++) {
            pixels[o + x] = s[m[x - x0]];
          }
        }
        java.util.Arrays.fill(pixels, o + x1, o + width, white);
      }
    }

    /** Separates and screens a whole band, all inks. */
    private void process(Slot s) {
      if (!packed) {
        separate(s, 0, s.rows);
        screenInks(s, 0, inks);
        return;
      }
      int stride = info.stride();
      int span = screen.packedSpan();
      if (s.fused != null) {
        // separation and screening in one pass, a span of a row at a time
        for (int r = 0; r < s.rows; r++) {
          for (int c = 0; c < width; c += span) {
            s.fused.screen(
                s.pixels,
                r * width + c,
                Math.min(span, width - c),
                s.b0 + r,
                c,
                s.levels,
                r * stride);
          }
        }
        return;
      }
      long[] row = s.packedRow;
      for (int r = 0; r < s.rows; r++) {
        if (span > 0) {
          // a cache-sized piece of a row at a time: amounts, table and pixels stay in L1/L2
          for (int c = 0; c < width; c += span) {
            int n = Math.min(span, width - c);
            s.separator.separate(s.pixels, r * width + c, n, row, 0);
            screen.packedSpan(s.b0 + r, c, n, row, 0, s.levels, r * stride, 0, inks);
          }
        } else if (diffusion != null) {
          DiffusionKernel.Row d = s.diffusionRows[0];
          diffusion.prepareRgb(s.b0 + r, s.pixels, r * width, d);
          diffusion.diffuse(d);
          diffusion.pack(d, s.levels, r * stride);
        } else {
          s.separator.separate(s.pixels, r * width, width, row, 0);
          screen.packedRow(s.b0 + r, row, 0, s.levels, r * stride, 0, inks);
        }
      }
    }

    /** Separates rows {@code from .. to - 1} of the band into its amounts (for split screening). */
    private void separate(Slot s, int from, int to) {
      int o = from * width;
      int n = (to - from) * width;
      if (packed) {
        s.separator.separate(s.pixels, o, n, s.packedBand, o);
      } else if (src.cmyk()) {
        separation.separateCmyk(s.pixels, o, n, s.amounts, o);
      } else {
        separation.separateRgb(s.pixels, o, n, s.amounts, o);
      }
    }

    /** Separates the band's rows and lays them out for the vector diffusion. */
    private void prepare(Slot s) {
      for (int r = 0; r < s.rows; r++) {
        diffusion.prepareRgb(s.b0 + r, s.pixels, r * width, s.diffusionRows[r]);
      }
    }

    /** The band's rows through the diffusion, in order. */
    private void diffuse(Slot s) {
      for (int r = 0; r < s.rows; r++) {
        diffusion.diffuse(s.diffusionRows[r]);
      }
    }

    /** The diffused band's levels into its planes. */
    private void packDiffused(Slot s) {
      int stride = info.stride();
      for (int r = 0; r < s.rows; r++) {
        diffusion.pack(s.diffusionRows[r], s.levels, r * stride);
      }
    }

    /** Screens inks {@code from .. to - 1} of every row of the separated band. */
    private void screenInks(Slot s, int from, int to) {
      int stride = info.stride();
      for (int r = 0; r < s.rows; r++) {
        if (packed) {
          screen.packedRow(s.b0 + r, s.packedBand, r * width, s.levels, r * stride, from, to);
        } else {
          screen.rows(s.b0 + r, s.amounts, r * width, s.levels, r * stride, from, to);
        }
      }
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
