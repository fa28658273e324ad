package dev.fusejet.job;

import dev.fusejet.device.Device;
import dev.fusejet.device.DeviceCapabilities;
import dev.fusejet.device.JobStart;
import dev.fusejet.device.MediaSource;
import dev.fusejet.device.PageStart;
import dev.fusejet.device.PreparedSheet;
import dev.fusejet.device.PrintMode;
import dev.fusejet.device.Resolution;
import dev.fusejet.device.SetPoint;
import dev.fusejet.device.SheetRecord;
import dev.fusejet.halftone.Halftoner;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.BandConsumer;
import dev.fusejet.raster.Orientation;
import dev.fusejet.raster.PageInfo;
import dev.fusejet.raster.PageRanges;
import dev.fusejet.raster.PrintScaling;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.PrinterProfiles;
import dev.fusejet.raster.colour.Separation;
import dev.fusejet.raster.decode.Document;
import dev.fusejet.raster.decode.DocumentException;
import dev.fusejet.raster.decode.Documents;
import dev.fusejet.raster.decode.PageImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints one job's sheets on the device: lays out the ticket, enumerates the sheets (copies
 * collated over the documents, page ranges applied), and rasterises them, from the first sheet not
 * yet delivered. With one thread the printing thread rasterises each page straight into the device;
 * with more, {@link ParallelPages} rasterises up to that many pages at once and the printing thread
 * hands them to the device in order. Either way each page is rasterised by one thread from the same
 * inputs, so the drops are the same at every thread count.
 */
final class JobRun {

  /** Rows per band handed to the device. */
  static final int BAND_ROWS = 32;

  /** What the service learns while the job runs. */
  interface Progress {
    /** The sheets are known: {@code total} in all. */
    void planned(int total);

    /** A sheet was delivered. */
    void delivered(SheetRecord record);
  }

  /**
   * One sheet to print.
   *
   * @param document index of the document in the job
   * @param page 1-based page in the document
   * @param copy 1-based copy
   * @param sheet 1-based sheet in the job
   */
  record Task(int document, int page, int copy, int sheet) {}

  private final Device device;
  private final JobRecord job;
  private final Path folder;
  private final MediaSource source;
  private final SetPoint setPoint;
  private final int threads;
  private final boolean previews;
  private final PrintMode mode;
  private final RasterOptions options;
  private final Separation separation;
  private final java.util.function.Function<java.awt.color.ICC_Profile, Separation> bySource;
  private boolean started;

  JobRun(
      Device device,
      JobRecord job,
      Path folder,
      MediaSource source,
      SetPoint setPoint,
      int threads,
      boolean previews,
      PrinterProfiles profiles) {
    this.device = device;
    this.job = job;
    this.folder = folder;
    this.source = source;
    this.setPoint = setPoint;
    this.threads = threads;
    this.previews = previews;
    DeviceCapabilities caps = device.capabilities();
    JobTicket t = job.ticket();
    this.mode = PrintMode.of(t.quality());
    this.options = options(t, caps, source);
    this.separation =
        RasterSetup.separation(
            caps.inks(), source.medium(), options, t.quality(), t.renderingIntent(), profiles);
    this.bySource =
        RasterSetup.bySource(
            caps.inks(), source.medium(), options, t.quality(), t.renderingIntent(), profiles);
  }

  /** The raster options of a ticket on the sheets loaded in {@code source}. */
  static RasterOptions options(JobTicket t, DeviceCapabilities caps, MediaSource source) {
    PrintMode mode = PrintMode.of(t.quality());
    Resolution r =
        t.resolution() == null
            ? new Resolution(mode.xDpi(), mode.yDpi())
            : PrintMode.resolution(t.resolution());
    return new RasterOptions(
        source.size(),
        t.borderless() ? 0 : caps.margin(),
        t.borderless(),
        PrintScaling.ofKeyword(t.scaling()),
        Orientation.ofKeyword(t.orientation()),
        1,
        PageRanges.all(),
        r.xDpi(),
        r.yDpi(),
        ColourMode.ofKeyword(t.colourMode()),
        BAND_ROWS,
        1);
  }

  /** True once the device's job was started (the caller then ends it). */
  boolean started() {
    return started;
  }

