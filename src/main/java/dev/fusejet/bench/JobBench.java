package dev.fusejet.bench;

import dev.fusejet.config.Catalog;
import dev.fusejet.device.JobStart;
import dev.fusejet.device.PageStart;
import dev.fusejet.device.PrintMode;
import dev.fusejet.device.SetPoint;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.job.DocumentRequest;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobService;
import dev.fusejet.job.JobTicket;
import dev.fusejet.job.RasterSetup;
import dev.fusejet.job.ServiceConfig;
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
import dev.fusejet.raster.decode.Document;
import dev.fusejet.raster.decode.Documents;
import dev.fusejet.raster.decode.PageImage;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The job system's benchmarks (a command beside the JMH ones, run in a fresh JVM each):
 *
 * <pre>
 * java -cp target/fusejet.jar dev.fusejet.bench.JobBench job DOC STATE SIZE QUALITY RES THREADS
 * java -cp target/fusejet.jar dev.fusejet.bench.JobBench direct DOC STATE SIZE QUALITY RES
 * </pre>
 *
 * {@code job} prints a document through the whole job service in fast mode (spool, journal,
 * records, pages in parallel on THREADS) and reports the time from submission to completion, pages
 * per second and the peak heap; {@code direct} prints the same pages on one thread straight into a
 * simulated device (no spool, no journal, the device's records only) for the job system's own cost.
 * Results: docs/benchmarks.md.
 */
public final class JobBench {
  private JobBench() {}

  /** Runs one measurement. */
  public static void main(String[] args) throws Exception {
    String what = args[0];
    Path doc = Path.of(args[1]);
    Path state = Path.of(args[2]);
    MediaSize size = MediaSize.of(args[3]);
    String quality = args[4];
    String res = args[5];
    Catalog c = Catalog.builtIn();
    SimulatedDevice device =
        SimulatedDevice.builder(
                c.inkSet(Catalog.DEFAULT_INK_SET), c.apparatus(Catalog.DEFAULT_APPARATUS))
            .source("main", c.medium(Catalog.DEFAULT_MEDIUM), size, 1000, 1000)
            .build();
    long t0 = System.nanoTime();
    int sheets;
    if (what.equals("job")) {
      int threads = Integer.parseInt(args[6]);
      try (device;
          JobService s =
              JobService.open(
                  device, ServiceConfig.of(state).withThreads(threads).withPreviews(false))) {
        JobInfo j;
        try (InputStream in = Files.newInputStream(doc)) {
          j =
              s.submit(
                  JobTicket.of("bench", "bench").withQuality(quality, "photo", res),
                  DocumentRequest.detect(doc.getFileName().toString()),
                  in);
        }
        j = s.await(j.id(), x -> x.state().terminal(), Duration.ofHours(1));
        if (!j.state().keyword().equals("completed")) {
          throw new IllegalStateException("job ended " + j.state() + ": " + j.message());
        }
        sheets = j.sheetsCompleted();
      }
    } else {
      sheets = direct(device, doc, state, size, quality, res);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s %s: %d sheets in %.2f s, %.3f sheets/s, peak heap %.0f MB (max %d MB)%n",
        what,
        String.join(" ", java.util.Arrays.copyOfRange(args, 3, args.length)),
        sheets,
        seconds,
        sheets / seconds,
        peak / 1e6,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** The same pages straight into the device on this thread. */
  private static int direct(
      SimulatedDevice device, Path doc, Path state, MediaSize size, String quality, String res)
      throws Exception {
    PrintMode mode = PrintMode.of(quality);
    var r = PrintMode.resolution(res);
    RasterOptions o =
        new RasterOptions(
            size,
            0.003,
            false,
            PrintScaling.AUTO,
            Orientation.AUTO,
            1,
            PageRanges.all(),
            r.xDpi(),
            r.yDpi(),
            ColourMode.COLOUR,
            32,
            1);
    var caps = device.capabilities();
    SetPoint sp = new SetPoint(200, 0.3, 0.02, FusingMode.STANDARD);
    Files.createDirectories(state);
    device.startJob(new JobStart(1, "direct", state, false, false));
    int n = 0;
    try (RasterPipeline p =
            RasterSetup.pipeline(
                caps.inks(), caps.sources().get(0).medium(), mode.screen("photo"), o);
        Document d = Documents.open(doc)) {
      BandConsumer out =
          new BandConsumer() {
            @Override
            public void startPage(PageInfo page) {
              try {
                device.startPage(
                    new PageStart(page, "main", sp, mode.shingle(), mode.bidirectional()));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            }

            @Override
            public void band(Band band) {
              try {
                device.band(band);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            }

            @Override
            public void endPage(PageInfo page) {
              try {
                device.endPage();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            }
          };
      PageImage page;
      while ((page = d.nextPage()) != null) {
        n++;
        p.renderPage(doc.getFileName().toString(), n, 1, n, page, out);
      }
    }
    device.endJob(false);
    return n;
  }
}
