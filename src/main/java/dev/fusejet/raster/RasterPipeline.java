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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Documents to halftoned bands. Per band: the document rows are fetched and mapped onto the page
 * (sequentially: decoders stream), then separated into ink amounts and screened. With more than one
 * thread, separation is split by rows and screening by rows (threshold arrays) or by inks (error
 * diffusion, whose rows depend on each other). Memory: one band of pixels, amounts and levels,
 * whatever the page size.
 */
public final class RasterPipeline implements AutoCloseable {

  private final Separation separation;
  private final Halftoner halftoner;
  private final ToneLevels levels;
  private final RasterOptions options;
  private final ExecutorService pool;

  /** True to run the vector kernels where they apply ({@link Kernels}). */
  private final boolean vector;

  /** With more than one thread, bands are handed to the consumer on this thread. */
  private final ExecutorService handoff;

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
                options.threads() - 1,
                r -> {
                  Thread t = new Thread(r, "raster-worker");
                  t.setDaemon(true);
                  return t;
                })
            : null;
    this.handoff =
        options.threads() > 1
            ? Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, "raster-consumer");
                  t.setDaemon(true);
                  return t;
                })
            : null;
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
    new PageRun(info, layout, src, out).run();
    out.endPage(info);
  }

  /** The state of one page being banded. */
  private final class PageRun {
    private final PageInfo info;
    private final PageImage src;
    private final BandConsumer out;
    private final int width;
    private final int height;
    private final int inks;
    private final int bandRows;
    private final int[] pixels;

    /** Per ink, amounts of the band (unpacked path: CMYK input or more than four inks). */
    private final char[][] amounts;

    /** Per thread, one row of packed amounts (packed path). */
    private final long[][] packedRow;

    /** Packed amounts of the band, when error diffusion splits inks over threads. */
    private final long[] packedBand;

    /** Per thread, the separator of the packed path. */
    private final PackedSeparator[] separators;

    /** Per thread, the fused separate-and-screen kernel, or null. */
    private final SpanKernel[] spans;

    private final boolean packed;
    private final boolean identityColumns;
    private final byte[][][] planes;
    private final List<Future<?>> pending = new ArrayList<>();
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
    private int lastSrcRow = -1;

    PageRun(PageInfo info, PageLayout l, PageImage src, BandConsumer out) {
      this.info = info;
      this.src = src;
      this.out = out;
      this.width = l.pageWidth();
      this.height = l.pageHeight();
      this.inks = separation.inks();
      this.bandRows = Math.min(options.bandRows(), height);
      this.pixels = new int[bandRows * width];
      this.screen = halftoner.page(width, inks, levels);
      this.packed = !src.cmyk() && separation.packs() && screen.packed();
      int threads = pool == null ? 1 : options.threads();
      this.amounts = packed ? null : new char[inks][bandRows * width];
      this.packedRow = packed ? new long[threads][width] : null;
      this.packedBand =
          packed && threads > 1 && !halftoner.rowIndependent() && inks > 1
              ? new long[bandRows * width]
              : null;
      this.separators = new PackedSeparator[threads];
      this.spans = new SpanKernel[threads];
      if (packed) {
        for (int t = 0; t < threads; t++) {
          separators[t] = Kernels.separator(separation, vector);
          spans[t] =
              screen.packedSpan() > 0
                  ? Kernels.span(separation, screen.levelThresholds(), inks, vector)
                  : null;
        }
      }
      // two sets of level planes when a consumer thread reads one while the next band is screened
      this.planes = new byte[handoff == null ? 1 : 2][inks][bandRows * info.stride()];
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
    }

    void run() {
      int k = 0;
      for (int b0 = 0; b0 < height; b0 += bandRows, k++) {
        int rows = Math.min(bandRows, height - b0);
        byte[][] levels = planes[k % planes.length];
        if (handoff != null && pending.size() >= planes.length) {
          await(pending.remove(0)); // the consumer is done with this set of planes
        }
        fetch(b0, rows);
        int by = b0;
        if (packed && packedBand == null) {
          // rows are independent, or one thread: separate and screen row by row (in cache)
          parallel(rows, (part, from, to) -> separateAndScreen(by, from, to, part, levels));
        } else if (packed) {
          parallel(rows, this::separatePacked);
          parallel(inks, (part, from, to) -> screenPacked(by, rows, from, to, levels));
        } else {
          parallel(rows, (part, from, to) -> separate(from, to));
          if (halftoner.rowIndependent() || inks == 1) {
            parallel(rows, (part, from, to) -> screenRows(by, from, to, 0, inks, levels));
          } else {
            parallel(inks, (part, from, to) -> screenRows(by, 0, rows, from, to, levels));
          }
        }
        Band band = new Band(info, b0, rows, levels);
        if (handoff == null) {
          out.band(band);
        } else {
          pending.add(handoff.submit(() -> out.band(band)));
        }
      }
      while (!pending.isEmpty()) {
        await(pending.remove(0));
      }
    }

    /** Page rows b0.. into the pixel buffer: white outside the image, nearest source pixel in. */
    private void fetch(int b0, int rows) {
      for (int r = 0; r < rows; r++) {
        int y = b0 + r;
        int o = r * width;
        if (y < y0 || y >= y1 || x0 >= x1) {
          java.util.Arrays.fill(pixels, o, o + width, white);
          continue;
        }
        int sy = (int) Math.min(src.height() - 1, (long) (y - imageY) * src.height() / imageH);
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

    private void separate(int from, int to) {
      int o = from * width;
      int n = (to - from) * width;
      if (src.cmyk()) {
        separation.separateCmyk(pixels, o, n, amounts, o);
      } else {
        separation.separateRgb(pixels, o, n, amounts, o);
      }
    }

    /** Packed path: each row of [from, to) separated into this thread's row and screened. */
    private void separateAndScreen(int b0, int from, int to, int part, byte[][] levels) {
      long[] row = packedRow[part];
      int stride = info.stride();
      int span = screen.packedSpan();
      SpanKernel fused = spans[part];
      if (fused != null) {
        // separation and screening in one pass, a span of a row at a time
        for (int r = from; r < to; r++) {
          for (int x0 = 0; x0 < width; x0 += span) {
            fused.screen(
                pixels, r * width + x0, Math.min(span, width - x0), b0 + r, x0, levels, r * stride);
          }
        }
        return;
      }
      PackedSeparator separator = separators[part];
      if (span > 0) {
        // a cache-sized piece of a row at a time: amounts, table and pixels stay in L1/L2
        for (int r = from; r < to; r++) {
          for (int x0 = 0; x0 < width; x0 += span) {
            int n = Math.min(span, width - x0);
            separator.separate(pixels, r * width + x0, n, row, 0);
            screen.packedSpan(b0 + r, x0, n, row, 0, levels, r * stride, 0, inks);
          }
        }
        return;
      }
      for (int r = from; r < to; r++) {
        separator.separate(pixels, r * width, width, row, 0);
        screen.packedRow(b0 + r, row, 0, levels, r * stride, 0, inks);
      }
    }

    private void separatePacked(int part, int from, int to) {
      int o = from * width;
      separators[part].separate(pixels, o, (to - from) * width, packedBand, o);
    }

    private void screenPacked(int b0, int rows, int inkFrom, int inkTo, byte[][] levels) {
      int stride = info.stride();
      for (int r = 0; r < rows; r++) {
        screen.packedRow(b0 + r, packedBand, r * width, levels, r * stride, inkFrom, inkTo);
      }
    }

    private void screenRows(
        int b0, int rowFrom, int rowTo, int inkFrom, int inkTo, byte[][] levels) {
      int stride = info.stride();
      for (int r = rowFrom; r < rowTo; r++) {
        screen.rows(b0 + r, amounts, r * width, levels, r * stride, inkFrom, inkTo);
      }
    }
  }

  /** Work on a range [from, to), part {@code part} of the split (0 on the calling thread). */
  private interface Range {
    void run(int part, int from, int to);
  }

  /** Splits [0, n) over the threads (the caller takes the first part) and waits. */
  private void parallel(int n, Range task) {
    int t = pool == null ? 1 : Math.min(options.threads(), n);
    if (t <= 1) {
      task.run(0, 0, n);
      return;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int k = 1; k < t; k++) {
      int from = (int) ((long) n * k / t);
      int to = (int) ((long) n * (k + 1) / t);
      int part = k;
      futures.add(pool.submit(() -> task.run(part, from, to)));
    }
    task.run(0, 0, (int) ((long) n / t));
    for (Future<?> f : futures) {
      await(f);
    }
  }

  /** Waits for a task, rethrowing what it threw. */
  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rasterising", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    if (handoff != null) {
      handoff.shutdownNow();
    }
  }
}
