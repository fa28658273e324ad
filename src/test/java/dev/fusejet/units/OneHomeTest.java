package dev.fusejet.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The inch and the kelvin offset have one home, {@link Units}: no other main source writes them as
 * literals or declares a constant of its own for them (comments and messages aside).
 */
class OneHomeTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final Pattern LITERAL = Pattern.compile("(?<![\\w.])(0\\.0254|273\\.15)(?![\\d])");
  private static final Pattern OWN_CONSTANT =
      Pattern.compile("static final double (INCH|IN|KELVIN) = (?!Units\\.)");

  @Test
  void inchAndKelvinOffsetLiveOnlyInUnits() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.endsWith(Path.of("dev/fusejet/units/Units.java")))
              .flatMap(OneHomeTest::offendingLines)
              .toList();
    }
    assertThat(offenders).isEmpty();
  }

  private static Stream<String> offendingLines(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return java.util.stream.IntStream.range(0, lines.size())
          .filter(
              i -> {
                String code = lines.get(i).replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
                code = code.replaceAll("//.*", "");
                boolean comment = code.trim().startsWith("*") || code.trim().startsWith("/*");
                return !comment
                    && (LITERAL.matcher(code).find() || OWN_CONSTANT.matcher(code).find());
              })
          .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).trim());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
