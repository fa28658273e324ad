package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandsTest {
  @Test
  void inkListAndValidate(@TempDir Path dir) throws Exception {
    assertThat(CliRun.of("ink", "list").out()).contains("PB15:3").contains("7 pL");
    assertThat(CliRun.of("ink", "validate", "pigment-cmyk").status()).isZero();
    Path f = dir.resolve("ink.yaml");
    Files.writeString(
        f, CliRun.preset("ink/pigment-cmyk.yaml").replace("water: 70 %", "water: 0 %"));
    CliRun r = CliRun.of("ink", "validate", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("inks[0].water").contains("inks[0].fractions");
  }

  @Test
  void apparatusListAndValidate(@TempDir Path dir) throws Exception {
    assertThat(CliRun.of("apparatus", "list").out()).contains("roller-nip", "belt-nip");
    assertThat(CliRun.of("apparatus", "validate", "roller-nip").status()).isZero();
    Path f = dir.resolve("a.yaml");
    Files.writeString(
        f,
        CliRun.preset("apparatus/roller-nip.yaml")
            .replace("line-load: 3.9 N/mm", "line-load: 3 N/mm"));
    CliRun r = CliRun.of("apparatus", "validate", f.toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out()).contains("nip.line-load").contains("0.5 MPa").contains("0.6 MPa");
  }

  @Test
  void userDirectoryFromOption(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("media"));
    Files.writeString(
        dir.resolve("media/house.yaml"),
        CliRun.preset("media/glossy-ldpe-70.yaml").replace("name: glossy-ldpe-70", "name: house"));
    assertThat(CliRun.of("media", "list", "--config-dir", dir.toString()).out()).contains("house");
    assertThat(CliRun.of("window", "--media", "house", "--config-dir", dir.toString()).status())
        .isZero();
  }
}
