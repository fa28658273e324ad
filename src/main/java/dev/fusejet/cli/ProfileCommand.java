package dev.fusejet.cli;

import dev.fusejet.colour.DeltaE;
import dev.fusejet.colour.Patch;
import dev.fusejet.config.Catalog;
import dev.fusejet.device.PrintMode;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.colour.PrinterProfiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fusejet profile}: characterises the printer for a medium, ink set and quality (prints the
 * chart through the real pipeline, measures it with the printed-sheet model) and writes the
 * measurements (.ti3) and the ICC output profile into the configuration directory, where rip, print
 * and serve find it before the built-in one.
 */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the characterisation chart (1,506 patches: 1,296 nodes, 60 ramp steps, 150"
          + " verification patches) through the halftone and head of a print quality, measures it"
          + " with the printed-sheet model and writes PROFILES/MEDIUM.INKS.QUALITY.ti3 (the"
          + " measurements, CGATS), -verify.ti3 and .icc (the ICC output profile) under the"
          + " configuration directory's profiles/ (or --output). rip, print and serve separate"
          + " through it from then on.",
      "--built-in makes every preset medium x ink set x quality: the command that makes the"
          + " profiles shipped in src/main/resources/dev/fusejet/raster/colour/profiles."
    })
final class ProfileCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--media",
      description = "Medium: preset name or YAML file (default: " + Catalog.DEFAULT_MEDIUM + ").")
  String media;

  @Option(
      names = {"--ink", "--ink-set"},
      defaultValue = Catalog.DEFAULT_INK_SET,
      description = "Ink set: preset name or YAML file (default: ${DEFAULT-VALUE}).")
  String inkSet;

  @Option(
      names = "--quality",
      defaultValue = "normal",
      description = "print-quality: draft, normal, high (default: ${DEFAULT-VALUE}).")
  String quality;

  @Option(
      names = "--built-in",
      description = "Every preset medium, ink set and quality (writes into --output).")
  boolean builtIn;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Directory for the files (default: the configuration directory's profiles/).")
  Path output;

  @Option(
      names = "--keep-sheet",
      description =
          "Also write the chart sheet's head data (NAME-chart.fjhd), which fusejet measure reads.")
  boolean keepSheet;

  @Mixin CatalogOptions catalogOptions = new CatalogOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Catalog catalog = catalogOptions.catalog();
    Path dir = output;
    if (dir == null) {
      Path config = catalogOptions.directory();
      if (config == null || builtIn) {
        err.println(
            "fusejet profile: no directory for the profile: give --config-dir DIR (or set "
                + CatalogOptions.ENV
                + ")"
                + (builtIn ? "" : " or --output DIR"));
        return FusejetCommand.USAGE;
      }
      dir = config.resolve(PrinterProfiles.DIRECTORY);
    }
    List<String[]> jobs = new ArrayList<>();
    if (builtIn) {
      for (String m : catalog.mediaNames()) {
        for (String i : catalog.inkSetNames()) {
          for (String q : PrintMode.QUALITIES) {
            jobs.add(new String[] {m, i, q});
          }
        }
      }
    } else {
      try {
        PrintMode.of(quality);
      } catch (IllegalArgumentException e) {
        err.println("fusejet profile: --quality" + e.getMessage().substring(13));
        return FusejetCommand.USAGE;
      }
      jobs.add(new String[] {media == null ? Catalog.DEFAULT_MEDIUM : media, inkSet, quality});
    }
    for (String[] j : jobs) {
      // refused before anything is created when a record has errors
      catalogOptions.medium(j[0], spec.commandLine().getErr());
      catalogOptions.inkSet(j[1], spec.commandLine().getErr());
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw Outputs.cannotCreateDirectory(dir, e);
    }
    LocalDateTime created = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
    for (String[] j : jobs) {
      Medium medium = catalog.medium(j[0]);
      InkSet inks = catalog.inkSet(j[1]);
      String q = j[2].toLowerCase(Locale.ROOT);
      long t0 = System.nanoTime();
      String name = PrinterProfiles.name(medium.name(), inks.name(), q);
      ProfileMaker.Result r =
          ProfileMaker.make(
              inks,
              medium,
              q,
              ProfileMaker.PATCH,
              keepSheet ? dir.resolve(name + "-chart.fjhd") : null);
      Outputs.writeString(dir.resolve(name + ".ti3"), r.ti3(name).text());
      Outputs.writeString(dir.resolve(name + "-verify.ti3"), r.verifyTi3(name).text());
      byte[] icc = ProfileMaker.icc(r, created);
      Path iccFile = dir.resolve(name + ".icc");
      Path part = dir.resolve("." + name + ".icc.part");
      Files.write(part, icc);
      Files.move(
          part,
          iccFile,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      double[] e =
          r.verify().stream()
              .mapToDouble((Patch p) -> DeltaE.e2000(r.profile().absolute(p.device()), p.lab()))
              .sorted()
              .toArray();
      out.printf(
          Locale.ROOT,
          "%s: %d patches measured, model n %.2f; verification (%d patches, not fitted) mean"
              + " %.2f p95 %.2f max %.2f ΔE00; neutral black L* %.1f; %s (%d bytes) in %.1f s%n",
          name,
          r.fit().size() + r.verify().size(),
          r.profile().model().n(),
          e.length,
          Arrays.stream(e).average().orElse(0),
          e[(int) (0.95 * (e.length - 1))],
          e[e.length - 1],
          r.profile().blackLightness(),
          iccFile,
          icc.length,
          (System.nanoTime() - t0) / 1e9);
      out.flush();
    }
    return 0;
  }
}
