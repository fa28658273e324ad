package dev.fusejet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency directions of DEVELOPERS.md: physics and the domain model know nothing of
 * files, IPP, the web or the command line; the raster pipeline does not know the device that
 * consumes its bands.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  /** The edges: packages that adapt the core to the outside world. */
  private static final String[] EDGES = {
    "dev.fusejet.cli..", "dev.fusejet.ipp..", "dev.fusejet.web..", "dev.fusejet.config.."
  };

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fusejet");
  }

  @Test
  void domainAndPhysicsDoNotKnowTheEdges() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.fusejet.units..",
            "dev.fusejet.validation..",
            "dev.fusejet.media..",
            "dev.fusejet.ink..",
            "dev.fusejet.apparatus..",
            "dev.fusejet.nip..",
            "dev.fusejet.fuser..",
            "dev.fusejet.twin..",
            "dev.fusejet.raster..",
            "dev.fusejet.halftone..",
            "dev.fusejet.head..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(EDGES)
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void colourKnowsOnlyInksMediaAndUnits() {
    noClasses()
        .that()
        .resideInAPackage("dev.fusejet.colour..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.fusejet.raster..",
            "dev.fusejet.halftone..",
            "dev.fusejet.head..",
            "dev.fusejet.twin..",
            "dev.fusejet.fuser..",
            "dev.fusejet.device..",
            "dev.fusejet.job..",
            "dev.fusejet.cli..",
            "dev.fusejet.config..")
        .check(classes);
  }

  @Test
  void domainRecordsDoNotKnowPhysicsOrPipelines() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.fusejet.media..", "dev.fusejet.ink..", "dev.fusejet.apparatus..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.fusejet.fuser..",
            "dev.fusejet.twin..",
            "dev.fusejet.raster..",
            "dev.fusejet.halftone..",
            "dev.fusejet.device..",
            "dev.fusejet.job..")
        .check(classes);
  }

  @Test
  void rasterPipelineDoesNotKnowTheDeviceOrJobs() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.fusejet.raster..", "dev.fusejet.halftone..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.fusejet.device..", "dev.fusejet.job..", "dev.fusejet.twin..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void physicsDoesNotKnowThePrintPipeline() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.fusejet.twin..", "dev.fusejet.nip..", "dev.fusejet.fuser..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.fusejet.raster..", "dev.fusejet.halftone..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void heaterControlDoesNotKnowTheDevicePipelineOrEdges() {
    noClasses()
        .that()
        .resideInAPackage("dev.fusejet.control..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.fusejet.device..",
            "dev.fusejet.job..",
            "dev.fusejet.ipp..",
            "dev.fusejet.raster..",
            "dev.fusejet.cli..",
            "dev.fusejet.config..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineWritesToTheConsole() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.fusejet.cli..", "dev.fusejet.bench..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(classes);
  }

  @Test
  void ippKnowsJobsAndDevicesButNotTheOtherEdges() {
    noClasses()
        .that()
        .resideInAPackage("dev.fusejet.ipp..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.fusejet.cli..", "dev.fusejet.web..", "dev.fusejet.config..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.fusejet.ipp..", "dev.fusejet.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.fusejet.ipp..")
        .check(classes);
  }

  @Test
  void theDeviceDoesNotKnowJobsOrTheEdges() {
    noClasses()
        .that()
        .resideInAPackage("dev.fusejet.device..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.fusejet.job..",
            "dev.fusejet.ipp..",
            "dev.fusejet.web..",
            "dev.fusejet.cli..",
            "dev.fusejet.config..")
        .check(classes);
  }

  @Test
  void jobsDoNotKnowTheEdges() {
    noClasses()
        .that()
        .resideInAPackage("dev.fusejet.job..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(EDGES)
        .check(classes);
  }

  @Test
  void onlyTheCliUsesTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.fusejet.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.fusejet.cli..")
        .check(classes);
  }

  /**
   * The "may use" table of docs/architecture.md and BRIEF's package map, one row per package (exact
   * package names; {@code twin} covers {@code twin.heat} as one row of its own below). A package
   * may depend on itself, on the packages listed, and on nothing else of fusejet. Rows for packages
   * that do not exist yet (device, job, ipp, control, colour, web) are checked the same way, so
   * they bite as soon as the package appears.
   */
  private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

  private static final List<String> DOMAIN =
      List.of("units", "validation", "time", "media", "ink", "apparatus");

  static {
    MAY_USE.put("units", List.of());
    MAY_USE.put("linear", List.of());
    MAY_USE.put("validation", List.of("units"));
    MAY_USE.put("time", List.of());
    MAY_USE.put("media", List.of("units", "validation"));
    MAY_USE.put("ink", List.of("units", "validation"));
    MAY_USE.put("apparatus", List.of("units", "validation"));
    MAY_USE.put("nip", List.of("apparatus", "units", "validation"));
    MAY_USE.put("fuser", List.of("media", "apparatus", "units", "validation"));
    MAY_USE.put(
        "twin",
        List.of(
            "twin.heat",
            "media",
            "ink",
            "apparatus",
            "nip",
            "fuser",
            "units",
            "validation",
            "time"));
    MAY_USE.put("twin.heat", List.of("units"));
    MAY_USE.put("colour", List.of("ink", "media", "units", "validation", "linear"));
    MAY_USE.put("halftone", List.of("ink", "units"));
    MAY_USE.put("raster.decode", List.of("units", "linear"));
    MAY_USE.put(
        "raster.colour", List.of("colour", "ink", "media", "units", "validation", "linear"));
    MAY_USE.put(
        "raster",
        List.of(
            "raster.colour",
            "raster.decode",
            "halftone",
            "ink",
            "media",
            "units",
            "time",
            "linear"));
    MAY_USE.put("raster.simd", List.of("raster", "raster.colour", "halftone", "ink", "units"));
    MAY_USE.put("head", List.of("raster", "halftone", "ink", "media", "units", "time"));
    MAY_USE.put("plot", List.of());
    MAY_USE.put(
        "control",
        List.of(
            "twin",
            "twin.heat",
            "nip",
            "apparatus",
            "media",
            "ink",
            "fuser",
            "time",
            "units",
            "validation"));
    List<String> device = new ArrayList<>(DOMAIN);
    device.addAll(
        List.of(
            "nip",
            "fuser",
            "twin",
            "twin.heat",
            "raster",
            "raster.colour",
            "raster.decode",
            "halftone",
            "head",
            "control",
            "colour",
            "linear"));
    MAY_USE.put("device", List.copyOf(device));
    List<String> job = new ArrayList<>(device);
    job.add("device");
    MAY_USE.put("job", List.copyOf(job));
    List<String> ipp = new ArrayList<>(job);
    ipp.add("job");
    MAY_USE.put("ipp", List.copyOf(ipp));
    List<String> web = new ArrayList<>(ipp);
    web.addAll(List.of("ipp", "config", "plot"));
    MAY_USE.put("web", List.copyOf(web));
    List<String> config = new ArrayList<>(DOMAIN);
    config.addAll(List.of("nip", "fuser", "twin", "twin.heat", "control", "colour", "linear"));
    MAY_USE.put("config", List.copyOf(config));
  }

  /** Packages that may use everything but cli (cli may use everything). */
  private static final List<String> UNRESTRICTED = List.of("cli", "bench");

  private static String pkg(String name) {
    return "dev.fusejet." + name;
  }

  @Test
  void everyPackageUsesOnlyWhatTheTableAllows() {
    List<String> all = new ArrayList<>(MAY_USE.keySet());
    all.addAll(UNRESTRICTED);
    for (Map.Entry<String, List<String>> row : MAY_USE.entrySet()) {
      List<String> forbidden =
          all.stream()
              .filter(p -> !p.equals(row.getKey()) && !row.getValue().contains(p))
              .map(ArchitectureTest::pkg)
              .toList();
      noClasses()
          .that()
          .resideInAPackage(pkg(row.getKey()))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(forbidden.toArray(new String[0]))
          .as(row.getKey() + " may use only " + row.getValue())
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  /** A package missing from the table would escape every rule: the table must name them all. */
  @Test
  void everyPackageIsInTheTable() {
    Set<String> known = new TreeSet<>();
    MAY_USE.keySet().forEach(p -> known.add(pkg(p)));
    Set<String> unknown = new TreeSet<>();
    for (var c : classes) {
      String p = c.getPackageName();
      boolean covered =
          known.contains(p)
              || UNRESTRICTED.stream().anyMatch(u -> p.equals(pkg(u)) || p.startsWith(pkg(u) + "."))
              || p.equals("dev.fusejet");
      if (!covered) {
        unknown.add(p);
      }
    }
    assertThat(unknown).as("packages missing from ArchitectureTest.MAY_USE").isEmpty();
  }

  /**
   * The rules above are the page's: docs/architecture.md's "may use" table, read cell by cell,
   * names the same packages for every row as {@link #MAY_USE} (and "everything" for cli,
   * "everything but cli" for bench), so neither the page nor the test can change alone.
   */
  @Test
  void theTableOfTheArchitecturePageIsTheOneChecked() throws java.io.IOException {
    Map<String, Set<String>> page = new LinkedHashMap<>();
    Map<String, String> free = new LinkedHashMap<>();
    List<String> domain = List.of();
    java.util.regex.Pattern row =
        java.util.regex.Pattern.compile("^\\| (`[^|]+`) \\|[^|]*\\| ([^|]+) \\|$");
    for (String line :
        java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs", "architecture.md"))) {
      var m = row.matcher(line);
      if (!m.matches()) {
        continue;
      }
      List<String> names =
          java.util.Arrays.stream(m.group(1).split(",", -1))
              .map(n -> n.strip().replace("`", ""))
              .toList();
      String cell = m.group(2).strip();
      if (cell.startsWith("everything")) {
        free.put(names.get(0), cell);
        continue;
      }
      // "twin: a, b; twin.heat: c" gives each package of the row its own list
      Map<String, String> cells = new LinkedHashMap<>();
      if (names.size() > 1) {
        for (String part : cell.split(";", -1)) {
          String[] kv = part.split(":", 2);
          cells.put(kv[0].strip(), kv[1].strip());
        }
      } else {
        cells.put(names.get(0), cell);
      }
      for (Map.Entry<String, String> e : cells.entrySet()) {
        Set<String> uses = new TreeSet<>();
        String text = e.getValue();
        var def = java.util.regex.Pattern.compile("the domain \\(([^)]*)\\)").matcher(text);
        if (def.find()) {
          domain = java.util.Arrays.stream(def.group(1).split(",", -1)).map(String::strip).toList();
          text = def.replaceFirst("the domain");
        }
        for (String item : text.split(",", -1)) {
          String it = item.strip();
          var all = java.util.regex.Pattern.compile("(\\S+) and all \\1 may use").matcher(it);
          if (it.equals("the domain")) {
            uses.addAll(domain);
          } else if (all.matches()) {
            uses.add(all.group(1));
            uses.addAll(page.get(all.group(1)));
          } else if (!it.equals("-")) {
            uses.add(it);
          }
        }
        page.put(e.getKey(), uses);
      }
    }
    Map<String, Set<String>> test = new LinkedHashMap<>();
    MAY_USE.forEach((k, v) -> test.put(k, new TreeSet<>(v)));
    assertThat(page).as("docs/architecture.md's table").isEqualTo(test);
    assertThat(free)
        .as("docs/architecture.md's unrestricted rows")
        .containsExactly(Map.entry("cli", "everything"), Map.entry("bench", "everything but cli"));
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.fusejet.(**)").should().beFreeOfCycles().check(classes);
  }

  /** raster.Kernels loads the vector kernels by name, so a JVM without the module never does. */
  @Test
  void nothingLinksToTheVectorKernels() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.fusejet.raster.simd..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.fusejet.raster.simd..")
        .check(classes);
  }
}
