package dev.fusejet.ipp;

import dev.fusejet.config.Catalog;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.job.JobService;
import dev.fusejet.job.ServiceConfig;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.time.Scheduler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real printer for tests: the simulated apparatus on the built-in presets (fast simulated time),
 * the real job service on a state directory, and the printer application on a free loopback port
 * (127.0.0.1 and ::1, as {@code localhost} in its URIs) with DNS-SD off. Sources: {@code main} with
 * 4x6 glossy and {@code photo} with A4 lustre.
 */
final class TestPrinter implements AutoCloseable {
  static final Catalog CATALOG = Catalog.builtIn();

  final SimulatedDevice device;
  final JobService jobs;
  final PrinterApplication app;
  final Path state;

  private TestPrinter(Path state, ServeOptions options) {
    this.state = state;
    Medium glossy = CATALOG.medium(Catalog.DEFAULT_MEDIUM);
    Medium lustre = CATALOG.medium("lustre-ldpe-85");
    device =
        SimulatedDevice.builder(
                CATALOG.inkSet(Catalog.DEFAULT_INK_SET),
                CATALOG.apparatus(Catalog.DEFAULT_APPARATUS))
            .source("main", glossy, MediaSize.of("4x6"), 500, 500)
            .source("photo", lustre, MediaSize.of("a4"), 500, 500)
            .scheduler(Scheduler.fast())
            .build();
    jobs = JobService.open(device, ServiceConfig.of(state.resolve("jobs")).withPreviews(false));
    app = PrinterApplication.start(options.withStateDir(state), jobs, catalogue());
  }

  static List<Medium> catalogue() {
    List<Medium> m = new ArrayList<>();
    for (String n : CATALOG.mediaNames()) {
      m.add(CATALOG.medium(n));
    }
    return m;
  }

  static ServeOptions options() {
    return ServeOptions.defaults()
        .withPort(0)
        .withListen("localhost")
        .withHostName("localhost")
        .withDnsSd(false)
        .withPaced(false);
  }

  static TestPrinter start(Path state) {
    return new TestPrinter(state, options());
  }

  static TestPrinter start(Path state, ServeOptions options) {
    return new TestPrinter(state, options);
  }

  String uri(String scheme) {
    return scheme + "://localhost:" + app.port() + IppHandler.PRINTER_PATH;
  }

  @Override
  public void close() {
    app.close();
    jobs.close();
    device.close();
  }
}
