package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import dev.fusejet.halftone.Halftoners;
import dev.fusejet.head.HeadDataWriter;
import dev.fusejet.head.HeadModel;
import dev.fusejet.ink.InkSet;
import dev.fusejet.job.RasterSetup;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.BandConsumer;
import dev.fusejet.raster.Kernels;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.PageInfo;
import dev.fusejet.raster.PrintScaling;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.decode.Document;
import dev.fusejet.raster.decode.Documents;
import dev.fusejet.raster.decode.MemoryImage;
import dev.fusejet.raster.decode.PageImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fusejet bench}: the raster pipeline on the peers' test images ({@code peers.sh images}),
 * timed the way the peers are timed: median wall time, Mpx/s of output pixels (all four inks). In
 * memory rows (separation + halftone) start from the decoded image; the whole job reads the file
 * and includes layout, colour, halftone and pass planning. With {@code --peers}, Ghostscript's
 * {@code stcolor} Floyd-Steinberg and {@code bitcmyk} run as processes in turn with our whole job
 * (A B A B ...), so that their ratio is measured under the same machine load.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Times the raster pipeline on the peers' 4x6 in photos (peers.sh images).")
final class BenchCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--images",
      defaultValue = "/tmp/perf-anchors",
      description = "Directory of photo720.ppm and photo1440.ppm (default: ${DEFAULT-VALUE}).")
  Path images;

  @Option(names = "--runs", defaultValue = "7", description = "Timed runs (median reported).")
  int runs;

  @Option(names = "--warmup", defaultValue = "3", description = "Untimed runs first.")
  int warmup;

  @Option(
      names = "--threads",
      defaultValue = "1,2",
      split = ",",
      description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
  int[] threads;

  @Option(
      names = "--methods",
      defaultValue = "fs,variable,blue-noise",
      split = ",",
      description = "Halftones to measure (default: ${DEFAULT-VALUE}).")
  String[] methods;

  @Option(names = "--media", defaultValue = Catalog.DEFAULT_MEDIUM, description = "Medium.")
  String media;

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Option(names = "--peers", description = "Also time Ghostscript (gs) in turn with our job.")
  boolean peers;

  @Option(names = "--only", description = "Only this image: 720 or 1440.")
  String only;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Catalog catalog = catalogOptions.catalog();
    Medium medium = catalogOptions.medium(media, spec.commandLine().getErr());
    InkSet inks = catalog.inkSet(Catalog.DEFAULT_INK_SET);
    int missing = 0;
    out.printf(
        Locale.ROOT,
        "# fusejet bench: %d cores, Java %s, kernels: %s, %d warm-up + %d timed runs, median%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        Kernels.describe(),
        warmup,
        runs);
    out.println("image\tstage\thalftone\tthreads\tmedian_s\tmin_s\tmax_s\tMpx/s");
    for (String[] img :
        new String[][] {{"720", "photo720.ppm", "720"}, {"1440", "photo1440.ppm", "1440"}}) {
      if (only != null && !only.equals(img[0])) {
        continue;
      }
      Path file = images.resolve(img[1]);
      if (!Files.exists(file)) {
        out.println("# missing " + file + ": run peers.sh images first");
        missing++;
        continue;
      }
      double xDpi = Double.parseDouble(img[2]);
      RasterOptions base =
          RasterOptions.defaults()
              .withSize(MediaSize.of("6x4"))
              .withBorderless(true)
              .withScaling(PrintScaling.FILL)
              .withResolution(xDpi, 720);
      MemoryImage photo = decode(file);
      double mpx = photo.width() * (double) photo.height() / 1e6;
      for (String method : methods) {
        for (int t : threads) {
          RasterOptions o = base.withBands(32, t);
          try (RasterPipeline p =
              RasterSetup.pipeline(inks, medium, Halftoners.byName(method), o)) {
            double[] s = time(() -> p.renderPage("bench", 1, 1, 1, photo, NULL));
            row(out, img[0], "separation+halftone (in memory)", method, t, s, mpx);
          }
        }
      }
      HeadModel head = HeadModel.of(inks);
      for (String method : methods) {
        for (int t : threads) {
          RasterOptions o = base.withBands(32, t);
          try (RasterPipeline p =
              RasterSetup.pipeline(inks, medium, Halftoners.byName(method), o)) {
            Runnable job =
                () ->
                    p.render(
                        file,
                        new HeadDataWriter(head, 2, true, info -> OutputStream.nullOutputStream()));
            double[] s = time(job);
            row(out, img[0], "whole job (file to head data)", method, t, s, mpx);
            if (peers && t == 1 && method.equals("fs")) {
              peerRows(out, img[0], job, mpx);
            }
          }
        }
      }
      out.flush();
    }
    if (missing > 0) {
      spec.commandLine()
          .getErr()
          .println(
              "fusejet bench: "
                  + missing
                  + " input image(s) missing in "
                  + images
                  + "; run ../shared/bench/peers.sh images (or give --images DIR)");
      return 1;
    }
    return 0;
  }

  private static final BandConsumer NULL =
      new BandConsumer() {
        @Override
        public void startPage(PageInfo page) {}

        @Override
        public void band(Band band) {}

        @Override
        public void endPage(PageInfo page) {}
      };

  static MemoryImage decode(Path file) {
    try (Document d = Documents.open(file)) {
      PageImage p = d.nextPage();
      return MemoryImage.of(p, 0, false);
    }
  }

  private double[] time(Runnable r) {
    for (int i = 0; i < warmup; i++) {
      r.run();
    }
    double[] s = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      r.run();
      s[i] = (System.nanoTime() - t0) / 1e9;
    }
    return stats(s);
  }

  static double[] stats(double[] s) {
    double[] c = s.clone();
    Arrays.sort(c);
    double median =
        c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    return new double[] {median, c[0], c[c.length - 1]};
  }

  private static void row(
      PrintWriter out, String img, String stage, String method, int t, double[] s, double mpx) {
    out.printf(
        Locale.ROOT,
        "%s\t%s\t%s\t%d\t%.4f\t%.4f\t%.4f\t%.1f%n",
        img,
        stage,
        method,
        t,
        s[0],
        s[1],
        s[2],
        mpx / s[0]);
    out.flush();
  }

  /** Ghostscript stcolor FS and bitcmyk 2-bit as processes, in turn with our whole job. */
  private void peerRows(PrintWriter out, String img, Runnable job, double mpx)
      throws IOException, InterruptedException {
    Path raw = images.resolve(img.equals("720") ? "photo720.rgb" : "photo1440.rgb");
    if (!Files.exists(raw)) {
      out.println("# missing " + raw + ": run peers.sh images first");
      return;
    }
    int w = img.equals("720") ? 4320 : 8640;
    Path ps = Files.createTempFile("fusejet-bench", ".ps");
    Files.writeString(
        ps,
        "%!PS\n/DeviceRGB setcolorspace\n432 288 scale\n<< /ImageType 1 /Width "
            + w
            + " /Height 2880 /BitsPerComponent 8 /Decode [0 1 0 1 0 1]\n   /ImageMatrix ["
            + w
            + " 0 0 -2880 0 2880] /DataSource ("
            + raw
            + ") (r) file >> image\nshowpage\n",
        StandardCharsets.US_ASCII);
    Path sink = Files.createTempFile("fusejet-bench", ".out");
    String res = img.equals("720") ? "-r720" : "-r1440x720";
    List<String[]> cmds = new ArrayList<>();
    for (String dev : new String[] {"stcolor -sDithering=fscmyk", "bitcmyk -dGrayValues=4"}) {
      List<String> c =
          new ArrayList<>(
              List.of(
                  "gs",
                  "-q",
                  "-dSAFER",
                  "-dBATCH",
                  "-dNOPAUSE",
                  "-dDEVICEWIDTHPOINTS=432",
                  "-dDEVICEHEIGHTPOINTS=288",
                  "-dFIXEDMEDIA",
                  "--permit-file-read=" + raw,
                  res));
      String[] d = dev.split(" ", -1);
      c.add("-sDEVICE=" + d[0]);
      c.add(d[1]);
      c.add("-sOutputFile=" + sink);
      c.add(ps.toString());
      cmds.add(c.toArray(new String[0]));
    }
    for (String[] cmd : cmds) {
      double[] ours = new double[runs];
      double[] theirs = new double[runs];
      double[] ratio = new double[runs];
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        job.run();
        ours[i] = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
          out.println("# peer failed: " + String.join(" ", cmd));
          return;
        }
        theirs[i] = (System.nanoTime() - t0) / 1e9;
        ratio[i] = theirs[i] / ours[i];
      }
      String name = "gs " + cmd[cmd.length - 4].substring(9) + " " + cmd[cmd.length - 3];
      row(out, img, "peer process (in turn)", name, 1, stats(theirs), mpx);
      row(out, img, "our whole job (in turn)", "fs", 1, stats(ours), mpx);
      out.printf(
          Locale.ROOT,
          "%s\tpaired ratio peer/ours (median)\t%s\t1\t%.2f%n",
          img,
          name,
          stats(ratio)[0]);
    }
    Files.deleteIfExists(ps);
    Files.deleteIfExists(sink);
  }
}
