package dev.fusejet.plot;

import java.awt.Color;

/**
 * The viridis colour map (van der Walt and Smith, matplotlib 2015), sampled at nine points and
 * interpolated linearly: perceptually uniform and readable in grey and by colour-blind readers.
 */
final class Viridis {
  private static final int[][] STOPS = {
    {68, 1, 84},
    {71, 44, 122},
    {59, 81, 139},
    {44, 113, 142},
    {33, 144, 141},
    {39, 173, 129},
    {92, 200, 99},
    {170, 220, 50},
    {253, 231, 37}
  };

  private Viridis() {}

  /** The colour at f in [0, 1] (clamped). */
  static Color at(double f) {
    double x = Math.max(0, Math.min(1, Double.isNaN(f) ? 0 : f)) * (STOPS.length - 1);
    int i = Math.min(STOPS.length - 2, (int) Math.floor(x));
    double u = x - i;
    int[] a = STOPS[i];
    int[] b = STOPS[i + 1];
    return new Color(
        (int) Math.round(a[0] + u * (b[0] - a[0])),
        (int) Math.round(a[1] + u * (b[1] - a[1])),
        (int) Math.round(a[2] + u * (b[2] - a[2])));
  }
}
