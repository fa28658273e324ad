package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.raster.MediaSize;
import org.junit.jupiter.api.Test;

/** PWG 5101.1 self-describing media names read back into sizes. */
class MediaNamesTest {

  /** Dimensions as PWG 5101.1 table 2 gives them: A4 210 x 297 mm, index 4x6 4 x 6 in. */
  @Test
  void selfDescribingNamesGiveTheirDimensions() {
    MediaSize a4 = MediaNames.parse("iso_a4_210x297mm").orElseThrow();
    assertThat(a4.width()).isCloseTo(0.210, within(1e-12));
    assertThat(a4.height()).isCloseTo(0.297, within(1e-12));
    MediaSize index = MediaNames.parse("na_index-4x6_4x6in").orElseThrow();
    assertThat(index.width()).isCloseTo(4 * 0.0254, within(1e-12));
    assertThat(index.height()).isCloseTo(6 * 0.0254, within(1e-12));
    MediaSize custom = MediaNames.parse("custom_photo_101.6x152.4mm").orElseThrow();
    assertThat(custom.width()).isCloseTo(0.1016, within(1e-12));
    assertThat(custom.name()).isEqualTo("custom_photo_101.6x152.4mm");
  }

  @Test
  void otherNamesGiveNoSize() {
    assertThat(MediaNames.parse("a4")).isEmpty();
    assertThat(MediaNames.parse("iso_a4")).isEmpty();
    assertThat(MediaNames.parse("iso_a4_210x297")).isEmpty();
    assertThat(MediaNames.parse("custom_zero_0x152mm")).isEmpty();
  }
}
