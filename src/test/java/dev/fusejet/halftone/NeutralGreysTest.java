package dev.fusejet.halftone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Neutral greys with all four inks ({@link Neutrals}): the error diffusions place the inks as
 * independently of each other as the blue-noise screen does, and their dark greys are no more
 * mottled than blue noise's, where the textbook algorithm (no threshold modulation) stacks the inks
 * and draws Floyd-Steinberg's checkerboard with line defects. The tints here are not those the
 * modulation was tuned on (90 % grey).
 */
class NeutralGreysTest {

  private static final int SIZE = 256;

  private static Halftoner fs() {
    return new ErrorDiffusion(ErrorDiffusion.Kernel.FLOYD_STEINBERG);
  }

  private static Halftoner variable() {
    return new ErrorDiffusion(ErrorDiffusion.Kernel.VARIABLE);
  }

  private static Halftoner textbook(ErrorDiffusion.Kernel k) {
    return new ErrorDiffusion(k, false);
  }

  @Test
  void inksOfLightGreysMeetAsOftenAsIndependentPlacementPredicts() {
    // light greys: every ink below its small drop, so "upper level" is "a drop at all"
    for (double grey : new double[] {5, 15}) {
      long g = Neutrals.grey(grey);
      double[] bn = Neutrals.overlap(Neutrals.screen(new BlueNoiseThreshold(), g, SIZE), g);
      System.out.printf(
          "%.0f %% grey: two or more inks on %.4f of the pixels with blue noise, independent"
              + " %.4f%n",
          grey, bn[0], bn[1]);
      assertThat(bn[0]).as("blue noise, the reference").isCloseTo(bn[1], within(bn[1], 0.05));
      for (Halftoner h : new Halftoner[] {fs(), variable()}) {
        double[] o = Neutrals.overlap(Neutrals.screen(h, g, SIZE), g);
        System.out.printf("  %s: %.4f (independent %.4f)%n", h.name(), o[0], o[1]);
        assertThat(o[0]).as("%s at %s %% grey", h.name(), grey).isCloseTo(o[1], within(o[1], 0.05));
      }
      for (ErrorDiffusion.Kernel k : ErrorDiffusion.Kernel.values()) {
        double[] o = Neutrals.overlap(Neutrals.screen(textbook(k), g, SIZE), g);
        System.out.printf("  textbook %s: %.4f (independent %.4f)%n", k, o[0], o[1]);
        // the defect the modulation removes: the same inks' chains fire together
        assertThat(o[0]).as("textbook %s", k).isGreaterThan(1.15 * o[1]);
      }
    }
  }

  @Test
  void darkGreysAreNoMoreMottledThanBlueNoise() {
    for (double grey : new double[] {85, 95}) {
      long g = Neutrals.grey(grey);
      double bn = Neutrals.densityMottle(Neutrals.screen(new BlueNoiseThreshold(), g, SIZE), SIZE);
      System.out.printf("%.0f %% grey: mottle blue noise %.3f L*%n", grey, bn);
      for (Halftoner h : new Halftoner[] {fs(), variable()}) {
        double m = Neutrals.densityMottle(Neutrals.screen(h, g, SIZE), SIZE);
        System.out.printf("  %s %.3f L*%n", h.name(), m);
        assertThat(m).as("%s at %s %% grey", h.name(), grey).isLessThan(1.15 * bn);
      }
      for (ErrorDiffusion.Kernel k : ErrorDiffusion.Kernel.values()) {
        double m = Neutrals.densityMottle(Neutrals.screen(textbook(k), g, SIZE), SIZE);
        System.out.printf("  textbook %s %.3f L*%n", k, m);
        if (grey == 95) {
          // Floyd-Steinberg's checkerboard of medium and large black drops, with line defects
          assertThat(m).as("textbook %s", k).isGreaterThan(1.5 * bn);
        }
      }
    }
  }

  private static org.assertj.core.data.Offset<Double> within(double expected, double relative) {
    return org.assertj.core.data.Offset.offset(expected * relative);
  }
}
