package dev.fusejet.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTest {

  @TempDir Path dir;

  private static int count(String s, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * A mask shaped like the window plot's (a region under a hyperbola, 240 x 200 cells) is drawn as
   * merged rectangles: at most one per row, not one per cell (about 24,000 here).
   */
  @Test
  void maskInSvgIsMergedIntoRectanglesNotCells() throws IOException {
    int rows = 200;
    int cols = 240;
    boolean[][] inside = new boolean[rows][cols];
    int cells = 0;
    int runs = 0;
    int previousStart = -1;
    for (int r = 0; r < rows; r++) {
      int start = -1;
      for (int k = 0; k < cols; k++) {
        inside[r][k] = (k + 10.0) * (r + 10.0) > 6000 && k < 200;
        cells += inside[r][k] ? 1 : 0;
        start = start < 0 && inside[r][k] ? k : start;
      }
      runs += start >= 0 && start != previousStart ? 1 : 0;
      previousStart = start;
    }
    Path svg = dir.resolve("m.svg");
    new Chart("t", "x", "y").mask("m", inside, 0, 1, 0, 1, new Color(0, 120, 60)).write(svg);
    String doc = Files.readString(svg);
    int rects = count(doc, "<rect");
    assertThat(cells).isGreaterThan(20_000);
    // Frame, background, clip, legend swatch: four; the mask one rectangle per change of its rows.
    assertThat(rects).isLessThanOrEqualTo(runs + 4);
    assertThat(Files.size(svg)).isLessThan(40_000);
  }

  /** Uniform blocks of a mask stack into one rectangle over many rows. */
  @Test
  void uniformBlockIsOneRectangle() throws IOException {
    boolean[][] inside = new boolean[50][50];
    for (int r = 10; r < 40; r++) {
      for (int k = 5; k < 25; k++) {
        inside[r][k] = true;
      }
    }
    Path svg = dir.resolve("b.svg");
    new Chart("t", "x", "y").mask("m", inside, 0, 1, 0, 1, new Color(1, 2, 3)).write(svg);
    assertThat(count(Files.readString(svg), "fill=\"rgb(1,2,3)\"")).isEqualTo(2); // cells + legend
  }

  /** A map varying by 0.035 GU around 41.77 GU is drawn on a scale at least 4 GU wide. */
  @Test
  void nearlyFlatMapGetsAColourScaleThatShowsItFlat() {
    double[][] z = {{41.75, 41.76}, {41.77, 41.785}};
    double[] r = ChartRenderer.zRange(z);
    assertThat(r[1] - r[0]).isGreaterThanOrEqualTo(0.1 * 41.7675 - 1e-9);
    assertThat(r[0]).isLessThan(41.75);
    assertThat(r[1]).isGreaterThan(41.785);
    double[][] varied = {{10, 20}, {30, 40}};
    assertThat(ChartRenderer.zRange(varied)).containsExactly(10, 40);
  }

  @Test
  void unwritableDirectoryIsOneLineNamingThePathAndNoFileIsLeft() {
    Path bad = dir.resolve("missing").resolve("w.png");
    assertThatThrownBy(() -> new Chart("t", "x", "y").write(bad))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(bad.toString())
        .hasMessageContaining("no such directory")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void unknownExtensionIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path gif = dir.resolve("w.gif");
    assertThatThrownBy(() -> new Chart("t", "x", "y").write(gif))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("w.gif")
        .hasMessageContaining(".png or .svg");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void successfulWriteLeavesOnlyTheImage() throws IOException {
    Path png = dir.resolve("w.png");
    Files.writeString(png, "old");
    new Chart("t", "x", "y").line("l", new double[] {0, 1}, new double[] {0, 1}).write(png);
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(png);
    }
  }

  /**
   * A mask whose rows all start at different columns (each row its own rectangle, like the window
   * plot's robust region along its slanted edge) is one solid colour inside: no seams where the
   * rectangles of neighbouring rows meet. Read back from the PNG, a pixel column through the middle
   * of the mask holds the mask's colour exactly from its first to its last mask pixel.
   */
  @Test
  void maskOfManyRowRectanglesIsSolidInThePng() throws IOException {
    int rows = 200;
    int cols = 240;
    boolean[][] inside = new boolean[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int k = r % 2 == 0 ? 3 : 4; k < cols; k++) {
        inside[r][k] = true;
      }
    }
    Color green = new Color(0, 120, 60);
    Path png = dir.resolve("solid.png");
    new Chart("t", "x", "y")
        .mask("m", inside, 0, 1, 0, 1, green)
        .xRange(0, 1)
        .yRange(0, 1)
        .write(png);
    java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
    int x = img.getWidth() / 3;
    int first = -1;
    int last = -1;
    for (int y = 0; y < img.getHeight(); y++) {
      if (img.getRGB(x, y) == green.getRGB()) {
        first = first < 0 ? y : first;
        last = y;
      }
    }
    assertThat(last - first).as("mask height in px").isGreaterThan(img.getHeight() / 2);
    int seams = 0;
    for (int y = first; y <= last; y++) {
      seams += img.getRGB(x, y) == green.getRGB() ? 0 : 1;
    }
    assertThat(seams).as("pixels of another colour inside the mask").isZero();
  }
}
