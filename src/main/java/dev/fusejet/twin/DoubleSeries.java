package dev.fusejet.twin;

import java.util.Arrays;

/** A growable array of doubles. */
final class DoubleSeries {
  private double[] data = new double[128];
  private int size;

  void add(double v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, size * 2);
    }
    data[size++] = v;
  }

  double[] toArray() {
    return Arrays.copyOf(data, size);
  }
}
