package dev.fusejet.device;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.raster.MediaSize;
import org.junit.jupiter.api.Test;

/**
 * The sheets a device takes: within the heat roller's face across, the paper path's length along.
 */
class SheetFitTest {

  @Test
  void loadingASheetWiderThanTheRollerIsRefusedNamingTheLimit() {
    Catalog c = Catalog.builtIn();
    Apparatus a = c.apparatus("roller-nip");
    SimulatedDevice.Builder b = SimulatedDevice.builder(c.inkSet("pigment-cmyk"), a);
    // 330 mm roller face (the preset's heat-roller.length): 330 mm across fits, 331 mm does not
    assertThatCode(() -> SheetFit.check(MediaSize.of("330x400mm"), a)).doesNotThrowAnyException();
    assertThatThrownBy(
            () -> b.source("main", c.medium("glossy-ldpe-70"), MediaSize.of("331x400mm"), 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("331x400mm (331 mm x 400 mm)")
        .hasMessageContaining("heat roller is 330 mm long (heat-roller.length)");
    try (SimulatedDevice d =
        b.source("main", c.medium("glossy-ldpe-70"), MediaSize.of("4x6"), 1, 10).build()) {
      assertThatThrownBy(
              () -> d.loadMedia("main", c.medium("glossy-ldpe-70"), MediaSize.of("100x100in"), 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("330 mm");
      assertThatThrownBy(
              () -> d.loadMedia("main", c.medium("glossy-ldpe-70"), MediaSize.of("12x20in"), 1))
          .hasMessageContaining("at most 482.6 mm (19 in) along the feed");
      assertThatCode(() -> d.loadMedia("main", c.medium("glossy-ldpe-70"), MediaSize.of("a4"), 1))
          .doesNotThrowAnyException();
    }
  }
}
