package dev.fusejet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fusejet.colour.OutputProfile;
import dev.fusejet.config.Catalog;
import dev.fusejet.device.SheetRecord;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.job.DocumentRequest;
import dev.fusejet.job.JobEvent;
import dev.fusejet.job.JobException;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.JobListener;
import dev.fusejet.job.JobService;
import dev.fusejet.job.JobState;
import dev.fusejet.job.JobTicket;
import dev.fusejet.job.ServiceConfig;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.colour.PrinterProfiles;
import dev.fusejet.time.Scheduler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fusejet print}: one local job through the whole printing path. */
@Command(
    name = "print",
    mixinStandardHelpOptions = true,
    description = {
      "Prints documents as one job on the simulated printer: spooled and journaled in the state"
          + " directory, rasterised, fired by the head, fused in the nip at the planner's set"
          + " point. A progress line per sheet, then the per-sheet records. Exit status 0"
          + " completed, 1 unusable input, 2 bad option, 3 aborted (the reason is printed),"
          + " 4 canceled."
    })
final class PrintCommand implements Callable<Integer> {

  /** Exit status of an aborted job. */
  static final int ABORTED = 3;

  /** Exit status of a canceled job. */
  static final int CANCELED = 4;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Parameters(arity = "1..*", paramLabel = "DOCUMENT", description = "The documents to print.")
  List<Path> documents;

  @Option(
      names = "--media",
      paramLabel = "NAME|FILE",
      defaultValue = Catalog.DEFAULT_MEDIUM,
      description = "Medium loaded in the source (default: ${DEFAULT-VALUE}).")
  String media;

  @Option(
      names = "--apparatus",
      paramLabel = "NAME|FILE",
      defaultValue = Catalog.DEFAULT_APPARATUS,
      description = "Heating and pressing device (default: ${DEFAULT-VALUE}).")
  String apparatus;

  @Option(
      names = {"--ink", "--ink-set"},
      defaultValue = Catalog.DEFAULT_INK_SET,
      description = "Ink set (default: ${DEFAULT-VALUE}).")
  String inkSet;

  @Option(
      names = "--source",
      defaultValue = "main",
      description = "Media source the medium is loaded in and printed from (default: main).")
  String source;

  @Option(
      names = "--size",
      defaultValue = "4x6",
      description = "Sheet size loaded: 4x6, 6x4, 5x7, 8x10, a6, a5, a4, letter or WxHin/WxHmm.")
  String size;

  @Option(
      names = "--sheets",
      defaultValue = "500",
      description = "Sheets loaded in the source (default: ${DEFAULT-VALUE}).")
  int sheets;

  @Option(
      names = "--mode",
      description =
          "Fusing mode: standard or high-gloss (default: standard; high-gloss with"
              + " --quality high where the medium allows it).")
  String mode;

  @Option(names = "--quality", defaultValue = "normal", description = "draft, normal or high.")
  String quality;

  @Option(names = "--content", defaultValue = "auto", description = "print-content-optimize.")
  String content;

  @Option(names = "--resolution", description = "720 or 1440x720 dpi (default: from --quality).")
  String resolution;

  @Option(names = "--borderless", description = "Print to the edges of the sheet.")
  boolean borderless;

  @Option(names = "--copies", defaultValue = "1", description = "Copies (collated).")
  int copies;

  @Option(names = "--pages", description = "page-ranges, e.g. 1-3,5.")
  String pages;

