package dev.fusejet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
}
