package dev.fusejet.halftone;

/** Power spectra of halftone patterns for the quality tests: FFT, radial average, anisotropy. */
final class Spectrum {
  private Spectrum() {}

  /** In-place radix-2 complex FFT of length n (power of two). */
  static void fft(double[] re, double[] im) {
    int n = re.length;
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int len = 2; len <= n; len <<= 1) {
      double ang = -2 * Math.PI / len;
      for (int i = 0; i < n; i += len) {
        for (int k = 0; k < len / 2; k++) {
          double wr = Math.cos(ang * k);
          double wi = Math.sin(ang * k);
          int a = i + k;
          int b = a + len / 2;
          double xr = re[b] * wr - im[b] * wi;
          double xi = re[b] * wi + im[b] * wr;
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
        }
      }
    }
  }

  /** Periodogram |F|²/N of a size x size real image minus its mean, row-major. */
  static double[] periodogram(double[] img, int size) {
    double mean = 0;
    for (double v : img) {
      mean += v;
    }
    mean /= img.length;
    double[] re = new double[img.length];
    double[] im = new double[img.length];
    for (int i = 0; i < img.length; i++) {
      re[i] = img[i] - mean;
    }
    double[] rr = new double[size];
    double[] ri = new double[size];
    for (int y = 0; y < size; y++) {
      System.arraycopy(re, y * size, rr, 0, size);
      System.arraycopy(im, y * size, ri, 0, size);
      fft(rr, ri);
      System.arraycopy(rr, 0, re, y * size, size);
      System.arraycopy(ri, 0, im, y * size, size);
    }
    for (int x = 0; x < size; x++) {
      for (int y = 0; y < size; y++) {
        rr[y] = re[y * size + x];
        ri[y] = im[y * size + x];
      }
      fft(rr, ri);
      for (int y = 0; y < size; y++) {
        re[y * size + x] = rr[y];
        im[y * size + x] = ri[y];
      }
    }
    double[] p = new double[img.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = (re[i] * re[i] + im[i] * im[i]) / img.length;
    }
    return p;
  }

  /** Autocorrelation (real part of the 2-D FFT of a real, symmetric power spectrum) / N. */
  static double[] autocorrelation(double[] power, int size) {
    double[] re = power.clone();
    double[] im = new double[power.length];
    double[] rr = new double[size];
    double[] ri = new double[size];
    for (int y = 0; y < size; y++) {
      System.arraycopy(re, y * size, rr, 0, size);
      java.util.Arrays.fill(ri, 0);
      fft(rr, ri);
      System.arraycopy(rr, 0, re, y * size, size);
      System.arraycopy(ri, 0, im, y * size, size);
    }
    for (int x = 0; x < size; x++) {
      for (int y = 0; y < size; y++) {
        rr[y] = re[y * size + x];
        ri[y] = im[y * size + x];
      }
      fft(rr, ri);
      for (int y = 0; y < size; y++) {
        re[y * size + x] = rr[y] / power.length;
      }
    }
    return re;
  }

  /** Radial frequency (cycles/px) of bin (u, v). */
  static double radius(int u, int v, int size) {
    double fu = (u <= size / 2 ? u : u - size) / (double) size;
    double fv = (v <= size / 2 ? v : v - size) / (double) size;
    return Math.hypot(fu, fv);
  }

  /** Mean power over bins with lo <= f < hi (DC excluded). */
  static double bandPower(double[] p, int size, double lo, double hi) {
    double sum = 0;
    int n = 0;
    for (int v = 0; v < size; v++) {
      for (int u = 0; u < size; u++) {
        double f = radius(u, v, size);
        if (f > 0 && f >= lo && f < hi) {
          sum += p[v * size + u];
          n++;
        }
      }
    }
    return sum / n;
  }

  /**
   * Ulichney's anisotropy, averaged over annuli with lo <= f < hi: variance of the power within an
   * annulus divided by its squared mean. Returned in dB.
   */
  static double anisotropyDb(double[] p, int size, double lo, double hi) {
    int rings = 16;
    double[] s = new double[rings];
    double[] s2 = new double[rings];
    int[] n = new int[rings];
    for (int v = 0; v < size; v++) {
      for (int u = 0; u < size; u++) {
        double f = radius(u, v, size);
        if (f >= lo && f < hi && f > 0) {
          int r = (int) ((f - lo) / (hi - lo) * rings);
          double x = p[v * size + u];
          s[r] += x;
          s2[r] += x * x;
          n[r]++;
        }
      }
    }
    double acc = 0;
    int used = 0;
    for (int r = 0; r < rings; r++) {
      if (n[r] > 8) {
        double m = s[r] / n[r];
        double var = s2[r] / n[r] - m * m;
        acc += var / (m * m);
        used++;
      }
    }
    return 10 * Math.log10(acc / used);
  }
}
