package dev.fusejet.colour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cellular Yule-Nielsen modified spectral Neugebauer model (here on tristimulus values), fitted
 * to measured patches: the device cube is cut into cells at node levels per channel; a colour
 * inside a cell is the Demichel-weighted mean of its 2^k corner colours raised to 1/n, raised back
 * to n, with each channel's position in its cell taken on the channel's effective (optical +
 * mechanical) coverage curve.
 *
 * <p>For a cell with corners c (0/1 per channel), effective in-cell coverages u_i and corner
 * colours X_c (each of X, Y, Z):
 *
 * <pre>
 *   X^(1/n) = sum over c of w_c X_c^(1/n),   w_c = prod_i (c_i ? u_i : 1 - u_i)
 *   u_i = (a_i(t_i) - a_i(lo_i)) / (a_i(hi_i) - a_i(lo_i))
 * </pre>
 *
 * where a_i is the effective coverage of channel i over the whole range, from its single-channel
 * ramp: a = ((R^(1/n) - P^(1/n)) . (S^(1/n) - P^(1/n))) / |S^(1/n) - P^(1/n)|^2 with P paper, S
 * solid, R the ramp patch (least squares over X, Y, Z). Sources: J. A. C. Yule, W. J. Nielsen, TAGA
 * Proc. 1951, 65-76; H. E. J. Neugebauer, Z. wiss. Photogr. 36 (1937) 73-89; R. Balasubramanian,
 * "Optimization of the spectral Neugebauer model for printer characterization", J. Electron.
 * Imaging 8 (1999) 156-166 (cellular model, effective dot areas from ramps, fitted n). With node
 * levels {0, 1} per channel it is the plain Yule-Nielsen modified Neugebauer model; with n = 1 and
 * linear coverage too, the plain Neugebauer model.
 */
public final class CellularNeugebauer {

  /** Range of n searched by {@link #fit} (1): 1 is no optical dot gain, 10 nearly opaque dots. */
  static final double N_MIN = 1.0;

  static final double N_MAX = 10.0;

  private final double[][] levels;
  private final double n;
  private final double[][] rampT;
  private final double[][] rampA;
  private final double[][] corners; // per node index, X Y Z raised to 1/n
  private final int[] stride;

  private CellularNeugebauer(
      double[][] levels, double n, double[][] rampT, double[][] rampA, double[][] nodeXyz) {
    this.levels = levels;
    this.n = n;
    this.rampT = rampT;
    this.rampA = rampA;
    this.stride = new int[levels.length];
    int s = 1;
    for (int i = levels.length - 1; i >= 0; i--) {
      stride[i] = s;
      s *= levels[i].length;
    }
    corners = new double[nodeXyz.length][3];
    for (int k = 0; k < nodeXyz.length; k++) {
      for (int c = 0; c < 3; c++) {
        corners[k][c] = Math.pow(Math.max(nodeXyz[k][c], 1e-9), 1 / n);
      }
    }
  }

  /**
   * Fits the model to patches: the node patches (every combination of the levels) must be among
   * them, and each channel's single-channel ramp (other channels 0) gives its coverage curve; n is
   * chosen to minimise the mean CIEDE2000 over all given patches.
   *
   * @param levels per channel, increasing node levels from 0 to 1 (1)
   * @param patches measured patches
   * @throws IllegalArgumentException naming a node combination that was not measured
   */
  public static CellularNeugebauer fit(double[][] levels, List<Patch> patches) {
    return fit(levels, patches, Double.NaN);
  }

