package dev.fusejet.halftone;

/**
 * Multi-level error diffusion with a serpentine scan. Each pixel takes the drop level whose tone is
 * nearest to its amount plus the error carried to it; the difference is spread to the right
 * neighbour (in scan direction) and to three neighbours on the next row. Integer arithmetic only,
 * so the output is the same on every run and machine, and the error is conserved exactly inside the
 * page (only what would fall off the left and right edges is dropped).
 */
public final class ErrorDiffusion implements Halftoner {

  /** The diffusion kernel. */
  public enum Kernel {
    /** Floyd and Steinberg (1976): 7/16 ahead, 3/16 below behind, 5/16 below, 1/16 below ahead. */
    FLOYD_STEINBERG,
    /**
     * Variable coefficients in the manner of Ostromoukhov (SIGGRAPH 2001): three weights (ahead,
     * below behind, below) that depend on where the amount sits between two drop levels, from a
     * table interpolated between key points ({@link VariableCoefficients}).
     */
    VARIABLE
  }

  private final Kernel kernel;

  /** An error diffuser with this kernel. */
  public ErrorDiffusion(Kernel kernel) {
    this.kernel = kernel;
  }

  @Override
  public String name() {
    return kernel == Kernel.FLOYD_STEINBERG ? "fs" : "variable";
  }

  @Override
  public boolean rowIndependent() {
    return false;
  }

  @Override
  public PageScreen page(int width, int channels, ToneLevels levels) {
    return new Screen(width, channels, levels, kernel);
  }

  /** Weight scale of the kernels: weights sum to 2^WEIGHT_BITS. */
  static final int WEIGHT_BITS = 10;

  private static final class Screen implements PageScreen {
    private final int width;
    private final int[] tone;
    private final int m1;
    private final int m2;
    private final int m3;
    private final int[][] cur;
    private final int[][] next;
    private final int[] lastRow;
    private final byte[] levelRow;

    /** Per amount bucket (amount >> 8): weights ahead, below-behind, below (sum 1024). */
    private final int[] wAhead = new int[256];

    private final int[] wBehind = new int[256];
    private final int[] wBelow = new int[256];
    private final boolean fixed;

    Screen(int width, int channels, ToneLevels levels, Kernel kernel) {
      this.width = width;
      this.tone = levels.tones();
      m1 = (tone[0] + tone[1]) >> 1;
      m2 = (tone[1] + tone[2]) >> 1;
      m3 = (tone[2] + tone[3]) >> 1;
      cur = new int[channels][width + 2];
      next = new int[channels][width + 2];
      lastRow = new int[channels];
      java.util.Arrays.fill(lastRow, -1);
      levelRow = new byte[width + 3];
      fixed = kernel == Kernel.FLOYD_STEINBERG;
      for (int b = 0; b < 256; b++) {
        int a = b << 8;
        int k = a >= tone[2] ? 2 : a >= tone[1] ? 1 : 0;
        int span = tone[k + 1] - tone[k];
        int pos = (int) ((long) (a - tone[k]) * 255 / span);
        int[] w = VariableCoefficients.weights(Math.min(pos, 255 - pos));
        wAhead[b] = w[0];
        wBehind[b] = w[1];
        wBelow[b] = w[2];
      }
    }

    @Override
    public void row(int channel, int y, char[] in, int inOffset, byte[] out, int outOffset) {
      if (y != lastRow[channel] + 1) {
        if (y <= lastRow[channel]) {
          throw new IllegalStateException(
              "rows of channel " + channel + " must increase: " + y + " after " + lastRow[channel]);
        }
        java.util.Arrays.fill(next[channel], 0); // skipped rows: no error to carry
      }
      lastRow[channel] = y;
      int[] c = next[channel];
      next[channel] = cur[channel];
      cur[channel] = c;
      int[] n = next[channel];
      int w = width;
      n[0] = 0;
      n[1] = 0;
      n[w] = 0;
      n[w + 1] = 0;
      if ((y & 1) == 0) {
        if (fixed) {
          fsForward(in, inOffset, c, n);
        } else {
          varForward(in, inOffset, c, n);
        }
      } else {
        if (fixed) {
          fsBackward(in, inOffset, c, n);
        } else {
          varBackward(in, inOffset, c, n);
        }
      }
      pack(levelRow, w, out, outOffset);
    }

