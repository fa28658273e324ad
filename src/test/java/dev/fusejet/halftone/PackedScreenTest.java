package dev.fusejet.halftone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packed path (four inks in one {@code long}, what the pipeline uses) fires the same drops as
 * the per-ink loop that {@link HalftoneQualityTest} measures: every amount from 0 to full, every
 * level step, both scan directions, widths that are not a multiple of four, and inks split as two
 * threads split them.
 */
class PackedScreenTest {

  @ParameterizedTest
  @ValueSource(strings = {"fs", "variable", "blue-noise"})
  void packedRowsGiveTheLevelsOfThePerInkLoop(String name) {
    for (int inks = 1; inks <= 4; inks++) {
      for (int width : new int[] {1, 7, 130, 301, 1030}) {
        compare(name, inks, width);
      }
    }
  }

  private static void compare(String name, int inks, int width) {
    Halftoner h = Halftoners.byName(name);
    ToneLevels levels = ToneLevels.ofDropVolumes(2e-15, 4e-15, 7e-15);
    Halftoner.PageScreen perInk = h.page(width, inks, levels);
    Halftoner.PageScreen packed = h.page(width, inks, levels);
    SplittableRandom r = new SplittableRandom(width * 31L + inks);
    int stride = Halftoner.stride(width);
    char[][] amounts = new char[inks][width];
    long[] words = new long[width];
    byte[][] a = new byte[inks][stride];
    byte[][] b = new byte[inks][stride];
    for (int y = 0; y < 300; y++) {
      java.util.Arrays.fill(words, 0);
      for (int c = 0; c < inks; c++) {
        for (int x = 0; x < width; x++) {
          // sweeps, extremes and noise: every bucket of the threshold screen is reached
          int v =
              switch ((y + c) % 4) {
                case 0 -> (int) ((long) Halftoner.FULL * ((x + 97L * y) % 4096) / 4095);
                case 1 -> r.nextInt(Halftoner.FULL + 1);
                case 2 -> r.nextBoolean() ? 0 : Halftoner.FULL;
                default -> (int) ((long) Halftoner.FULL * y / 299);
              };
          amounts[c][x] = (char) v;
          words[x] |= (long) v << (16 * c);
        }
      }
      for (int c = 0; c < inks; c++) {
        perInk.row(c, y, amounts[c], 0, a[c], 0);
      }
      int half = inks / 2; // as two threads split the inks of error diffusion
      if (h.rowIndependent() || half == 0) {
        packed.packedRow(y, words, 0, b, 0, 0, inks);
      } else {
        packed.packedRow(y, words, 0, b, 0, 0, half);
        packed.packedRow(y, words, 0, b, 0, half, inks);
      }
      for (int c = 0; c < inks; c++) {
        assertThat(b[c])
            .as("%s, %d inks, width %d, row %d, ink %d", name, inks, width, y, c)
            .isEqualTo(a[c]);
      }
      int span = packed.packedSpan();
      if (span > 0) {
        // spans of the row, as the pipeline screens them, give the same levels
        byte[][] d = new byte[inks][stride];
        for (int x0 = 0; x0 < width; x0 += span) {
          int n = Math.min(span, width - x0);
          packed.packedSpan(y, x0, n, words, x0, d, 0, 0, inks);
        }
        for (int c = 0; c < inks; c++) {
          assertThat(d[c])
              .as("%s spans, width %d, row %d, ink %d", name, width, y, c)
              .isEqualTo(a[c]);
        }
      }
    }
  }
}
