package dev.fusejet.colour;

import java.util.Arrays;

/**
 * One measured (or predicted) colour patch: its device values and its colour.
 *
 * <p>Device values are fractions (0..1) per channel in the profile's device space, e.g. C, M, Y, K;
 * colour is XYZ relative to a perfect diffuser under D50.
 */
public final class Patch {
  private final String id;
  private final double[] device;
  private final Xyz xyz;

  /**
   * A patch.
   *
   * @param id sample id, as in a CGATS file
   * @param device device values (1, 0..1 each), copied
   * @param xyz measured colour (1, D50)
   */
  public Patch(String id, double[] device, Xyz xyz) {
    this.id = id;
    this.device = device.clone();
    this.xyz = xyz;
  }

  /** Sample id. */
  public String id() {
    return id;
  }

  /** Device values (1, 0..1), a copy. */
  public double[] device() {
    return device.clone();
  }

  /** Device value of one channel (1, 0..1). */
  public double device(int channel) {
    return device[channel];
  }

  /** Number of device channels. */
  public int channels() {
    return device.length;
  }

  /** Measured colour (1, D50). */
  public Xyz xyz() {
    return xyz;
  }

  /** Measured colour as CIELAB (D50). */
  public Lab lab() {
    return xyz.toLab();
  }

  @Override
  public String toString() {
    return id + " " + Arrays.toString(device) + " " + xyz;
  }
}
