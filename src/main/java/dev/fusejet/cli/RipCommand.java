package dev.fusejet.cli;

import dev.fusejet.colour.OutputProfile;
import dev.fusejet.config.Catalog;
import dev.fusejet.device.HeadStage;
import dev.fusejet.device.PrintMode;
import dev.fusejet.device.Resolution;
import dev.fusejet.head.HeadModel;
import dev.fusejet.head.PageReport;
import dev.fusejet.ink.InkSet;
import dev.fusejet.job.RasterSetup;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.BandConsumer;
import dev.fusejet.raster.Kernels;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.Orientation;
import dev.fusejet.raster.PageInfo;
import dev.fusejet.raster.PageRanges;
import dev.fusejet.raster.PrintScaling;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.PrinterProfiles;
import dev.fusejet.raster.colour.Separation;
import dev.fusejet.raster.decode.DocumentException;
import dev.fusejet.time.Ticker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fusejet rip}: a document to head data, previews and a summary. */
@Command(
    name = "rip",
    mixinStandardHelpOptions = true,
    description = {
      "Rasterises a document (JPEG, PNG, PWG raster, URF, PDF, PGM/PPM) for the head: colour"
          + " separation, halftoning and pass planning. Writes the head data of each sheet"
          + " (sheet-NNNN.fjhd), what the simulated head printed (per-ink previews"
          + " sheet-NNNN-INK.png) and summary.txt to the output directory."
    })
