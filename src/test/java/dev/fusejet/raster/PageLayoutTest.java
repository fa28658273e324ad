package dev.fusejet.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Page layout: sheet size, margins, borderless, print-scaling and orientation, in device px. */
class PageLayoutTest {

  static final RasterOptions BASE = RasterOptions.defaults(); // 4x6 in, 3 mm, 720 dpi

  @Test
  void sheetAndMarginsInDevicePixels() {
    PageLayout l = PageLayout.of(600, 900, 150, 150, BASE);
    assertThat(l.pageWidth()).isEqualTo(4 * 720);
    assertThat(l.pageHeight()).isEqualTo(6 * 720);
    int m = (int) Math.round(0.003 / 0.0254 * 720); // 85 px
    assertThat(l.printX()).isEqualTo(m);
    assertThat(l.printWidth()).isEqualTo(4 * 720 - 2 * m);
    PageLayout b = PageLayout.of(600, 900, 150, 150, BASE.withBorderless(true));
    assertThat(b.printX()).isZero();
    assertThat(b.printWidth()).isEqualTo(2880);
    PageLayout hi = PageLayout.of(600, 900, 150, 150, BASE.withResolution(1440, 720));
    assertThat(hi.pageWidth()).isEqualTo(5760);
    assertThat(hi.pageHeight()).isEqualTo(4320);
  }

  @Test
  void scalingModes() {
    // a 4 x 4 in square at 150 dpi on the 4 x 6 in sheet with 3 mm margins
    RasterOptions o = BASE.withOrientation(Orientation.PORTRAIT);
    PageLayout fit = PageLayout.of(600, 600, 150, 150, o.withScaling(PrintScaling.FIT));
    assertThat(fit.imageWidth()).isEqualTo(fit.printWidth()); // width limits
    assertThat(fit.imageHeight()).isEqualTo(fit.printWidth());
    assertThat(fit.imageY()).isEqualTo(fit.printY() + (fit.printHeight() - fit.imageHeight()) / 2);
    PageLayout fill = PageLayout.of(600, 600, 150, 150, o.withScaling(PrintScaling.FILL));
    assertThat(fill.imageHeight()).isEqualTo(fill.printHeight()); // height covers
    assertThat(fill.imageX())
        .isNegative()
        .isEqualTo(fill.printX() + (fill.printWidth() - fill.imageWidth()) / 2);
    PageLayout none = PageLayout.of(600, 600, 150, 150, o.withScaling(PrintScaling.NONE));
    assertThat(none.imageWidth()).isEqualTo(4 * 720); // 4 in at 720 dpi
    // auto-fit: a small image stays at its size, a big one is fitted
    PageLayout small = PageLayout.of(300, 300, 150, 150, o.withScaling(PrintScaling.AUTO_FIT));
    assertThat(small.imageWidth()).isEqualTo(2 * 720);
    PageLayout big = PageLayout.of(1500, 1500, 150, 150, o.withScaling(PrintScaling.AUTO_FIT));
    assertThat(big.imageWidth()).isEqualTo(big.printWidth());
    // auto: fill when borderless, fit otherwise
    assertThat(PageLayout.of(600, 600, 150, 150, o).imageWidth()).isEqualTo(fit.imageWidth());
    PageLayout bl = PageLayout.of(600, 600, 150, 150, o.withBorderless(true));
    assertThat(bl.imageHeight()).isEqualTo(6 * 720);
  }

  @Test
  void orientation() {
    // a landscape 6 x 4 in photo on the portrait 4 x 6 sheet turns by auto, not by portrait
    PageLayout auto = PageLayout.of(900, 600, 150, 150, BASE.withBorderless(true));
    assertThat(auto.quarterTurns()).isEqualTo(3);
    assertThat(auto.imageWidth()).isEqualTo(2880);
    assertThat(auto.imageHeight()).isEqualTo(4320);
    PageLayout portrait =
        PageLayout.of(900, 600, 150, 150, BASE.withOrientation(Orientation.PORTRAIT));
    assertThat(portrait.quarterTurns()).isZero();
    assertThat(
            PageLayout.of(900, 600, 150, 150, BASE.withOrientation(Orientation.REVERSE_LANDSCAPE))
                .quarterTurns())
        .isEqualTo(1);
    assertThat(Orientation.ofKeyword("4")).isEqualTo(Orientation.LANDSCAPE);
  }

  @Test
  void undeclaredResolutionIsTakenAs300Dpi() {
    RasterOptions o = BASE.withScaling(PrintScaling.NONE).withOrientation(Orientation.PORTRAIT);
    PageLayout l = PageLayout.of(600, 900, 0, 0, o);
    assertThat(l.imageWidth()).isEqualTo(2 * 720);
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> MediaSize.of("b17")).hasMessageContaining("b17");
    assertThat(MediaSize.of("100x150mm").width()).isEqualTo(0.1);
    assertThatThrownBy(() -> PrintScaling.ofKeyword("stretch")).hasMessageContaining("stretch");
    assertThatThrownBy(() -> PageRanges.parse("3-1")).hasMessageContaining("3-1");
    PageRanges r = PageRanges.parse("1-2, 5, 9-");
    assertThat(r.contains(2)).isTrue();
    assertThat(r.contains(3)).isFalse();
    assertThat(r.contains(12)).isTrue();
    assertThat(PageRanges.parse("2").pastEnd(2)).isTrue();
  }
}
