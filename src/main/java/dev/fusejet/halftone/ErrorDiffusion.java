package dev.fusejet.halftone;

/**
 * Multi-level error diffusion with a serpentine scan. Each pixel takes the drop level whose tone is
 * nearest to its amount plus the error carried to it; the difference is spread to the right
 * neighbour (in scan direction) and to three neighbours on the next row. Integer arithmetic only,
 * so the output is the same on every run and machine, and the error is conserved exactly inside the
 * page (only what would fall off the left and right edges is dropped). Each ink's decision is made
 * on its value less a blue-noise shift of its own ({@link ThresholdModulation}), so that the inks
 * of a neutral do not fire on the same pixels and Floyd-Steinberg draws no checkerboards.
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
  private final boolean modulated;

  /** An error diffuser with this kernel and threshold modulation ({@link ThresholdModulation}). */
  public ErrorDiffusion(Kernel kernel) {
    this(kernel, true);
  }

  /**
   * An error diffuser with this kernel, with or without threshold modulation: without it, the
   * textbook algorithm (all inks of a neutral on the same pixels, Floyd-Steinberg's checkerboards),
   * kept as the reference the quality tests measure the modulation against.
   */
  ErrorDiffusion(Kernel kernel, boolean modulated) {
    this.kernel = kernel;
    this.modulated = modulated;
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
    return new Screen(width, channels, levels, kernel, modulated);
  }

  /** Weight scale of the kernels: weights sum to 2^WEIGHT_BITS. */
  static final int WEIGHT_BITS = 10;

  private static final int TILE = BlueNoiseThreshold.TILE;
  private static final int TILE_MASK = TILE - 1;

  private static final class Screen implements PageScreen {
    private final int width;
    private final int[] tone;
    private final int m1;
    private final int m2;
    private final int m3;
    private final int[][] cur;
    private final int[][] next;
    private final int[] lastRow;

    /** Per channel, one level byte per pixel: channels may be screened on different threads. */
    private final byte[][] levelRows;

    /** Per channel, one row of amounts for an ink left over from the pairs of a packed row. */
    private final char[][] amountRows;

    /**
     * Per amount bucket (amount >> 8): weights (of 1024) ahead, below behind and below; the rest of
     * the error goes below ahead.
     */
    private final int[] wAhead = new int[256];

    private final int[] wBehind = new int[256];
    private final int[] wBelow = new int[256];
    private final boolean fixed;

    /** Per amount bucket, the modulation strength (all 0 without modulation). */
    private final int[] strength;

    /** Per channel, the noise tile at the channel's offset. */
    private final short[][] noise;

    Screen(int width, int channels, ToneLevels levels, Kernel kernel, boolean modulated) {
      this.width = width;
      this.tone = levels.tones();
      m1 = (tone[0] + tone[1]) >> 1;
      m2 = (tone[1] + tone[2]) >> 1;
      m3 = (tone[2] + tone[3]) >> 1;
      cur = new int[channels][width + 2];
      next = new int[channels][width + 2];
      lastRow = new int[channels];
      java.util.Arrays.fill(lastRow, -1);
      levelRows = new byte[channels][width + 3];
      amountRows = new char[channels][width];
      fixed = kernel == Kernel.FLOYD_STEINBERG;
      strength = modulated ? ThresholdModulation.table(tone) : new int[256];
      noise = new short[channels][];
      for (int c = 0; c < channels; c++) {
        noise[c] = ThresholdModulation.tile(c);
      }
      int scale = 1 << WEIGHT_BITS;
      for (int b = 0; b < 256; b++) {
        if (kernel == Kernel.FLOYD_STEINBERG) {
          wAhead[b] = 7 * scale / 16;
          wBehind[b] = 3 * scale / 16;
          wBelow[b] = 5 * scale / 16; // and 1/16 below ahead
          continue;
        }
        int a = b << 8;
        int k = a >= tone[2] ? 2 : a >= tone[1] ? 1 : 0;
        int span = tone[k + 1] - tone[k];
        int pos = (int) ((long) (a - tone[k]) * 255 / span);
        int[] w = VariableCoefficients.weights(Math.min(pos, 255 - pos));
        wAhead[b] = w[0];
        wBehind[b] = w[1];
        wBelow[b] = w[2]; // the rest (rounding only) goes below ahead
      }
    }

    /** Swaps the error rows of a channel for row y; returns {cur, next}. */
    private int[][] advance(int channel, int y) {
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
      n[0] = 0;
      n[1] = 0;
      n[width] = 0;
      n[width + 1] = 0;
      return new int[][] {c, n};
    }

    @Override
    public void row(int channel, int y, char[] in, int inOffset, byte[] out, int outOffset) {
      int[][] cn = advance(channel, y);
      byte[] lv = levelRows[channel];
      int base = (y & TILE_MASK) * TILE;
      if ((y & 1) == 0) {
        forward(in, inOffset, cn[0], cn[1], lv, noise[channel], base);
      } else {
        backward(in, inOffset, cn[0], cn[1], lv, noise[channel], base);
      }
      pack(lv, width, out, outOffset);
    }

    @Override
    public boolean packed() {
      return true;
    }

    @Override
    public DiffusionRule diffusionRule() {
      return new DiffusionRule(tone, fixed, wAhead, wBehind, wBelow, strength, noise);
    }

    @Override
    public void packedRow(
        int y, long[] in, int inOffset, byte[][] out, int outOffset, int from, int to) {
      int c = from;
      int base = (y & TILE_MASK) * TILE;
      for (; c + 1 < to; c += 2) {
        int[][] a = advance(c, y);
        int[][] b = advance(c + 1, y);
        byte[] lv = levelRows[c];
        int sh0 = 16 * c;
        int sh1 = 16 * (c + 1);
        short[] z0 = noise[c];
        short[] z1 = noise[c + 1];
        if ((y & 1) == 0) {
          packedForward2(in, inOffset, sh0, sh1, a[0], a[1], b[0], b[1], lv, z0, z1, base);
        } else {
          packedBackward2(in, inOffset, sh0, sh1, a[0], a[1], b[0], b[1], lv, z0, z1, base);
        }
        pack2(lv, 0, width, out[c], out[c + 1], outOffset);
      }
      if (c < to) {
        char[] amounts = amountRows[c];
        for (int x = 0; x < width; x++) {
          amounts[x] = (char) (in[inOffset + x] >>> (16 * c));
        }
        row(c, y, amounts, 0, out[c], outOffset);
      }
    }

    /**
     * Diffusion of two inks of packed amounts (lanes at bit {@code sh0} and {@code sh1}), left to
     * right; levels to {@code lv} (ink 0 in bits 0..1, ink 1 in bits 2..3). Each ink's value is
     * compared with the mid-points less its shift (noise {@code z0}, {@code z1} of the row at
     * {@code base}); the error is the value less the level's tone.
     */
    private void packedForward2(
        long[] in,
        int off,
        int sh0,
        int sh1,
        int[] c0,
        int[] n0,
        int[] c1,
        int[] n1,
        byte[] lv,
        short[] z0,
        short[] z1,
        int base) {
      int carry0 = 0;
      int carry1 = 0;
      // per ink, the next row's error at the two indices not final yet (nearest first)
      int near0 = 0;
      int far0 = 0;
      int near1 = 0;
      int far1 = 0;
      int d1 = tone[1] - tone[0];
      int d2 = tone[2] - tone[1];
      int d3 = tone[3] - tone[2];
      int q1 = m1;
      int q2 = m2;
      int q3 = m3;
      int[] wa = wAhead;
      int[] wb = wBehind;
      int[] wd = wBelow;
      int[] k = strength;
      for (int x = 0; x < width; x++) {
        long w = in[off + x];
        int a0 = (int) (w >>> sh0) & 0xffff;
        int a1 = (int) (w >>> sh1) & 0xffff;
        int b0 = a0 >> 8;
        int b1 = a1 >> 8;
        int t = base + (x & TILE_MASK);
        int u0 = a0 - ((z0[t] * k[b0]) >> ThresholdModulation.BITS) + c0[x + 1];
        int u1 = a1 - ((z1[t] * k[b1]) >> ThresholdModulation.BITS) + c1[x + 1];
        int v0 = a0 + c0[x + 1] + carry0;
        int v1 = a1 + c1[x + 1] + carry1;
        u0 += carry0;
        u1 += carry1;
        // -1 where the value is above a mid-point: the level counts them, the error drops steps
        int s10 = (q1 - u0) >> 31;
        int s20 = (q2 - u0) >> 31;
        int s30 = (q3 - u0) >> 31;
        int s11 = (q1 - u1) >> 31;
        int s21 = (q2 - u1) >> 31;
        int s31 = (q3 - u1) >> 31;
        lv[x] = (byte) (-(s10 + s20 + s30) | -(s11 + s21 + s31) << 2);
        int e0 = v0 - (s10 & d1) - (s20 & d2) - (s30 & d3);
        int e1 = v1 - (s11 & d1) - (s21 & d2) - (s31 & d3);
        int ea0 = (e0 * wa[b0]) >> WEIGHT_BITS;
        int ea1 = (e1 * wa[b1]) >> WEIGHT_BITS;
        carry0 = ea0;
        carry1 = ea1;
        int eb0 = (e0 * wb[b0]) >> WEIGHT_BITS;
        int eb1 = (e1 * wb[b1]) >> WEIGHT_BITS;
        int ed0 = (e0 * wd[b0]) >> WEIGHT_BITS;
        int ed1 = (e1 * wd[b1]) >> WEIGHT_BITS;
        n0[x] = near0 + eb0;
        n1[x] = near1 + eb1;
        near0 = far0 + ed0;
        near1 = far1 + ed1;
        far0 = e0 - ea0 - eb0 - ed0;
        far1 = e1 - ea1 - eb1 - ed1;
      }
      n0[width] = near0;
      n0[width + 1] = far0;
      n1[width] = near1;
      n1[width + 1] = far1;
    }

    /** As {@link #packedForward2}, right to left. */
    private void packedBackward2(
        long[] in,
        int off,
        int sh0,
        int sh1,
        int[] c0,
        int[] n0,
        int[] c1,
        int[] n1,
        byte[] lv,
        short[] z0,
        short[] z1,
        int base) {
      int carry0 = 0;
      int carry1 = 0;
      // per ink, the next row's error at the two indices not final yet (nearest first)
      int near0 = 0;
      int far0 = 0;
      int near1 = 0;
      int far1 = 0;
      int d1 = tone[1] - tone[0];
      int d2 = tone[2] - tone[1];
      int d3 = tone[3] - tone[2];
      int q1 = m1;
      int q2 = m2;
      int q3 = m3;
      int[] wa = wAhead;
      int[] wb = wBehind;
      int[] wd = wBelow;
      int[] k = strength;
      for (int x = width - 1; x >= 0; x--) {
        long w = in[off + x];
        int a0 = (int) (w >>> sh0) & 0xffff;
        int a1 = (int) (w >>> sh1) & 0xffff;
        int b0 = a0 >> 8;
        int b1 = a1 >> 8;
        int t = base + (x & TILE_MASK);
        int u0 = a0 - ((z0[t] * k[b0]) >> ThresholdModulation.BITS) + c0[x + 1];
        int u1 = a1 - ((z1[t] * k[b1]) >> ThresholdModulation.BITS) + c1[x + 1];
        int v0 = a0 + c0[x + 1] + carry0;
        int v1 = a1 + c1[x + 1] + carry1;
        u0 += carry0;
        u1 += carry1;
        // -1 where the value is above a mid-point: the level counts them, the error drops steps
        int s10 = (q1 - u0) >> 31;
        int s20 = (q2 - u0) >> 31;
        int s30 = (q3 - u0) >> 31;
        int s11 = (q1 - u1) >> 31;
        int s21 = (q2 - u1) >> 31;
        int s31 = (q3 - u1) >> 31;
        lv[x] = (byte) (-(s10 + s20 + s30) | -(s11 + s21 + s31) << 2);
        int e0 = v0 - (s10 & d1) - (s20 & d2) - (s30 & d3);
        int e1 = v1 - (s11 & d1) - (s21 & d2) - (s31 & d3);
        int ea0 = (e0 * wa[b0]) >> WEIGHT_BITS;
        int ea1 = (e1 * wa[b1]) >> WEIGHT_BITS;
        carry0 = ea0;
        carry1 = ea1;
        int eb0 = (e0 * wb[b0]) >> WEIGHT_BITS;
        int eb1 = (e1 * wb[b1]) >> WEIGHT_BITS;
        int ed0 = (e0 * wd[b0]) >> WEIGHT_BITS;
        int ed1 = (e1 * wd[b1]) >> WEIGHT_BITS;
        n0[x + 2] = near0 + eb0;
        n1[x + 2] = near1 + eb1;
        near0 = far0 + ed0;
        near1 = far1 + ed1;
        far0 = e0 - ea0 - eb0 - ed0;
        far1 = e1 - ea1 - eb1 - ed1;
      }
      n0[1] = near0;
      n0[0] = far0;
      n1[1] = near1;
      n1[0] = far1;
    }

    private int quantise(int v) {
      return (v > m1 ? 1 : 0) + (v > m2 ? 1 : 0) + (v > m3 ? 1 : 0);
    }

    // Error index i + 1 holds the error for pixel i; indices 0 and width + 1 catch the edges.
    private void forward(char[] in, int off, int[] c, int[] n, byte[] lv, short[] z, int base) {
      int carry = 0;
      int[] t = tone;
      for (int x = 0; x < width; x++) {
        int a = in[off + x];
        int b = a >> 8;
        int v = a + c[x + 1] + carry;
        int l =
            quantise(v - ((z[base + (x & TILE_MASK)] * strength[b]) >> ThresholdModulation.BITS));
        lv[x] = (byte) l;
        int e = v - t[l];
        int ea = (e * wAhead[b]) >> WEIGHT_BITS;
        int eb = (e * wBehind[b]) >> WEIGHT_BITS;
        int ed = (e * wBelow[b]) >> WEIGHT_BITS;
        carry = ea;
        n[x] += eb;
        n[x + 1] += ed;
        n[x + 2] = e - ea - eb - ed;
      }
    }

    private void backward(char[] in, int off, int[] c, int[] n, byte[] lv, short[] z, int base) {
      int carry = 0;
      int[] t = tone;
      for (int x = width - 1; x >= 0; x--) {
        int a = in[off + x];
        int b = a >> 8;
        int v = a + c[x + 1] + carry;
        int l =
            quantise(v - ((z[base + (x & TILE_MASK)] * strength[b]) >> ThresholdModulation.BITS));
        lv[x] = (byte) l;
        int e = v - t[l];
        int ea = (e * wAhead[b]) >> WEIGHT_BITS;
        int eb = (e * wBehind[b]) >> WEIGHT_BITS;
        int ed = (e * wBelow[b]) >> WEIGHT_BITS;
        carry = ea;
        n[x + 2] += eb;
        n[x + 1] += ed;
        n[x] = e - ea - eb - ed;
      }
    }
  }

  /**
   * Packs one level byte per pixel into 2-bit levels, four to a byte, leftmost in the high bits.
   */
  static void pack(byte[] lv, int width, byte[] out, int outOffset) {
    pack(lv, 0, width, out, outOffset);
  }

  /**
   * Packs two inks' levels (bits {@code shift} .. {@code shift + 3} of each byte) into two rows.
   * Four pixels' bytes make an int; one multiplication moves the four 2-bit fields of an ink to the
   * top byte in order (pixel 0 by 30 bits, 1 by 20, 2 by 10, 3 by 0; the cross terms land below bit
   * 24 without overlapping, or beyond bit 31).
   */
  static void pack2(byte[] lv, int shift, int width, byte[] outA, byte[] outB, int outOffset) {
    int full = width >> 2;
    int o = outOffset;
    int x = 0;
    for (int i = 0; i < full; i++, x += 4, o++) {
      int w =
          ((lv[x] & 0xff) | (lv[x + 1] & 0xff) << 8 | (lv[x + 2] & 0xff) << 16 | lv[x + 3] << 24)
              >>> shift;
      outA[o] = (byte) (((w & 0x0303_0303) * 0x4010_0401) >>> 24);
      outB[o] = (byte) ((((w >>> 2) & 0x0303_0303) * 0x4010_0401) >>> 24);
    }
    if (x < width) {
      int accA = 0;
      int accB = 0;
      for (int k = 0; k < 4; k++) {
        int l = x + k < width ? (lv[x + k] & 0xff) >> shift : 0;
        accA = (accA << 2) | (l & 3);
        accB = (accB << 2) | ((l >> 2) & 3);
      }
      outA[o] = (byte) accA;
      outB[o] = (byte) accB;
    }
  }

  /** As {@link #pack(byte[], int, byte[], int)}, the level in bits {@code shift .. shift + 1}. */
  static void pack(byte[] lv, int shift, int width, byte[] out, int outOffset) {
    int full = width >> 2;
    int o = outOffset;
    int x = 0;
    for (int i = 0; i < full; i++, x += 4) {
      out[o++] =
          (byte)
              ((((lv[x] >> shift) & 3) << 6)
                  | (((lv[x + 1] >> shift) & 3) << 4)
                  | (((lv[x + 2] >> shift) & 3) << 2)
                  | ((lv[x + 3] >> shift) & 3));
    }
    if (x < width) {
      int acc = 0;
      for (int k = 0; k < 4; k++) {
        acc = (acc << 2) | (x + k < width ? (lv[x + k] >> shift) & 3 : 0);
      }
      out[o] = (byte) acc;
    }
  }
}
