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

  /**
   * Every command's help renders without picocli's "[picocli WARN] Could not format" (a lone % in a
   * description is a format specifier: measure's "60 % of each patch" printed the warning and a raw
   * string on every {@code fusejet --help}).
   */
  @Test
  void everyCommandsHelpFormatsWithoutWarnings() throws Exception {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.util.List<String> names = new java.util.ArrayList<>();
    try {
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      java.util.Deque<picocli.CommandLine> todo =
          new java.util.ArrayDeque<>(java.util.List.of(FusejetCommand.commandLine()));
      while (!todo.isEmpty()) {
        picocli.CommandLine c = todo.pop();
        names.add(c.getCommandName());
        c.getUsageMessage();
        todo.addAll(c.getSubcommands().values());
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(names).contains("measure", "rip", "window");
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("picocli WARN");
  }
}
