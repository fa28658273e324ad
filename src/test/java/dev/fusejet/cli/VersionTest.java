package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VersionTest {

  /** The project's own version, read from pom.xml (the build runs the tests in the project). */
  private static String pomVersion() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m =
        Pattern.compile("<artifactId>fusejet</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void versionIsThePomsNotDevelopment() throws Exception {
    CliRun r = CliRun.of("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("fusejet " + pomVersion() + "\n").doesNotContain("development");
  }

  @Test
  void launcherRunsTheJarBesideIt() throws Exception {
    String script = Files.readString(Path.of("src/main/sh/fusejet"));
    assertThat(script).startsWith("#!/bin/sh").contains("-jar \"$here/fusejet.jar\" \"$@\"");
  }
}