final class RipCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The document to print.")
  Path document;

  @Option(
      names = "--media",
      defaultValue = Catalog.DEFAULT_MEDIUM,
      description =
          "Medium: preset name or YAML file (its pore capacity sets the ink limit; default:"
              + " ${DEFAULT-VALUE}).")
  String media;

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Option(
      names = {"--ink", "--ink-set"},
      defaultValue = Catalog.DEFAULT_INK_SET,
      description = "Ink set: preset name or YAML file (default: ${DEFAULT-VALUE}).")
  String inkSet;

  @Option(
      names = "--quality",
      defaultValue = "normal",
      converter = Converters.Quality.class,
      description = "print-quality: draft, normal, high (default: ${DEFAULT-VALUE}).")
  PrintMode mode;

  @Option(
      names = "--content",
      defaultValue = "auto",
      converter = Converters.Content.class,
      description =
          "print-content-optimize: auto, photo, graphic, text, text-and-graphic"
              + " (default: ${DEFAULT-VALUE}).")
  String content;

  @Option(
      names = "--resolution",
      converter = Converters.HeadResolution.class,
      description = "Resolution in dpi, e.g. 720 or 1440x720 (default: from --quality).")
  Resolution resolution;

  @Option(
      names = "--size",
      defaultValue = "4x6",
      converter = Converters.SheetSize.class,
      description = "Sheet size: 4x6, 6x4, 5x7, 8x10, a6, a5, a4, letter or WxHin/WxHmm.")
  MediaSize sheet;

  @Option(names = "--borderless", description = "Print to the edges of the sheet.")
  boolean borderless;

  @Option(
      names = "--margin",
      defaultValue = "3",
      description = "Margin on each side in mm (default: ${DEFAULT-VALUE}).")
  double marginMm;

  @Option(
      names = "--scaling",
      defaultValue = "auto",
      converter = Converters.Scaling.class,
      description = "print-scaling: auto, auto-fit, fit, fill, none (default: ${DEFAULT-VALUE}).")
  PrintScaling scaling;

  @Option(
      names = "--orientation",
      defaultValue = "auto",
      converter = Converters.OrientationRequested.class,
      description =
          "orientation-requested: auto, portrait, landscape, reverse-landscape, reverse-portrait.")
  Orientation orientation;

  @Option(names = "--copies", defaultValue = "1", description = "Copies (collated).")
  int copies;

  @Option(
      names = "--pages",
      converter = Converters.Pages.class,
      description = "page-ranges, e.g. 1-3,5.")
  PageRanges pages;

  @Option(
      names = "--color-mode",
      defaultValue = "color",
      converter = Converters.ColorMode.class,
      description = "print-color-mode: color, monochrome, process-monochrome.")
  ColourMode colourMode;

  @Option(
      names = "--intent",
      defaultValue = "perceptual",
      converter = Converters.Intent.class,
      description =
          "print-rendering-intent: perceptual (gamut compressed, black point compensated),"
              + " relative (in-gamut colours exact on the paper white) or relative-bpc (relative"
              + " with black-point compensation) (default: ${DEFAULT-VALUE}).")
  OutputProfile.Intent renderingIntent;

  @Option(
      names = "--proof",
      description =
          "Also write sheet-NNNN-proof.png: the print as the printed-sheet model sees it under"
              + " D50, shown through sRGB with the paper's own white (a soft proof).")
  boolean proof;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = {"-o", "--output"},
      required = true,
      description = "Output directory (created).")
  Path output;

  @Option(names = "--no-progress", description = "No progress bar on stderr.")
  boolean noProgress;

  @Option(
      names = "--no-simulate",
      description = "Write the head data only: no simulated print, previews or ink figures.")
  boolean noSimulate;

  @Option(
      names = "--apparatus",
      defaultValue = Catalog.DEFAULT_APPARATUS,
      description =
          "Heating and pressing device the sheets go through: its heat roller's length limits the"
              + " sheet width (default: ${DEFAULT-VALUE}).")
  String apparatus;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Medium medium = catalogOptions.medium(media, spec.commandLine().getErr());
    InkSet inks = catalogOptions.inkSet(inkSet, spec.commandLine().getErr());
    RasterOptions options;
    try {
      options = options(catalogOptions.apparatus(apparatus, spec.commandLine().getErr()));
    } catch (IllegalArgumentException e) {
      err.println("fusejet rip: " + e.getMessage());
      return FusejetCommand.USAGE;
    }
    try (RunDirectory run = RunDirectory.start(output)) {
      int status = rip(medium, inks, mode, options, renderingIntent, run.work());
      run.commit();
      return status;
    } catch (DocumentException | IllegalArgumentException e) {
      err.println("fusejet rip: " + e.getMessage());
      return 1;
    }
  }

  /**
   * The raster options from the command line. Each option's value was read by its converter ({@link
   * Converters}); what is checked here depends on more than one option (the sheet against the
   * apparatus, the margin against the sheet), and every bad combination is an {@link
   * IllegalArgumentException} naming the option and the value as written, in the units written.
   */
  private RasterOptions options(dev.fusejet.apparatus.Apparatus fuser) {
    Resolution dpi = resolution == null ? new Resolution(mode.xDpi(), mode.yDpi()) : resolution;
    try {
      dev.fusejet.device.SheetFit.check(sheet, fuser);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--size: " + e.getMessage(), e);
    }
    double margin = marginMm * dev.fusejet.units.Units.MILLIMETRE;
    if (!borderless && !(marginMm >= 0)) {
      throw new IllegalArgumentException(
          "--margin " + fmt(marginMm) + " mm is negative: give 0 mm or more, or --borderless");
    }
    if (!borderless && !(margin >= 0 && margin < Math.min(sheet.width(), sheet.height()) / 2)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "--margin %s mm leaves no printable area on a %s sheet (%.1f x %.1f mm); give less than"
                  + " %.1f mm, or --borderless",
              fmt(marginMm),
              sheet.name(),
              sheet.width() * 1000,
              sheet.height() * 1000,
              Math.min(sheet.width(), sheet.height()) * 500));
    }
    if (copies < 1) {
      throw new IllegalArgumentException("--copies " + copies + " must be at least 1");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads " + threads + " must be at least 1");
    }
    return new RasterOptions(
        sheet,
        margin,
        borderless,
        scaling,
        orientation,
        copies,
        pages == null ? PageRanges.all() : pages,
        dpi.xDpi(),
        dpi.yDpi(),
        colourMode,
        32,
        threads);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private int rip(
      Medium medium,
      InkSet inks,
      PrintMode mode,
      RasterOptions options,
      OutputProfile.Intent renderingIntent,
      Path output)
      throws IOException {
    PrinterProfiles profiles = PrinterProfiles.withUserDirectory(catalogOptions.directory());
    Separation separation =
        profiles.separation(
            inks,
            medium,
            mode.quality(),
            options.xDpi(),
            options.yDpi(),
            options.colourMode(),
            renderingIntent,
            null);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HeadModel head = HeadModel.of(inks);
    List<PageInfo> sheets = new ArrayList<>();
    HeadStage stage = new HeadStage(head);
    BandConsumer writer =
        new BandConsumer() {
          @Override
          public void startPage(PageInfo p) {
            sheets.add(p);
            stage.start(p, mode.shingle(), mode.bidirectional(), headData(output, p));
          }

          @Override
          public void band(Band band) {
            stage.band(band);
          }

          @Override
          public void endPage(PageInfo p) {
            stage.end();
          }
        };
    BandConsumer consumer = noProgress ? writer : new Progress(writer, err);
    long t0 = System.nanoTime();
    try (RasterPipeline pipeline =
        RasterSetup.pipeline(inks, separation, mode.screen(content), options)
            .withSourceProfiles(
                src ->
                    profiles.separation(
                        inks,
                        medium,
                        mode.quality(),
                        options.xDpi(),
                        options.yDpi(),
                        options.colourMode(),
                        renderingIntent,
                        src))) {
      pipeline.render(document, consumer);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<String> lines = new ArrayList<>();
    double totalMl = 0;
    double capacity = medium.receiving().poreCapacity();
    for (PageInfo p : noSimulate ? List.<PageInfo>of() : sheets) {
      PageReport r = HeadStage.fire(headData(output, p), output, sheetName(p));
      if (proof) {
        SoftProof.write(
            headData(output, p), inks, medium, output.resolve(sheetName(p) + "-proof.png"));
      }
      double ml = r.totalVolume() * 1e6;
      totalMl += ml;
      StringBuilder cov = new StringBuilder();
      for (int i = 0; i < r.inks().size(); i++) {
        cov.append(
            String.format(
                Locale.ROOT,
                "%s%s %.1f %%",
                i == 0 ? "" : ", ",
                r.inks().get(i),
                100 * r.coverage(i, head.largeDrop())));
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "sheet %d (page %d, copy %d): %d x %d px at %.0f x %.0f dpi, %d passes, %.4f mL"
                  + " of ink; coverage %s; ink load mean %.2f mL/m², max %.2f mL/m² (pores"
                  + " hold %.2f mL/m²); head time %.1f s",
              p.sheet(),
              p.page(),
              p.copy(),
              r.width(),
              r.height(),
              r.xDpi(),
              r.yDpi(),
              r.passes(),
              ml,
              cov,
              r.map().mean() * 1e6,
              r.map().max() * 1e6,
              capacity * 1e6,
              r.printTime()));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "%s: %d sheet(s), %s, %s on %s, quality %s (%s, %d pass(es)"
                + " per row, %s), ripped in %.2f s, kernels: %s",
            document.getFileName(),
            sheets.size(),
            noSimulate
                ? "ink not simulated (--no-simulate)"
                : String.format(
                    Locale.ROOT, "%.4f mL of ink per sheet", totalMl / Math.max(1, sheets.size())),
            inks.name(),
            medium.name(),
            mode.quality(),
            mode.screen(content).name(),
            mode.shingle(),
            mode.bidirectional() ? "bidirectional" : "unidirectional",
            seconds,
            Kernels.describe()));
    String profile = PrinterProfiles.name(medium.name(), inks.name(), mode.quality());
    lines.add(
        separation.rendering() == null
            ? "colour: not managed ("
                + (options.colourMode() == ColourMode.COLOUR
                    ? "no profile "
                        + profile
                        + "; make one with fusejet profile --media "
                        + medium.name()
                        + " --quality "
                        + mode.quality()
                    : options.colourMode().name().toLowerCase(Locale.ROOT))
                + ")"
            : "colour: sRGB (or the document's embedded profile) to "
                + profile
                + " ("
                + profiles.origin(medium.name(), inks.name(), mode.quality()).orElse("?")
                + "), "
                + keyword(renderingIntent)
                + " intent");
    Files.write(output.resolve("summary.txt"), lines, StandardCharsets.UTF_8);
    lines.forEach(out::println);
    out.flush();
    return 0;
  }

  /** The --intent keyword of an intent, as the summary names it. */
  private static String keyword(OutputProfile.Intent i) {
    return switch (i) {
      case PERCEPTUAL -> "perceptual";
      case RELATIVE_COLORIMETRIC -> "relative";
      case RELATIVE_COLORIMETRIC_BPC -> "relative-bpc";
    };
  }

  private static Path headData(Path output, PageInfo p) {
    return output.resolve(sheetName(p) + ".fjhd");
  }

  static String sheetName(PageInfo p) {
    return String.format(Locale.ROOT, "sheet-%04d", p.sheet());
  }

  /** Passes bands on and draws a progress bar per sheet on stderr. */
  private static final class Progress implements BandConsumer {
    private final BandConsumer next;
    private final PrintWriter err;
    private ProgressBar bar;

    Progress(BandConsumer next, PrintWriter err) {
      this.next = next;
      this.err = err;
    }

    @Override
    public void startPage(PageInfo page) {
      bar = new ProgressBar(err, Ticker.wall(), "sheet " + page.sheet() + " rows", page.height());
      next.startPage(page);
    }

    @Override
    public void band(Band band) {
      next.band(band);
      bar.step(band.rows());
    }

    @Override
    public void endPage(PageInfo page) {
      next.endPage(page);
      bar.finish();
    }
  }
}
