package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.colour.CellularNeugebauer;
import dev.fusejet.colour.Cgats;
import dev.fusejet.colour.Chart;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Patch;
import dev.fusejet.config.Catalog;
import dev.fusejet.device.PrintMode;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printer characterised through its own pipeline. */
class PrinterProfileTest {

  @TempDir Path dir;

  @Test
  void chartPrintedAndFittedPredictsVerificationPatches() throws java.io.IOException {
    InkSet inks = Catalog.builtIn().inkSet("pigment-cmyk");
    Medium medium = Catalog.builtIn().medium("glossy-ldpe-70");
    long t0 = System.nanoTime();
    ChartPrinter printer =
        new ChartPrinter(inks, medium, PrintMode.of("normal"), ProfileMaker.PATCH);
    Chart chart = Chart.standard(ProfileMaker.COLUMNS, ProfileMaker.VERIFICATION);
    Path sheet = dir.resolve("chart.fjhd");
    List<Patch> measured = printer.print(chart, sheet);
    long t1 = System.nanoTime();
    List<Patch> fit = new ArrayList<>();
    List<Patch> verify = new ArrayList<>();
    for (int i = 0; i < measured.size(); i++) {
      (chart.entries().get(i).verification() ? verify : fit).add(measured.get(i));
    }
    CellularNeugebauer m = CellularNeugebauer.fit(Chart.levels(), fit);
    double[] e =
        verify.stream()
            .mapToDouble(p -> DeltaE.e2000(m.predict(p.device()).toLab(), p.lab()))
            .sorted()
            .toArray();
    System.out.printf(
        "printer chart %d patches (print+measure %.1f s): n %.2f, verification mean %.2f p95 %.2f max %.2f%n",
        measured.size(),
        (t1 - t0) / 1e9,
        m.n(),
        Arrays.stream(e).average().orElseThrow(),
        e[(int) (0.95 * e.length)],
        e[e.length - 1]);
    assertThat(m.n()).as("the medium's n recovered").isCloseTo(1.8, within(0.1));
    assertThat(Arrays.stream(e).average().orElseThrow()).isLessThan(1.0);
    assertThat(e[(int) (0.95 * e.length)]).isLessThan(2.5);

    // fusejet measure reads the same patches back from the sheet's head data
    Path ti3 = dir.resolve("measured.ti3");
    CliRun r = CliRun.of("measure", sheet.toString(), "-o", ti3.toString());
    assertThat(r.status()).as(r.err()).isZero();
    List<Patch> read;
    try (var in = java.nio.file.Files.newBufferedReader(ti3)) {
      read = Cgats.read(in).patches();
    }
    assertThat(read).hasSize(measured.size());
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).id()).isEqualTo(measured.get(i).id());
      assertThat(DeltaE.e2000(read.get(i).lab(), measured.get(i).lab()))
          .as("patch %s", read.get(i).id())
          .isLessThan(0.01);
    }
    System.out.println(
        "paper "
            + measured.stream()
                .filter(p -> Arrays.stream(p.device()).sum() == 0)
                .findFirst()
                .orElseThrow()
                .lab());
  }
}
