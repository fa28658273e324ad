package dev.fusejet.cli;

import dev.fusejet.colour.Cgats;
import dev.fusejet.colour.Chart;
import dev.fusejet.colour.Patch;
import dev.fusejet.colour.SheetModel;
import dev.fusejet.colour.Xyz;
import dev.fusejet.config.Catalog;
import dev.fusejet.device.PrintMode;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.PageLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fusejet measure}: reads a characterisation chart's sheet back from its head data (what the
 * head fired), measures every patch with the printed-sheet model as {@code fusejet profile} does,
 * and prints the patches as a CGATS .ti3 (device values, XYZ and CIELAB under D50).
 */
@Command(
    name = "measure",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the patches of a characterisation chart sheet (head data written by fusejet"
          + " profile --keep-sheet) with the printed-sheet model: the central 60 %% of each patch,"
          + " D50, 2 degree. Prints a CGATS .ti3 (SAMPLE_ID, CMYK, XYZ, LAB) on stdout or to -o."
    })
final class MeasureCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHEET.fjhd", description = "The chart sheet's head data.")
  Path sheetFile;

  @Option(
      names = "--media",
      defaultValue = Catalog.DEFAULT_MEDIUM,
      description = "Medium it was printed on (default: ${DEFAULT-VALUE}).")
  String media;

  @Option(
      names = {"--ink", "--ink-set"},
      defaultValue = Catalog.DEFAULT_INK_SET,
      description = "Ink set (default: ${DEFAULT-VALUE}).")
  String inkSet;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the .ti3 here instead of stdout.")
  Path output;

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output != null) {
      Outputs.requireWritable(output);
    }
    Medium medium = catalogOptions.medium(media, spec.commandLine().getErr());
    InkSet inks = catalogOptions.inkSet(inkSet, spec.commandLine().getErr());
    SoftProof.Sheet sheet;
    try {
      sheet = SoftProof.Sheet.read(sheetFile);
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("fusejet measure: " + sheetFile + ": no such file");
      return 1;
    } catch (IOException e) {
      err.println("fusejet measure: " + e.getMessage());
      return 1;
    }
    double xDpi = sheet.report().xDpi();
    double yDpi = sheet.report().yDpi();
    PrintMode mode = null;
    for (String q : PrintMode.QUALITIES) {
      PrintMode m = PrintMode.of(q);
      if (m.xDpi() == xDpi && m.yDpi() == yDpi) {
        mode = m;
        break;
      }
    }
    Chart chart = Chart.standard(ProfileMaker.COLUMNS, ProfileMaker.VERIFICATION);
    ChartPrinter printer =
        new ChartPrinter(
            inks,
            medium,
            mode == null ? new PrintMode("custom", xDpi, yDpi, 1, true) : mode,
            ProfileMaker.PATCH);
    PageLayout l = printer.layout(chart.rows(), chart.columns());
    if (l.pageWidth() != sheet.report().width() || l.pageHeight() != sheet.report().height()) {
      err.printf(
          "fusejet measure: %s is %d x %d px, not the %d x %d px of the chart fusejet profile"
              + " prints at %.0f x %.0f dpi: is it a chart sheet?%n",
          sheetFile,
          sheet.report().width(),
          sheet.report().height(),
          l.pageWidth(),
          l.pageHeight(),
          xDpi,
          yDpi);
      return 1;
    }
    SheetModel model = new SheetModel(inks, medium, xDpi, yDpi);
    List<Patch> patches = new ArrayList<>();
    for (Chart.Entry e : chart.entries()) {
      int[] a = printer.aperture(l, e.row(), e.column());
      Xyz c = model.measure(sheet, a[0], a[1], a[2], a[3]);
      patches.add(new Patch(e.id(), e.device(), c));
    }
    Cgats ti3 = Cgats.ti3("CMYK", patches);
    ti3.keyword("DESCRIPTOR", "fusejet measure " + sheetFile.getFileName());
    ti3.keyword(
        "INSTRUMENTATION", "fusejet printed-sheet model: D50, 2 degree, 45/0, white backing");
    if (output == null) {
      out.print(ti3.text());
      out.flush();
    } else {
      Outputs.writeString(output, ti3.text());
      out.println(patches.size() + " patches measured into " + output);
    }
    return 0;
  }
}