  /**
   * Prints every sheet after the first {@code delivered} and ends the device's job.
   *
   * @throws InterruptedException when the printing thread is interrupted (cancel, shutdown); the
   *     device's job is then still open
   * @throws DocumentException when a document cannot be rasterised
   */
  dev.fusejet.device.JobOutput run(int delivered, Progress progress) throws InterruptedException {
    List<Task> tasks = tasks();
    if (tasks.isEmpty()) {
      throw new DocumentException(
          job.documents().isEmpty() ? "job" : job.documents().get(0).name(),
          "no page is selected by page-ranges " + job.ticket().pages());
    }
    progress.planned(tasks.size());
    List<Task> todo = tasks.subList(Math.min(delivered, tasks.size()), tasks.size());
    device.startJob(
        new JobStart(job.id(), job.ticket().name(), folder, job.ticket().keepHeadData(), previews));
    started = true;
    if (!todo.isEmpty()) {
      if (threads == 1 || todo.size() == 1) {
        try (Renderer r = new Renderer()) {
          for (Task t : todo) {
            r.render(t, new ToDevice(progress));
          }
        } catch (Stop s) {
          throw s.cause;
        }
      } else {
        try (ParallelPages pages =
            new ParallelPages(
                todo,
                threads,
                Renderer::new,
                device.preparesAhead()
                    ? info -> device.prepare(info, mode.shingle(), mode.bidirectional())
                    : null)) {
          for (Task t : todo) {
            pages.deliver(t, new ToDevice(progress));
          }
        } catch (Stop s) {
          throw s.cause;
        }
      }
    }
    return device.endJob(false);
  }

  /** The job's sheets in print order: for each copy, each document's selected pages. */
  List<Task> tasks() {
    PageRanges ranges = PageRanges.parse(job.ticket().pages());
    List<List<Integer>> pages = new ArrayList<>();
    for (DocumentInfo d : job.documents()) {
      List<Integer> selected = new ArrayList<>();
      try (Document doc = Documents.open(d.file())) {
        int n = 0;
        while (doc.nextPage() != null) {
          n++;
          if (ranges.contains(n)) {
            selected.add(n);
          } else if (ranges.pastEnd(n)) {
            break;
          }
        }
      }
      pages.add(selected);
    }
    List<Task> tasks = new ArrayList<>();
    for (int copy = 1; copy <= job.ticket().copies(); copy++) {
      for (int d = 0; d < pages.size(); d++) {
        for (int p : pages.get(d)) {
          tasks.add(new Task(d, p, copy, tasks.size() + 1));
        }
      }
    }
    return tasks;
  }

  /** An interrupt of a device call, carried through the band consumer. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient InterruptedException cause;

    Stop(InterruptedException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  /** Bands to the device, each sheet fed from the job's source at its set point. */
  private final class ToDevice implements ParallelPages.Sink {
    private final Progress progress;

    ToDevice(Progress progress) {
      this.progress = progress;
    }

    @Override
    public void startPage(PageInfo page) {
      try {
        device.startPage(
            new PageStart(page, source.name(), setPoint, mode.shingle(), mode.bidirectional()));
      } catch (InterruptedException e) {
        throw new Stop(e);
      }
    }

    @Override
    public void band(Band band) {
      try {
        device.band(band);
      } catch (InterruptedException e) {
        throw new Stop(e);
      }
    }

    @Override
    public void endPage(PageInfo page) {
      try {
        progress.delivered(device.endPage());
      } catch (InterruptedException e) {
        throw new Stop(e);
      }
    }

    @Override
    public void printPrepared(PageInfo page, PreparedSheet sheet) {
      try {
        progress.delivered(
            device.printPrepared(
                new PageStart(page, source.name(), setPoint, mode.shingle(), mode.bidirectional()),
                sheet));
      } catch (InterruptedException e) {
        throw new Stop(e);
      }
    }
  }

  /**
   * Rasterises pages one at a time on one thread: its own pipeline (sharing the separation) and an
   * open document that only moves forward while the pages asked for do.
   */
  final class Renderer implements AutoCloseable {
    private final RasterPipeline pipeline;
    private Document doc;
    private int docIndex = -1;
    private int at;

    Renderer() {
      Halftoner screen = mode.screen(job.ticket().content());
      this.pipeline =
          RasterSetup.pipeline(device.capabilities().inks(), separation, screen, options)
              .withSourceProfiles(bySource);
    }

    void render(Task t, BandConsumer out) {
      if (doc == null || docIndex != t.document() || t.page() <= at) {
        closeDoc();
        doc = Documents.open(job.documents().get(t.document()).file());
        docIndex = t.document();
        at = 0;
      }
      PageImage page = null;
      while (at < t.page()) {
        page = doc.nextPage();
        at++;
        if (page == null) {
          throw new DocumentException(doc.name(), "page " + t.page() + " is missing");
        }
      }
      String name = job.documents().get(t.document()).name();
      pipeline.renderPage(name, t.page(), t.copy(), t.sheet(), page, out);
    }

    private void closeDoc() {
      if (doc != null) {
        doc.close();
        doc = null;
      }
    }

    @Override
    public void close() {
      closeDoc();
      pipeline.close();
    }
  }
}
