package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fusejet print} and {@code fusejet jobs}: a job end to end, its exit status, its state. */
class PrintCommandTest {

  @TempDir Path dir;

  Path photo() throws Exception {
    BufferedImage img = new BufferedImage(150, 200, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 150; x++) {
        img.setRGB(x, y, (255 * x / 150) << 16 | (255 * y / 200) << 8 | 128);
      }
    }
    Path f = dir.resolve("photo.png");
    ImageIO.write(img, "png", f.toFile());
    return f;
  }

  @Test
  void printsAJobAndListsIt() throws Exception {
    Path state = dir.resolve("state");
    CliRun r =
        CliRun.of(
            "print",
            photo().toString(),
            "--fast",
            "--size",
            "1.5x2in",
            "--quality",
            "draft",
            "--copies",
            "2",
            "--no-previews",
            "--state",
            state.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("sheet 1/2: photo.png page 1 copy 1").contains("compliant");
    assertThat(r.out())
        .contains("job 1 'photo.png'")
        .contains("completed (job-completed-successfully)")
        .contains("set point: 200.0 °C, 300 mm/s, dwell 20.0 ms, standard")
        .contains("2 sheet(s), 2 compliant");
    assertThat(state.resolve("jobs/000001/sheets.csv")).exists();
    CliRun list = CliRun.of("jobs", "--state", state.toString());
    assertThat(list.status()).isZero();
    assertThat(list.out()).contains("completed").contains("2/2");
    CliRun show = CliRun.of("jobs", "--state", state.toString(), "show", "1", "--json");
    assertThat(show.status()).isZero();
    assertThat(show.out()).contains("\"sheetsCompleted\" : 2");
    assertThat(CliRun.of("jobs", "--state", state.toString(), "show", "7").status()).isOne();
  }

  @Test
  void anAbortedJobExitsThreeWithTheReason() throws Exception {
    CliRun r =
        CliRun.of(
            "print",
            photo().toString(),
            "--fast",
            "--size",
            "1.5x2in",
            "--quality",
            "draft",
            "--media",
            "lustre-ldpe-85",
            "--mode",
            "high-gloss",
            "--no-previews",
            "--state",
            dir.resolve("state").toString());
    assertThat(r.status()).isEqualTo(PrintCommand.ABORTED);
    assertThat(r.err())
        .contains("aborted: no robust high-gloss fusing set point for lustre-ldpe-85");
    assertThat(Files.exists(dir.resolve("state/jobs/000001/sheets.jsonl"))).isFalse();
  }

  @Test
  void badInputIsRefusedNamingIt() throws Exception {
    CliRun missing = CliRun.of("print", dir.resolve("nope.png").toString(), "--fast");
    assertThat(missing.status()).isOne();
    assertThat(missing.err()).contains("nope.png: no such file");
    CliRun mode = CliRun.of("print", photo().toString(), "--mode", "shiny");
    assertThat(mode.status()).isEqualTo(2);
    assertThat(mode.err()).contains("--mode 'shiny'");
  }

  /**
   * Bad option values are named by the option the user typed, as rip names them, not by the IPP
   * attribute the ticket carries (was "print-quality: print-quality 'best' ...").
   */
  @Test
  void badOptionValuesAreNamedByTheirOption() throws Exception {
    String[][] cases = {
      {"--quality", "best", "--quality 'best' is not one of draft, normal, high"},
      {"--content", "foo", "--content 'foo' is not one of"},
      {"--intent", "foo", "--intent 'foo' is not one of"},
      {"--copies", "1000", "--copies 1000 is outside 1..999"},
      {"--pages", "3-1", "--pages: page range '3-1'"},
      {"--resolution", "abc", "--resolution 'abc' is not N or NxM"},
    };
    for (String[] c : cases) {
      CliRun r =
          CliRun.of(
              "print",
              photo().toString(),
              "--fast",
              "--state",
              dir.resolve("s").toString(),
              c[0],
              c[1]);
      assertThat(r.status()).as(c[0] + " " + c[1] + ": " + r.err()).isEqualTo(2);
      assertThat(r.err().strip()).as(c[0]).startsWith("fusejet print: " + c[2]);
      assertThat(r.err())
          .as(c[0])
          .doesNotContain("print-quality")
          .doesNotContain("print-content-optimize")
          .doesNotContain("print-rendering-intent")
          .doesNotContain("page-ranges")
          .doesNotContain("printer-resolution")
          .doesNotStartWith("fusejet print: copies");
    }
  }

  /**
   * A resolution the printer does not offer is refused listing the ones it does, written as the
   * option takes them (was "[Resolution[xDpi=720.0, yDpi=720.0], ...]", a record's toString).
   */
  @Test
  void anUnofferedResolutionListsTheOffersAsTheOptionTakesThem() throws Exception {
    CliRun r =
        CliRun.of(
            "print",
            photo().toString(),
            "--fast",
            "--state",
            dir.resolve("s").toString(),
            "--resolution",
            "0");
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    String line = r.err().strip();
    assertThat(line)
        .startsWith("fusejet print: --resolution 0 dpi is not one this printer offers: ");
    assertThat(line).doesNotContain("Resolution[").doesNotContain("xDpi").doesNotContain(".0");
    // every offer reads back through the option's own parser
    String offers = line.substring(line.indexOf("offers: ") + "offers: ".length());
    assertThat(offers).matches("\\d+(x\\d+)? dpi(, \\d+(x\\d+)? dpi)*");
    for (String o : offers.split(", ", -1)) {
      assertThat(dev.fusejet.device.PrintMode.resolution(o).xDpi()).isPositive();
    }
    assertThat(offers).contains("720 dpi");
  }
}
