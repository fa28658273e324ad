package dev.fusejet.job;

import dev.fusejet.config.Catalog;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.raster.MediaSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/** Test printers and documents: a simulated device on the built-in presets, small photos. */
final class Printers {
  private Printers() {}

  static final Catalog CATALOG = Catalog.builtIn();

  /**
   * The sheet size of the test printers: small, so a sheet rasterises in a fraction of a second.
   */
  static final MediaSize SIZE = MediaSize.of("1.5x2in");

  /** A device with source {@code main} holding {@code sheets} small sheets of glossy-ldpe-70. */
  static SimulatedDevice.Builder device(int sheets) {
    return device(Catalog.DEFAULT_MEDIUM, sheets);
  }

  /** A device with source {@code main} holding {@code sheets} small sheets of {@code medium}. */
  static SimulatedDevice.Builder device(String medium, int sheets) {
    return SimulatedDevice.builder(
            CATALOG.inkSet(Catalog.DEFAULT_INK_SET), CATALOG.apparatus(Catalog.DEFAULT_APPARATUS))
        .source("main", CATALOG.medium(medium), SIZE, sheets, 500);
  }

  /** A ticket at draft quality (fast) with the given name. */
  static JobTicket ticket(String name) {
    return JobTicket.of(name, "tester").withQuality("draft", null, null);
  }

  /** Service settings on {@code dir} without previews. */
  static ServiceConfig config(Path dir) {
    return ServiceConfig.of(dir).withPreviews(false);
  }

  /** Submits {@code doc} as a one-document job. */
  static JobInfo submit(JobService s, JobTicket t, Path doc) throws IOException {
    try (InputStream in = Files.newInputStream(doc)) {
      return s.submit(t, DocumentRequest.detect(doc.getFileName().toString()), in);
    }
  }

  /** A {@code w} x {@code h} px PNG at 100 dpi: colour ramps and a black bar. */
  static Path png(Path dir, String name, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = y < h / 10 ? 0 : (255 * x / w) << 16 | (255 * y / h) << 8 | 128;
        img.setRGB(x, y, rgb);
      }
    }
    Path f = dir.resolve(name);
    ImageIO.write(img, "png", f.toFile());
    return f;
  }

  /** Runs a peer tool (Ghostscript, ImageMagick) in {@code dir}; skips the test without it. */
  static void run(Path dir, String... cmd) throws IOException, InterruptedException {
    Assumptions.assumeTrue(available(cmd[0]), cmd[0] + " is not installed (.ci/run installs it)");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
    }
  }

  static boolean available(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":", -1)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A PostScript program of {@code pages} pages of 1.5 x 2 in, each a colour ramp and a black bar
   * whose height grows with the page number (so pages differ in ink).
   */
  static Path postscript(Path dir, int pages) throws IOException {
    StringBuilder ps = new StringBuilder("%!PS\n<< /PageSize [108 144] >> setpagedevice\n");
    for (int i = 0; i < pages; i++) {
      ps.append(
          String.format(
              Locale.ROOT,
              "0 1 107 { dup 107 div %.2f 0.5 setrgbcolor 0 1 144 rectfill } for%n"
                  + "0 0 0 setrgbcolor 10 10 88 %d rectfill showpage%n",
              (double) i / Math.max(1, pages - 1),
              10 + 20 * i));
    }
    Path f = dir.resolve("doc-" + pages + ".ps");
    Files.writeString(f, ps);
    return f;
  }

  /** A document made by Ghostscript from {@link #postscript}: pdfwrite, pwgraster or urf. */
  static Path ghostscript(Path dir, int pages, String device, String ext, String... options)
      throws Exception {
    Path ps = postscript(dir, pages);
    String out = "doc-" + pages + "-" + device + "." + ext;
    java.util.List<String> cmd =
        new java.util.ArrayList<>(
            java.util.List.of("gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-r100"));
    cmd.add("-sDEVICE=" + device);
    cmd.addAll(java.util.List.of(options));
    cmd.add("-sOutputFile=" + out);
    cmd.add(ps.getFileName().toString());
    run(dir, cmd.toArray(new String[0]));
    return dir.resolve(out);
  }
}
