package dev.fusejet.cli;

import dev.fusejet.config.Catalog;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.ipp.PrinterApplication;
import dev.fusejet.ipp.ServeOptions;
import dev.fusejet.job.JobService;
import dev.fusejet.job.ServiceConfig;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.time.Scheduler;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fusejet serve}: the IPP Everywhere printer, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the printer: an IPP Everywhere printer (ipp:// and ipps:// on one port) that any"
          + " computer or phone prints to without a driver, on the simulated apparatus with a"
          + " medium loaded in each source. Runs until stopped (Ctrl-C or SIGTERM: the server"
          + " stops within 5 s, jobs stay journaled and continue at the next start)."
    })
final class ServeCommand implements Callable<Integer> {

  /** Sources of the built-in apparatus: name, medium, size, sheets loaded (= capacity). */
  static final String[][] SOURCES = {
    {"main", Catalog.DEFAULT_MEDIUM, "4x6", "100"},
    {"photo", "lustre-ldpe-85", "a4", "50"},
  };

  /**
   * Share of {@link ServeShutdown#BUDGET} (5 s in all) for the printer application: DNS-SD's
   * goodbye and Jetty's graceful stop ({@link PrinterApplication#STOP_BOUND}, 2 s).
   */
  static final Duration APP_STOP = PrinterApplication.STOP_BOUND;

  /** Share for the job service: the queue stops at the next band, the sheet on the way ends. */
  static final Duration JOBS_STOP = ServeShutdown.BUDGET.minus(APP_STOP).minusMillis(500);

  /** Share for the apparatus: the fuser's clock stops (what is left of the budget). */
  static final Duration DEVICE_STOP = Duration.ofMillis(500);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      converter = Converters.Port.class,
      description = "TCP port for ipp, ipps and the status page, 0 to 65535 (default 8631).")
  Integer port;

  @Option(names = "--state", description = "State directory (default ~/.local/share/fusejet).")
  Path state;

  @Option(
      names = "--config",
      description =
          "Configuration file (default: STATE/fusejet.conf when it exists); see docs/configuration.md.")
  Path config;

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Option(
      names = "--listen",
      description = "Address to listen on: * (all, default) or e.g. localhost.")
  String listen;

  @Option(names = "--name", description = "Printer name (default fusejet).")
  String name;

  @Option(names = "--no-dns-sd", description = "Do not advertise the printer with DNS-SD.")
  boolean noDnsSd;

  @Option(
      names = "--pace",
      description =
          "real: the simulated apparatus takes a real printer's time (default); fast: as fast as the computer allows.")
  String pace;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ServeOptions o = ServeOptions.defaults();
    Path stateDir = state != null ? state : o.stateDir();
    Path file = config != null ? config : stateDir.resolve("fusejet.conf");
    if (config != null || Files.isRegularFile(file)) {
      try {
        o = o.withFile(file);
      } catch (IllegalArgumentException e) {
        // the message names the file, the key and the value
        spec.commandLine().getErr().println("fusejet serve: " + e.getMessage());
        return 1;
      }
    }
    if (state != null) {
      o = o.withStateDir(state);
    }
    if (port != null) {
      o = o.withPort(port);
    }
    if (listen != null) {
      o = o.withListen(listen);
    }
    if (name != null) {
      o = o.withName(name);
    }
    if (noDnsSd) {
      o = o.withDnsSd(false);
    }
    if (pace != null) {
      o = o.withPaced(ServeOptionsPace.parse(pace));
    }
    // the user's files (--config-dir, else $FUSEJET_CONFIG_DIR) as every command finds them: their
    // media are offered, an apparatus or ink set of a preset's name replaces it (what fuser
    // autotune writes), their profiles separate; a file with errors stops the start, naming it
    Catalog catalog = catalogOptions.catalog();
    List<Medium> media = new ArrayList<>();
    for (String n : catalog.mediaNames()) {
      media.add(catalogOptions.medium(n, spec.commandLine().getErr()));
    }
    SimulatedDevice.Builder b =
        SimulatedDevice.builder(
                catalogOptions.inkSet(Catalog.DEFAULT_INK_SET, spec.commandLine().getErr()),
                catalogOptions.apparatus(Catalog.DEFAULT_APPARATUS, spec.commandLine().getErr()))
            .scheduler(o.paced() ? Scheduler.paced() : Scheduler.fast());
    for (String[] s : SOURCES) {
      int sheets = Integer.parseInt(s[3]);
      b.source(s[0], catalog.medium(s[1]), MediaSize.of(s[2]), sheets, sheets);
    }
    // ink, waste, counters and what each tray holds are kept across restarts
    b.supplies(
        o.stateDir().resolve("supplies.json"),
        name -> catalog.mediaNames().contains(name) ? catalog.medium(name) : null);
    SimulatedDevice device = b.build();
    JobService jobs =
        JobService.open(
            device,
            ServiceConfig.of(o.stateDir().resolve("jobs"))
                .withProfiles(
                    dev.fusejet.raster.colour.PrinterProfiles.withUserDirectory(
                        catalogOptions.directory())));
    PrinterApplication app;
    try {
      app = PrinterApplication.start(o, jobs, media);
    } catch (RuntimeException e) {
      jobs.close();
      device.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    PrintWriter err = spec.commandLine().getErr();
    ServeShutdown shutdown =
        new ServeShutdown(ServeShutdown.BUDGET, System::nanoTime)
            .then("the printer application (DNS-SD, HTTP)", APP_STOP, app::close)
            .then("the job service", JOBS_STOP, jobs::close)
            .then("the apparatus", DEVICE_STOP, device::close);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  shutdown.run(err);
                  stopped.countDown();
                },
                "fusejet-stop"));
    out.println("fusejet: printer '" + o.name() + "' ready (state " + o.stateDir() + ")");
    for (URI u : app.uris()) {
      out.println("  " + u);
    }
    out.println("  TLS certificate SHA-256 " + app.certificateFingerprint());
    out.println(
        "  DNS-SD "
            + (o.dnsSd() ? "on (_ipp._tcp, _ipps._tcp, subtype _print)" : "off")
            + "; apparatus "
            + (o.paced() ? "paced in real time" : "as fast as possible"));
    out.println("Stop with Ctrl-C or SIGTERM.");
    out.flush();
    stopped.await();
    return 0;
  }

  /** The --pace values. */
  static final class ServeOptionsPace {
    private ServeOptionsPace() {}

    static boolean parse(String v) {
      return switch (v) {
        case "real" -> true;
        case "fast" -> false;
        default ->
            throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(new ServeCommand()),
                "--pace must be real or fast, not " + v);
      };
    }
  }
}
