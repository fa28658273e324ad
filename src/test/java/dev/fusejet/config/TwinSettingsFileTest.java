package dev.fusejet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fusejet.twin.TwinParameter;
import dev.fusejet.twin.TwinSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwinSettingsFileTest {

  @Test
  void namedValuesOverrideTheDefaults(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("twin.yaml");
    Files.writeString(f, "front-contact: 20000\nwlf-c1: 13.7\nwlf-c2: 50\n");
    TwinSettings s = Catalog.twinSettingsFile(f);
    assertThat(s.frontContact()).isEqualTo(20000);
    assertThat(s.wlfC1()).isEqualTo(13.7);
    assertThat(s.wlfC2()).isEqualTo(50);
    assertThat(s.get(TwinParameter.VISCOSITY_AT_TG)).isEqualTo(1e12);
  }

  @Test
  void badValuesNameTheFileKeyAndRange(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("twin.yaml");
    Files.writeString(f, "surface-tension: 0.5\n");
    assertThatThrownBy(() -> Catalog.twinSettingsFile(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("twin.yaml")
        .hasMessageContaining("surface-tension")
        .hasMessageContaining("0.02..0.045 N/m");
    Files.writeString(f, "growth: fast\n");
    assertThatThrownBy(() -> Catalog.twinSettingsFile(f)).hasMessageContaining("not a number");
    Files.writeString(f, "grwoth: 1.1\n");
    assertThatThrownBy(() -> Catalog.twinSettingsFile(f))
        .hasMessageContaining("unknown key grwoth");
  }
}