  @Option(
      names = "--fast",
      description = "Run the paper path as fast as the computer allows (simulated time).")
  boolean fast;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = "Pages rasterised at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description =
          "State directory: spool, journal, job folders (default: " + JobsCommand.DEFAULT + ").")
  Path state;

  @Option(names = "--keep-head-data", description = "Keep each sheet's head data (large).")
  boolean keepHeadData;

  @Option(
      names = "--intent",
      defaultValue = "perceptual",
      description =
          "print-rendering-intent: perceptual (gamut compressed, black point compensated) or"
              + " relative (in-gamut colours exact on the paper white) (default: ${DEFAULT-VALUE}).")
  String intent;

  @Option(names = "--no-previews", description = "No per-ink preview PNGs.")
  boolean noPreviews;

  @Option(names = "--json", description = "The finished job as JSON instead of the table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FusingMode fusing;
    try {
      fusing = mode == null ? null : FusingMode.fromLabel(mode);
    } catch (IllegalArgumentException e) {
      err.println("fusejet print: --mode '" + mode + "' is not one of standard, high-gloss");
      return 2;
    }
    if (threads < 1) {
      err.println("fusejet print: --threads " + threads + " must be at least 1");
      return 2;
    }
    for (Path d : documents) {
      if (!Files.isRegularFile(d)) {
        err.println("fusejet print: document " + d + ": no such file");
        return 1;
      }
    }
    Medium medium = catalogOptions.medium(media, spec.commandLine().getErr());
    MediaSize sheetSize;
    try {
      sheetSize = MediaSize.of(size);
    } catch (IllegalArgumentException e) {
      err.println("fusejet print: --size: " + e.getMessage());
      return 2;
    }
    if (sheets < 1 || sheets > 100_000) {
      err.println("fusejet print: --sheets " + sheets + " is outside 1..100000");
      return 2;
    }
    Path dir = state == null ? JobsCommand.defaultState() : state;
    JobTicket ticket;
    try {
      ticket =
          JobTicket.of(documents.get(0).getFileName().toString(), System.getProperty("user.name"))
              .withCopies(copies, pages)
              .withMedia(source, medium.name())
              .withFusing(fusing)
              .withQuality(quality, content, resolution)
              .withLayout("auto", "auto", "color", borderless)
              .withKeepHeadData(keepHeadData)
              .withRenderingIntent(intent);
      OutputProfile.Intent.ofKeyword(intent);
    } catch (IllegalArgumentException e) {
      err.println("fusejet print: " + asOptions(e.getMessage()));
      return 2;
    }
    SimulatedDevice.Builder builder =
        SimulatedDevice.builder(
            catalogOptions.inkSet(inkSet, spec.commandLine().getErr()),
            catalogOptions.apparatus(apparatus, spec.commandLine().getErr()));
    try {
      builder.source(source, medium, sheetSize, sheets, Math.max(sheets, 500));
    } catch (IllegalArgumentException e) {
      err.println("fusejet print: --size: " + e.getMessage());
      return 2;
    }
    SimulatedDevice device =
        builder
            .scheduler(fast ? Scheduler.fast() : Scheduler.paced())
            // ink and waste levels carry over between runs on one state directory; the tray holds
            // what this command's options say
            .supplies(dir.resolve("supplies.json"), name -> null)
            .build();
    ServiceConfig config =
        ServiceConfig.of(dir)
            .withThreads(threads)
            .withPreviews(!noPreviews)
            .withProfiles(PrinterProfiles.withUserDirectory(catalogOptions.directory()));
    try (device;
        JobService service = JobService.open(device, config)) {
      JobInfo job;
      try {
        job = service.createJob(ticket);
        for (int i = 0; i < documents.size(); i++) {
          Path d = documents.get(i);
          try (InputStream in = Files.newInputStream(d)) {
            job =
                service.addDocument(
                    job.id(),
                    DocumentRequest.detect(d.getFileName().toString()),
                    in,
                    i == documents.size() - 1);
          }
        }
      } catch (JobException e) {
        err.println("fusejet print: " + asOptions(e.getMessage()));
        return e.kind() == JobException.Kind.UNSUPPORTED_ATTRIBUTE ? 2 : 1;
      } catch (NoSuchFileException e) {
        err.println("fusejet print: document " + e.getFile() + ": no such file");
        return 1;
      }
      int id = job.id();
      if (!json) {
        out.println("job " + id + " queued in " + dir);
        out.flush();
      }
      AutoCloseable progress = service.addListener(progress(id, err));
      try {
        job = service.await(id, j -> j.state().terminal(), Duration.ofDays(365));
      } finally {
        progress.close();
      }
      return report(job, out, err);
    }
  }

  /**
   * The job ticket's IPP attribute names, in order of length, and the options of this command that
   * set them: a refusal names what the user typed.
   */
  private static final String[][] OPTION_OF_ATTRIBUTE = {
    {"print-content-optimize", "--content"},
    {"print-rendering-intent", "--intent"},
    {"printer-resolution", "--resolution"},
    {"print-quality", "--quality"},
    {"media-source", "--source"},
    {"page-ranges", "--pages"},
    {"copies", "--copies"},
  };

  /**
   * A ticket's refusal with its attribute names as this command's options ("print-quality:
   * print-quality 'best' ..." becomes "--quality 'best' ...").
   */
  static String asOptions(String message) {
    String m = message;
    for (String[] a : OPTION_OF_ATTRIBUTE) {
      // a one-word name (copies) is the attribute only where the message starts with it
      String at = a[0].contains("-") ? "(?<![\\w-])" : "^";
      m = m.replaceAll(at + java.util.regex.Pattern.quote(a[0]) + "(?![\\w-])", a[1]);
      m = m.replace(a[1] + ": " + a[1] + " ", a[1] + " ");
      // "--resolution: resolution 'abc'": the option said once
      m = m.replace(a[1] + ": " + a[1].substring(2) + " '", a[1] + " '");
    }
    return m;
  }

  private static JobListener progress(int id, PrintWriter err) {
    return new JobListener() {
      @Override
      public void jobChanged(JobEvent e) {
        JobInfo j = e.job();
        if (j.id() != id) {
          return;
        }
        if (e.kind() == JobEvent.Kind.PROGRESS && !j.sheets().isEmpty()) {
          SheetRecord r = j.sheets().get(j.sheets().size() - 1);
          err.println(
              String.format(
                  Locale.ROOT,
                  "sheet %d/%d: %s page %d copy %d, %.1f °C entry, %.1f °C lowest in the nip,"
                      + " %.0f mm/s, gloss %.1f GU, %s",
                  r.sheet(),
                  j.sheetsTotal(),
                  r.document(),
                  r.page(),
                  r.copy(),
                  r.surfaceEntry(),
                  r.surfaceMinimum(),
                  r.speed() * 1000,
                  r.gloss60(),
                  r.compliant() ? "compliant" : "NOT compliant"));
        } else if (e.kind() == JobEvent.Kind.STATE_CHANGED
            && j.state() == JobState.PROCESSING_STOPPED) {
          err.println("job " + id + " stopped: " + j.message());
        }
        err.flush();
      }
    };
  }

  private int report(JobInfo job, PrintWriter out, PrintWriter err) throws IOException {
    if (json) {
      out.println(JSON.writeValueAsString(job));
    } else {
      JobsCommand.table(job, out);
    }
    out.flush();
    return switch (job.state()) {
      case COMPLETED -> 0;
      case CANCELED -> {
        err.println("fusejet print: job " + job.id() + " canceled: " + job.message());
        yield CANCELED;
      }
      default -> {
        err.println("fusejet print: job " + job.id() + " aborted: " + job.message());
        yield ABORTED;
      }
    };
  }

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();
}
