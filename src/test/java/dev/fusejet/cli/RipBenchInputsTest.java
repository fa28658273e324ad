package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.config.Catalog;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rip and bench find the user's files like every command, and say when they have nothing. */
class RipBenchInputsTest {

  @TempDir Path dir;

  private Path image() throws Exception {
    BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
    Path f = dir.resolve("p.png");
    ImageIO.write(img, "png", f.toFile());
    return f;
  }

  @Test
  void ripDefaultsTheMediumAndReadsTheConfigDirectory() throws Exception {
    CliRun plain =
        CliRun.of(
            "rip",
            image().toString(),
            "--size",
            "a6",
            "--no-progress",
            "-o",
            dir.resolve("a").toString());
    assertThat(plain.status()).as(plain.err()).isZero();
    assertThat(plain.out()).contains("on " + Catalog.DEFAULT_MEDIUM);
    Path user = dir.resolve("conf/media");
    Files.createDirectories(user);
    String text =
        CliRun.preset("media/glossy-ldpe-70.yaml").replace("name: glossy-ldpe-70", "name: house");
    Files.writeString(user.resolve("house.yaml"), text);
    CliRun r =
        CliRun.of(
            "rip",
            image().toString(),
            "--media",
            "house",
            "--config-dir",
            dir.resolve("conf").toString(),
            "--size",
            "a6",
            "--no-progress",
            "-o",
            dir.resolve("b").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("on house");
  }

  @Test
  void noSimulateDoesNotClaimZeroInk() throws Exception {
    CliRun r =
        CliRun.of(
            "rip",
            image().toString(),
            "--no-simulate",
            "--size",
            "a6",
            "--no-progress",
            "-o",
            dir.resolve("c").toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("0.0000 mL").contains("ink not simulated");
  }

  @Test
  void benchWithoutItsImagesFails() {
    CliRun r = CliRun.of("bench", "--images", dir.toString(), "--runs", "1", "--warmup", "0");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("missing").contains(dir.toString());
  }
}
