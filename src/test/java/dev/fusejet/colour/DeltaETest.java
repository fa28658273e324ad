package dev.fusejet.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * CIEDE2000 against the published test pairs of Sharma, Wu and Dalal, Color Res. Appl. 30 (2005),
 * Table 1 (given to four decimals), and CIELAB against the definition's fixed points.
 */
class DeltaETest {

  private static final double[][] PAIRS = {
    {50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425},
    {50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615},
    {50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412},
    {50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669},
    {50.0000, -1.0000, 2.0000, 50.0000, 0.0000, 0.0000, 2.3669},
    {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792},
    {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195},
    {50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492},
    {50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977},
    {50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030},
    {50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535},
    {60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644},
    {63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630},
  };

  @Test
  void ciede2000MatchesSharmasTestData() {
    for (double[] p : PAIRS) {
      Lab a = new Lab(p[0], p[1], p[2]);
      Lab b = new Lab(p[3], p[4], p[5]);
      assertThat(DeltaE.e2000(a, b)).as("%s vs %s", a, b).isCloseTo(p[6], within(0.00006));
      assertThat(DeltaE.e2000(b, a)).isCloseTo(p[6], within(0.00006));
    }
  }

  @Test
  void labOfTheWhiteIsHundredAndLabRoundTrips() {
    Lab w = Xyz.D50.toLab();
    assertThat(w.l()).isCloseTo(100, within(1e-12));
    assertThat(w.a()).isCloseTo(0, within(1e-12));
    Lab dark = new Lab(3, 10, -5); // below the linear-segment threshold (L* 8)
    Lab back = dark.toXyz().toLab();
    assertThat(DeltaE.e76(dark, back)).isLessThan(1e-9);
    // 18 % grey card: L* 49.5 (CIE 15 formula)
    assertThat(new Xyz(0.9642 * 0.18, 0.18, 0.8249 * 0.18).toLab().l())
        .isCloseTo(49.496, within(0.001));
  }

  @Test
  void srgbPrimariesHaveTheirPublishedD50Lab() {
    // sRGB red in the ICC PCS: L* 54.29, a* 80.80, b* 69.89 (ICC sRGB v4 profile, relative)
    Lab red = Srgb.toXyz(1, 0, 0).toLab();
    assertThat(red.l()).isCloseTo(54.29, within(0.05));
    assertThat(red.a()).isCloseTo(80.80, within(0.1));
    assertThat(red.b()).isCloseTo(69.89, within(0.1));
    Lab white = Srgb.toXyz(1, 1, 1).toLab();
    assertThat(DeltaE.e76(white, new Lab(100, 0, 0))).isLessThan(0.05);
    assertThat(Srgb.pixel(Srgb.toXyz(0x336699))).isEqualTo(0x336699);
  }
}
