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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The job system's benchmarks (a command beside the JMH ones, run in a fresh JVM each):
 *
 * <pre>
 * java -cp target/fusejet.jar dev.fusejet.bench.JobBench job DOC STATE SIZE QUALITY RES THREADS [WARM]
 * java -cp target/fusejet.jar dev.fusejet.bench.JobBench direct DOC STATE SIZE QUALITY RES
 * java -cp target/fusejet.jar dev.fusejet.bench.JobBench overhead DOC STATE SIZE QUALITY RES SHEETS
 * java -cp target/fusejet.jar dev.fusejet.bench.JobBench photos OUT.pdf PAGES W_PT H_PT W_PX H_PX
 * </pre>
 *
 * {@code job} prints a document through the whole job service in fast mode (spool, journal,
 * records, pages in parallel on THREADS) and reports the time from submission to completion, pages
 * per second, the peak heap and the CPU the process used meanwhile (with the JIT compilers' and the
 * collector's share); with WARM, it first prints the same job WARM times in the same service and
 * measures the next one, as a printer that has been running prints it. {@code direct} prints the
 * same pages on one thread straight into a simulated device (no spool, no journal, the device's
 * records only) for the job system's own cost. {@code photos} makes the input: a PDF of PAGES pages
 * of W_PT x H_PT points, each one JPEG (quality 0.9) of W_PX x H_PX pixels of smooth photo-like
 * gradients with ±10 levels of seeded noise (a different picture per page; the same file on every
 * run). Results: docs/benchmarks.md.
 */
public final class JobBench {
  private JobBench() {}

  /** Runs one measurement. */
  public static void main(String[] args) throws Exception {
    String what = args[0];
    if (what.equals("photos")) {
      photos(
          Path.of(args[1]),
          Integer.parseInt(args[2]),
          Float.parseFloat(args[3]),
          Float.parseFloat(args[4]),
          Integer.parseInt(args[5]),
          Integer.parseInt(args[6]));
      return;
    }
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
    if (what.equals("overhead")) {
      overhead(device, doc, state, Integer.parseInt(args[6]));
      return;
    }
    long t0 = System.nanoTime();
    Map<String, Double> cpu0 = threadCpu();
    long process0 = processCpu();
    int sheets;
    int warmUps = 0;
    if (what.equals("job")) {
      int threads = Integer.parseInt(args[6]);
      warmUps = args.length > 7 ? Integer.parseInt(args[7]) : 0;
      try (device;
          JobService s =
              JobService.open(
                  device, ServiceConfig.of(state).withThreads(threads).withPreviews(false))) {
        sheets = 0;
        for (int k = 0; k <= warmUps; k++) {
          if (k == warmUps) {
            // the measured job: a printer that has printed before (compiled code, loaded classes)
            System.out.printf(
                Locale.ROOT,
                "measured job starts at %.3f s of JVM uptime%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
            t0 = System.nanoTime();
            cpu0 = threadCpu();
            process0 = processCpu();
          }
          sheets = printOnce(s, doc, quality, res);
        }
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
    double process = (processCpu() - process0) / 1e9;
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
    Map<String, Double> cpu = threadCpu();
    StringBuilder b = new StringBuilder();
    for (String kind : List.of("jit", "gc")) {
      b.append(
          String.format(
              Locale.ROOT,
              ", %s %.1f s",
              kind,
              cpu.getOrDefault(kind, 0.0) - cpu0.getOrDefault(kind, 0.0)));
    }
    System.out.printf(
        Locale.ROOT,
        "%s CPU: process %.1f s in %.2f s (%.2f cores)%s%n",
        warmUps > 0 ? "measured job (after " + warmUps + " warm-up)" : "whole run",
        process,
        seconds,
        process / seconds,
        b);
  }

  /**
   * Prints {@code doc} once as a job through {@code s}; the sheets it completed. Prints when the
   * first and the last sheet were delivered, from the submission (s).
   */
  private static int printOnce(JobService s, Path doc, String quality, String res)
      throws Exception {
    JobInfo j;
    long t0 = System.nanoTime();
    java.util.List<Double> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
    AutoCloseable listening =
        s.addListener(
            new dev.fusejet.job.JobListener() {
              @Override
              public void jobChanged(dev.fusejet.job.JobEvent e) {
                if (e.kind() == dev.fusejet.job.JobEvent.Kind.PROGRESS) {
                  delivered.add((System.nanoTime() - t0) / 1e9);
                }
              }
            });
    try (InputStream in = Files.newInputStream(doc)) {
      j =
          s.submit(
              JobTicket.of("bench", "bench").withQuality(quality, "photo", res),
              DocumentRequest.detect(doc.getFileName().toString()),
              in);
    }
    j = s.await(j.id(), x -> x.state().terminal(), Duration.ofHours(1));
    listening.close();
    if (!j.state().keyword().equals("completed")) {
      throw new IllegalStateException("job ended " + j.state() + ": " + j.message());
    }
    if (!delivered.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "sheets delivered: first at %.2f s, last at %.2f s after submission%n",
          delivered.get(0),
          delivered.get(delivered.size() - 1));
    }
    return j.sheetsCompleted();
  }

  /** CPU time of this process (all threads), ns. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * CPU seconds (user + system) of this JVM's live threads by kind, read from {@code
   * /proc/self/task}: the page workers, the JIT compilers, the collector, the rest. Empty where
   * there is no {@code /proc}.
   */
  private static Map<String, Double> threadCpu() throws java.io.IOException {
    Path tasks = Path.of("/proc/self/task");
    java.util.Map<String, Double> kinds = new java.util.TreeMap<>();
    if (!Files.isDirectory(tasks)) {
      return kinds;
    }
    double tick = 100; // USER_HZ on Linux
    try (var s = Files.list(tasks)) {
      for (Path t : (Iterable<Path>) s::iterator) {
        String stat;
        try {
          stat = Files.readString(t.resolve("stat"));
        } catch (java.io.IOException gone) {
          continue;
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
        double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / tick;
        String kind =
            name.startsWith("page-worker")
                ? "pages"
                : name.startsWith("C1") || name.startsWith("C2")
                    ? "jit"
                    : name.startsWith("GC") || name.startsWith("G1") || name.startsWith("VM Thread")
                        ? "gc"
                        : "other";
        kinds.merge(kind, cpu, Double::sum);
      }
    }
    return kinds;
  }

  /** Writes the benchmark's input PDF (see the class comment). */
  private static void photos(Path out, int pages, float w, float h, int pw, int ph)
      throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      for (int p = 0; p < pages; p++) {
        java.awt.image.BufferedImage img =
            new java.awt.image.BufferedImage(pw, ph, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random r = new java.util.Random(p);
        for (int y = 0; y < ph; y++) {
          for (int x = 0; x < pw; x++) {
            double u = (double) x / pw;
            double v = (double) y / ph;
            int n = r.nextInt(21) - 10;
            int red = clamp((int) (255 * (0.5 + 0.5 * Math.sin(6 * u + p))) + n);
            int green = clamp((int) (255 * v) + n);
            int blue = clamp((int) (255 * (0.5 + 0.5 * Math.cos(9 * u * v + p))) + n);
            img.setRGB(x, y, red << 16 | green << 8 | blue);
          }
        }
        org.apache.pdfbox.pdmodel.PDPage page =
            new org.apache.pdfbox.pdmodel.PDPage(
                new org.apache.pdfbox.pdmodel.common.PDRectangle(w, h));
        doc.addPage(page);
        var im =
            org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(doc, img, 0.9f);
        try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
          cs.drawImage(im, 0, 0, w, h);
        }
      }
      doc.save(out.toFile());
    }
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  /**
   * The job system's own operations, timed one by one on a paused queue: spooling {@code doc} (with
   * its journal entry and format check), journal writes (hold and release, one atomic forced write
   * each) and forced appends of a sheet record's JSON line; then the total for a job of {@code
   * sheets} sheets (about sheets + 6 journal writes and one record a sheet).
   */
  private static void overhead(SimulatedDevice device, Path doc, Path state, int sheets)
      throws Exception {
    try (device;
        JobService s = JobService.open(device, ServiceConfig.of(state).withPreviews(false))) {
      s.pause();
      // the first spool in a fresh JVM also loads the document classes (PDFBox); a running
      // printer pays that once, so the steady cost is the second spool's
      double cold = 0;
      double spool = 0;
      JobInfo j = null;
      for (int k = 0; k < 2; k++) {
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(doc)) {
          j =
              s.submit(
                  JobTicket.of("bench", "bench"),
                  DocumentRequest.detect(doc.getFileName().toString()),
                  in);
        }
        spool = (System.nanoTime() - t0) / 1e9;
        if (k == 0) {
          cold = spool;
          s.cancel(j.id(), "bench");
        }
      }
      int n = 100;
      long t0 = System.nanoTime();
      for (int i = 0; i < n / 2; i++) {
        s.hold(j.id(), dev.fusejet.job.HoldUntil.INDEFINITE);
        s.release(j.id());
      }
      double journal = (System.nanoTime() - t0) / 1e9 / n;
      String line = "{\"job\":1,\"sheet\":1," + "\"x\":0.123456789,".repeat(30) + "\"y\":1}\n";
      Path records = state.resolve("bench.jsonl");
      t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        try (var out = new java.io.FileOutputStream(records.toFile(), true)) {
          out.write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          out.getFD().sync();
        }
      }
      double record = (System.nanoTime() - t0) / 1e9 / n;
      s.cancel(j.id(), "bench");
      double total = spool + (sheets + 6) * journal + sheets * record;
      System.out.printf(
          Locale.ROOT,
          "overhead: spool %.3f s (first in this JVM %.3f s; %d bytes), journal write %.2f ms,"
              + " record append %.2f ms; a %d-sheet job: %.3f s%n",
          spool,
          cold,
          Files.size(doc),
          journal * 1e3,
          record * 1e3,
          sheets,
          total);
    }
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