  /** As {@link #fit(double[][], List)} with a fixed n (or NaN to fit it). */
  public static CellularNeugebauer fit(double[][] levels, List<Patch> patches, double fixedN) {
    int k = levels.length;
    Map<String, Xyz> byDevice = new HashMap<>();
    for (Patch p : patches) {
      if (p.channels() != k) {
        throw new IllegalArgumentException(
            "patch " + p.id() + " has " + p.channels() + " channels, the levels " + k);
      }
      byDevice.put(key(p.device()), p.xyz());
    }
    int nodes = 1;
    for (double[] l : levels) {
      nodes *= l.length;
    }
    double[][] nodeXyz = new double[nodes][];
    int[] idx = new int[k];
    for (int node = 0; node < nodes; node++) {
      int r = node;
      double[] d = new double[k];
      for (int i = k - 1; i >= 0; i--) {
        idx[i] = r % levels[i].length;
        r /= levels[i].length;
        d[i] = levels[i][idx[i]];
      }
      Xyz x = byDevice.get(key(d));
      if (x == null) {
        throw new IllegalArgumentException(
            "no measured patch at the cell node " + Arrays.toString(d) + " (device values 0..1)");
      }
      nodeXyz[node] = x.toArray();
    }
    // ramps: per channel, patches with only that channel inked (and paper)
    List<List<Patch>> ramps = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      List<Patch> ramp = new ArrayList<>();
      for (Patch p : patches) {
        boolean only = true;
        for (int j = 0; j < k; j++) {
          only &= j == i || p.device(j) == 0;
        }
        if (only) {
          ramp.add(p);
        }
      }
      int channel = i;
      ramp.sort((a, b) -> Double.compare(a.device(channel), b.device(channel)));
      ramps.add(ramp);
    }
    double[] paper = nodeXyz[0];
    if (!Double.isNaN(fixedN)) {
      return build(levels, fixedN, ramps, nodeXyz, paper);
    }
    // golden-section search of n on the mean ΔE00 over the patches
    double lo = N_MIN;
    double hi = N_MAX;
    double phi = (Math.sqrt(5) - 1) / 2;
    double x1 = hi - phi * (hi - lo);
    double x2 = lo + phi * (hi - lo);
    double f1 = meanError(build(levels, x1, ramps, nodeXyz, paper), patches);
    double f2 = meanError(build(levels, x2, ramps, nodeXyz, paper), patches);
    for (int it = 0; it < 30 && hi - lo > 0.01; it++) {
      if (f1 < f2) {
        hi = x2;
        x2 = x1;
        f2 = f1;
        x1 = hi - phi * (hi - lo);
        f1 = meanError(build(levels, x1, ramps, nodeXyz, paper), patches);
      } else {
        lo = x1;
        x1 = x2;
        f1 = f2;
        x2 = lo + phi * (hi - lo);
        f2 = meanError(build(levels, x2, ramps, nodeXyz, paper), patches);
      }
    }
    return build(levels, (lo + hi) / 2, ramps, nodeXyz, paper);
  }

  /**
   * The plain Neugebauer model (Demichel weights of the nominal device values over the 2^k solid
   * overprints, n = 1, no effective coverage): the baseline the cellular model is compared with.
   */
  public static CellularNeugebauer plain(List<Patch> patches, int channels) {
    double[][] levels = new double[channels][];
    double[][] t = new double[channels][];
    for (int i = 0; i < channels; i++) {
      levels[i] = new double[] {0, 1};
      t[i] = new double[] {0, 1};
    }
    CellularNeugebauer nodes = fit(levels, patches, 1.0);
    return new CellularNeugebauer(levels, 1.0, t, t, nodes.rawCorners());
  }

  private double[][] rawCorners() {
    double[][] out = new double[corners.length][3];
    for (int k = 0; k < corners.length; k++) {
      for (int c = 0; c < 3; c++) {
        out[k][c] = Math.pow(corners[k][c], n);
      }
    }
    return out;
  }

  private static CellularNeugebauer build(
      double[][] levels, double n, List<List<Patch>> ramps, double[][] nodeXyz, double[] paper) {
    int k = levels.length;
    double[][] rampT = new double[k][];
    double[][] rampA = new double[k][];
    int solidStride = 1;
    for (int i = k - 1; i >= 0; i--) {
      int last = levels[i].length - 1;
      double[] solid = nodeXyz[last * solidStride];
      solidStride *= levels[i].length;
      List<Patch> ramp = ramps.get(i);
      double[] t = new double[ramp.size() + 2];
      double[] a = new double[ramp.size() + 2];
      int m = 0;
      t[m] = 0;
      a[m++] = 0;
      double[] p = pow(paper, 1 / n);
      double[] q = pow(solid, 1 / n);
      for (Patch r : ramp) {
        double v = r.device(i);
        if (v <= 0 || v >= 1) {
          continue;
        }
        double[] x = pow(r.xyz().toArray(), 1 / n);
        double num = 0;
        double den = 0;
        for (int c = 0; c < 3; c++) {
          num += (x[c] - p[c]) * (q[c] - p[c]);
          den += (q[c] - p[c]) * (q[c] - p[c]);
        }
        double eff = Math.max(a[m - 1], Math.min(1, num / den)); // monotonic
        t[m] = v;
        a[m++] = eff;
      }
      t[m] = 1;
      a[m++] = 1;
      rampT[i] = Arrays.copyOf(t, m);
      rampA[i] = Arrays.copyOf(a, m);
    }
    return new CellularNeugebauer(levels, n, rampT, rampA, nodeXyz);
  }

  private static double[] pow(double[] v, double e) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.pow(Math.max(v[i], 1e-9), e);
    }
    return out;
  }

  private static double meanError(CellularNeugebauer m, List<Patch> patches) {
    double sum = 0;
    for (Patch p : patches) {
      sum += DeltaE.e2000(m.predict(p.device()).toLab(), p.lab());
    }
    return sum / patches.size();
  }

  private static String key(double[] d) {
    StringBuilder s = new StringBuilder();
    for (double v : d) {
      s.append(Math.round(v * 10000)).append(',');
    }
    return s.toString();
  }

  /** The fitted Yule-Nielsen n (1). */
  public double n() {
    return n;
  }

  /** Number of device channels. */
  public int channels() {
    return levels.length;
  }

  /** Effective coverage (1) of channel {@code i} at device value {@code t} (1). */
  public double effectiveCoverage(int i, double t) {
    double[] ts = rampT[i];
    double[] as = rampA[i];
    if (t <= 0) {
      return 0;
    }
    if (t >= 1) {
      return 1;
    }
    int j = Arrays.binarySearch(ts, t);
    if (j >= 0) {
      return as[j];
    }
    j = -j - 2;
    double f = (t - ts[j]) / (ts[j + 1] - ts[j]);
    return as[j] + f * (as[j + 1] - as[j]);
  }

  /** Predicted colour (D50, 1) of device values (1, 0..1 each, clipped). */
  public Xyz predict(double[] device) {
    int k = levels.length;
    int base = 0;
    double[] u = new double[k];
    for (int i = 0; i < k; i++) {
      double t = Math.max(0, Math.min(1, device[i]));
      double[] l = levels[i];
      int j = 0;
      while (j < l.length - 2 && t >= l[j + 1]) {
        j++;
      }
      double a = effectiveCoverage(i, t);
      double alo = effectiveCoverage(i, l[j]);
      double ahi = effectiveCoverage(i, l[j + 1]);
      u[i] =
          ahi > alo
              ? Math.max(0, Math.min(1, (a - alo) / (ahi - alo)))
              : (t - l[j]) / (l[j + 1] - l[j]);
      base += j * stride[i];
    }
    double x = 0;
    double y = 0;
    double z = 0;
    for (int c = 0; c < 1 << k; c++) {
      double w = 1;
      int node = base;
      for (int i = 0; i < k && w > 0; i++) {
        if ((c >> (k - 1 - i) & 1) != 0) {
          w *= u[i];
          node += stride[i];
        } else {
          w *= 1 - u[i];
        }
      }
      if (w > 0) {
        double[] q = corners[node];
        x += w * q[0];
        y += w * q[1];
        z += w * q[2];
      }
    }
    return new Xyz(Math.pow(x, n), Math.pow(y, n), Math.pow(z, n));
  }
}
