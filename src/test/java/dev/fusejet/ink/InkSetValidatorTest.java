package dev.fusejet.ink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.validation.Finding;
import dev.fusejet.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class InkSetValidatorTest {
  private static final CoSolvent GLYCEROL = new CoSolvent("glycerol", 290);
  private static final List<DropSize> DROPS =
      List.of(
          new DropSize("small", 2e-15),
          new DropSize("medium", 4e-15),
          new DropSize("large", 7e-15));

  private static Ink ink(double pigment, double water, double co, double other) {
    return new Ink("cyan", "PB15:3", pigment, water, co, other, GLYCEROL, 1060);
  }

  private static List<String> errors(Ink ink, List<DropSize> drops) {
    return InkSetValidator.validate(new InkSet("s", "", List.of(ink), drops))
        .of(Severity.ERROR)
        .stream()
        .map(Finding::field)
        .toList();
  }

  @Test
  void validInkHasNoFindings() {
    assertThat(errors(ink(0.04, 0.70, 0.20, 0.06), DROPS)).isEmpty();
  }

  @Test
  void fractionsMustSumToOne() {
    assertThat(errors(ink(0.04, 0.70, 0.20, 0.07), DROPS)).containsExactly("inks[0].fractions");
    assertThat(errors(ink(0.04, 0.70, 0.20, 0.0605), DROPS)).isEmpty();
  }

  @Test
  void inkWithoutWaterOrCoSolventIsAnError() {
    assertThat(errors(ink(0.04, 0.0, 0.90, 0.06), DROPS)).containsExactly("inks[0].water");
    assertThat(errors(ink(0.04, 0.90, 0.0, 0.06), DROPS)).containsExactly("inks[0].co-solvent");
  }

  @Test
  void dropsMustGrowAndBePositive() {
    List<DropSize> bad = List.of(new DropSize("small", 4e-15), new DropSize("medium", 2e-15));
    assertThat(errors(ink(0.04, 0.70, 0.20, 0.06), bad)).containsExactly("drop-sizes[1].volume");
  }
}