    private int quantise(int v) {
      return (v > m1 ? 1 : 0) + (v > m2 ? 1 : 0) + (v > m3 ? 1 : 0);
    }

    // Error index i + 1 holds the error for pixel i; indices 0 and width + 1 catch the edges.
    private void fsForward(char[] in, int off, int[] c, int[] n) {
      int carry = 0;
      byte[] lv = levelRow;
      int[] t = tone;
      for (int x = 0; x < width; x++) {
        int v = in[off + x] + c[x + 1] + carry;
        int l = quantise(v);
        lv[x] = (byte) l;
        int e = v - t[l];
        int e7 = (e * 7) >> 4;
        int e3 = (e * 3) >> 4;
        int e5 = (e * 5) >> 4;
        carry = e7;
        n[x] += e3;
        n[x + 1] += e5;
        n[x + 2] = e - e7 - e3 - e5;
      }
    }

    private void fsBackward(char[] in, int off, int[] c, int[] n) {
      int carry = 0;
      byte[] lv = levelRow;
      int[] t = tone;
      for (int x = width - 1; x >= 0; x--) {
        int v = in[off + x] + c[x + 1] + carry;
        int l = quantise(v);
        lv[x] = (byte) l;
        int e = v - t[l];
        int e7 = (e * 7) >> 4;
        int e3 = (e * 3) >> 4;
        int e5 = (e * 5) >> 4;
        carry = e7;
        n[x + 2] += e3;
        n[x + 1] += e5;
        n[x] = e - e7 - e3 - e5;
      }
    }

    private void varForward(char[] in, int off, int[] c, int[] n) {
      int carry = 0;
      byte[] lv = levelRow;
      int[] t = tone;
      for (int x = 0; x < width; x++) {
        int a = in[off + x];
        int v = a + c[x + 1] + carry;
        int l = quantise(v);
        lv[x] = (byte) l;
        int e = v - t[l];
        int b = a >> 8;
        int ea = (e * wAhead[b]) >> WEIGHT_BITS;
        int eb = (e * wBehind[b]) >> WEIGHT_BITS;
        carry = ea;
        n[x] += eb;
        n[x + 1] += e - ea - eb;
        n[x + 2] = 0;
      }
    }

    private void varBackward(char[] in, int off, int[] c, int[] n) {
      int carry = 0;
      byte[] lv = levelRow;
      int[] t = tone;
      for (int x = width - 1; x >= 0; x--) {
        int a = in[off + x];
        int v = a + c[x + 1] + carry;
        int l = quantise(v);
        lv[x] = (byte) l;
        int e = v - t[l];
        int b = a >> 8;
        int ea = (e * wAhead[b]) >> WEIGHT_BITS;
        int eb = (e * wBehind[b]) >> WEIGHT_BITS;
        carry = ea;
        n[x + 2] += eb;
        n[x + 1] += e - ea - eb;
        n[x] = 0;
      }
    }
  }

  /**
   * Packs one level byte per pixel into 2-bit levels, four to a byte, leftmost in the high bits.
   */
  static void pack(byte[] lv, int width, byte[] out, int outOffset) {
    int full = width >> 2;
    int o = outOffset;
    int x = 0;
    for (int i = 0; i < full; i++, x += 4) {
      out[o++] = (byte) ((lv[x] << 6) | (lv[x + 1] << 4) | (lv[x + 2] << 2) | lv[x + 3]);
    }
    if (x < width) {
      int acc = 0;
      for (int k = 0; k < 4; k++) {
        acc = (acc << 2) | (x + k < width ? lv[x + k] : 0);
      }
      out[o] = (byte) acc;
    }
  }
}
