package dev.fusejet.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The matrix inverse and the Bradford transform against published values. */
class LinearTest {

  /**
   * A textbook matrix with an integer inverse (determinant 1): A = [1 2 3; 0 1 4; 5 6 0], A⁻¹ =
   * [-24 18 5; 20 -15 -4; -5 4 1] (e.g. Anton, Elementary Linear Algebra, 1.4 example 4).
   */
  @Test
  void inverseOfAKnownMatrix() {
    double[][] a = {{1, 2, 3}, {0, 1, 4}, {5, 6, 0}};
    double[][] want = {{-24, 18, 5}, {20, -15, -4}, {-5, 4, 1}};
    double[][] got = Matrix3.invert(a);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        assertThat(got[r][c]).isCloseTo(want[r][c], within(1e-12));
      }
    }
    double[][] id = Matrix3.times(a, got);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        assertThat(id[r][c]).isCloseTo(r == c ? 1 : 0, within(1e-12));
      }
    }
  }

  /**
   * Lam's cone matrix as ICC.1:2010 E.3 prints it, its inverse and the D65 to D50 adaptation as
   * Lindbloom publishes them (brucelindbloom.com, "Chromatic Adaptation", 7 decimals, whites D65
   * 0.95047, 1, 1.08883 and D50 0.96422, 1, 0.82521).
   */
  @Test
  void bradfordMatchesItsPublishedValues() {
    double[][] cone = {
      {0.8951, 0.2664, -0.1614}, {-0.7502, 1.7135, 0.0367}, {0.0389, -0.0685, 1.0296}
    };
    double[][] coneInverse = {
      {0.9869929, -0.1470543, 0.1599627},
      {0.4323053, 0.5183603, 0.0492912},
      {-0.0085287, 0.0400428, 0.9684867}
    };
    double[][] d65ToD50 = {
      {1.0478112, 0.0228866, -0.0501270},
      {0.0295424, 0.9904844, -0.0170491},
      {-0.0092345, 0.0150436, 0.7521316}
    };
    double[][] adapt =
        Bradford.adaptation(new double[] {0.95047, 1, 1.08883}, new double[] {0.96422, 1, 0.82521});
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        assertThat(Bradford.cone()[r][c]).isEqualTo(cone[r][c]);
        assertThat(Bradford.coneInverse()[r][c]).isCloseTo(coneInverse[r][c], within(6e-8));
        assertThat(adapt[r][c]).isCloseTo(d65ToD50[r][c], within(6e-8));
      }
    }
    // and the white itself goes where it must
    double[] w = Matrix3.times(adapt, new double[] {0.95047, 1, 1.08883});
    assertThat(w).containsExactly(new double[] {0.96422, 1, 0.82521}, within(1e-12));
  }
}
