package dev.fusejet.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantitiesTest {
  @Test
  void convertsToSi() {
    assertThat(Quantities.parse("5 um", Dimension.LENGTH)).isCloseTo(5e-6, within(1e-18));
    assertThat(Quantities.parse("5µm", Dimension.LENGTH)).isCloseTo(5e-6, within(1e-18));
    assertThat(Quantities.parse("0.3 mm", Dimension.LENGTH)).isCloseTo(3e-4, within(1e-16));
    assertThat(Quantities.parse("1 in", Dimension.LENGTH)).isEqualTo(0.0254);
    assertThat(Quantities.parse("343.15 K", Dimension.TEMPERATURE)).isCloseTo(70, within(1e-12));
    assertThat(Quantities.parse("70 °C", Dimension.TEMPERATURE)).isEqualTo(70);
    assertThat(Quantities.parse("0.6 MPa", Dimension.PRESSURE)).isCloseTo(6e5, within(1e-6));
    assertThat(Quantities.parse("100 mm/s", Dimension.SPEED)).isCloseTo(0.1, within(1e-15));
    assertThat(Quantities.parse("6 m/min", Dimension.SPEED)).isCloseTo(0.1, within(1e-15));
    assertThat(Quantities.parse("4 pL", Dimension.VOLUME)).isCloseTo(4e-15, within(1e-27));
    assertThat(Quantities.parse("3.6 N/mm", Dimension.LINE_LOAD)).isCloseTo(3600, within(1e-9));
    assertThat(Quantities.parse("45 %", Dimension.FRACTION)).isCloseTo(0.45, within(1e-15));
    assertThat(Quantities.parse("0.45", Dimension.FRACTION)).isEqualTo(0.45);
    assertThat(Quantities.parse("1e-3 m", Dimension.LENGTH)).isEqualTo(1e-3);
  }

  @Test
  void rejectsMissingOrWrongUnits() {
    // no example for a length: '5 m' (the SI unit) is seldom what a '5' meant
    assertThatThrownBy(() -> Quantities.parse("5", Dimension.LENGTH))
        .hasMessageContaining("no unit")
        .hasMessageContaining("mm")
        .hasMessageNotContaining("'5 m'");
    // a speed's example is in the unit fusers are set in, not 1000 times it (was '100 m/s')
    assertThatThrownBy(() -> Quantities.parse("100", Dimension.SPEED))
        .hasMessageContaining("(e.g. '100 mm/s')");
    assertThatThrownBy(() -> Quantities.parse("160", Dimension.TEMPERATURE))
        .hasMessageContaining("(e.g. '160 °C')");
    assertThatThrownBy(() -> Quantities.parse("5 kg", Dimension.LENGTH))
        .hasMessageContaining("'kg' is not a unit of length")
        .hasMessageContaining("um");
    assertThatThrownBy(() -> Quantities.parse("thick", Dimension.LENGTH))
        .hasMessageContaining("'thick' is not a length");
  }

  @Test
  void formatsReadably() {
    assertThat(Quantities.length(5e-6)).isEqualTo("5 µm");
    assertThat(Quantities.length(2e-7)).isEqualTo("200 nm");
    assertThat(Quantities.length(0.006)).isEqualTo("6 mm");
    assertThat(Quantities.speed(0.3)).isEqualTo("300 mm/s");
    assertThat(Quantities.percent(0.55)).isEqualTo("55 %");
    // large values as whole numbers, as a user writes them (was 1.000e+04 mm/s)
    assertThat(Quantities.speed(10.0)).isEqualTo("10000 mm/s");
    assertThat(Quantities.fmt(123456)).isEqualTo("123456");
    assertThat(Quantities.fmt(1e-7)).isEqualTo("1.000e-07");
  }

  /** The absolute-zero limit in full: rounded to -273.2 °C it would lie below absolute zero. */
  @Test
  void absoluteZeroIsWrittenInFull() {
    assertThat(Quantities.absoluteZero()).isEqualTo("-273.15 °C");
    assertThat(Quantities.absoluteZero()).isEqualTo("-" + Units.ZERO_CELSIUS_IN_KELVIN + " °C");
  }
}
