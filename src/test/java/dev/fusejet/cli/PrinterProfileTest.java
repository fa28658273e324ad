package dev.fusejet.cli;

import dev.fusejet.colour.CellularNeugebauer;
import dev.fusejet.colour.Chart;
import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Patch;
import dev.fusejet.config.Catalog;
import dev.fusejet.device.PrintMode;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printer characterised through its own pipeline. */
class PrinterProfileTest {

  @Test
  void chartPrintedAndFittedPredictsVerificationPatches() {
    InkSet inks = Catalog.builtIn().inkSet("pigment-cmyk");
    Medium medium = Catalog.builtIn().medium("glossy-ldpe-70");
    long t0 = System.nanoTime();
    ChartPrinter printer = new ChartPrinter(inks, medium, PrintMode.of("normal"), 0.003);
    Chart chart = Chart.standard(40, 150);
    List<Patch> measured = printer.print(chart);
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
    System.out.println(
        "paper "
            + measured.stream()
                .filter(p -> Arrays.stream(p.device()).sum() == 0)
                .findFirst()
                .orElseThrow()
                .lab());
  }
}
