package dev.fusejet.nip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The contact-conductance correlations against tables, limits and a worked example. */
class ContactConductanceTest {

  @Test
  void errorFunctionMatchesTables() {
    // Abramowitz and Stegun table 7.1: erfc(0.5) = 0.4795001, erfc(1) = 0.1572992,
    // erfc(2) = 0.0046777
    assertThat(ContactConductance.erfc(0.5)).isCloseTo(0.4795001, within(1e-7));
    assertThat(ContactConductance.erfc(1)).isCloseTo(0.1572992, within(1e-7));
    assertThat(ContactConductance.erfc(2)).isCloseTo(0.0046777, within(1e-7));
    assertThat(ContactConductance.inverseErfc(0.1572992)).isCloseTo(1.0, within(1e-6));
    assertThat(ContactConductance.inverseErfc(1)).isZero();
  }

  @Test
  void slopeAndRarefactionFromTheirDefinitions() {
    // Antonetti: m = 0.125 at σ = 1 µm; 0.125 * 0.1^0.402 = 0.04954 at 0.1 µm
    assertThat(ContactConductance.slope(1e-6)).isCloseTo(0.125, within(1e-12));
    assertThat(ContactConductance.slope(0.1e-6)).isCloseTo(0.04954, within(1e-5));
    // M = (2 - α)/α · 2γ/((γ + 1) Pr) · Λ: α = 1, 15 °C: 1.6667 · 0.064 µm = 0.1067 µm
    assertThat(ContactConductance.airRarefaction(15, 1)).isCloseTo(0.10667e-6, within(1e-10));
    // Incropera A.4: air 0.0263 W/(m·K) at 300 K, 0.0338 at 400 K
    assertThat(ContactConductance.airConductivity(126.85)).isCloseTo(0.0338, within(1e-9));
  }

  @Test
  void solidContactGrowsAsPressureToThe094AndGapClosesUnderLoad() {
    double s = 118e-9;
    double m = ContactConductance.slope(s);
    double h1 = ContactConductance.solid(0.65e6, s, m, 0.171, 0.56e9);
    double h2 = ContactConductance.solid(1.3e6, s, m, 0.171, 0.56e9);
    assertThat(h2 / h1).isCloseTo(Math.pow(2, 0.94), within(1e-12));
    double kg = 0.0318;
    double rare = 0.169e-6;
    double g1 = ContactConductance.gap(0.65e6, s, m, 0.56e9, kg, rare);
    double g2 = ContactConductance.gap(1.3e6, s, m, 0.56e9, kg, rare);
    assertThat(g2).isGreaterThan(g1);
    // at 2P = H_e the mean planes touch: the gap conducts k_g / M
    double full = 0.56e9 * m / Math.sqrt(2) / 2;
    assertThat(ContactConductance.gap(full, s, m, 0.56e9, kg, rare))
        .isCloseTo(kg / rare, within(1.0));
  }

  @Test
  void workedExampleOfTheGlossyNip() {
    // by hand (docs/twin.md): σ = 118 nm, m = 0.0531, k_s = 0.171, E' = 0.56 GPa, 0.65 MPa, air at
    // 100 °C: √2P/(mE') = 0.0309, h_s = 1.54·0.171·(0.0531/118e-9)·0.0309^0.94 = 4.5e3;
    // H_e = 2.10e7 Pa, erfc⁻¹(0.0619) = 1.32, Y = 220 nm, M = 0.169 µm, h_g = 0.0318/0.389e-6
    double s = 118e-9;
    double m = ContactConductance.slope(s);
    assertThat(m).isCloseTo(0.0531, within(2e-4));
    assertThat(ContactConductance.solid(0.65e6, s, m, 0.171, 0.56e9))
        .isCloseTo(4.5e3, within(100.0));
    double gap =
        ContactConductance.gap(
            0.65e6,
            s,
            m,
            0.56e9,
            ContactConductance.airConductivity(100),
            ContactConductance.airRarefaction(100, 0.9));
    assertThat(gap).isCloseTo(0.0318 / 0.389e-6, within(0.02 * 0.0318 / 0.389e-6));
  }
}
