package dev.fusejet.twin;

import dev.fusejet.fuser.FusingMode;
import dev.fusejet.fuser.OperatingPoint;

/**
 * The twin's own boundaries in the (set temperature, speed) plane, traced at fixed speed by
 * bisection on the set temperature: where the surface becomes fused, where it reaches high gloss,
 * where the image-side resin layer starts to melt. Each boundary is the twin's counterpart of one
 * claimed hyperbola ({@link Boundary#claimedProduct()}). Uses {@link Twin#pass(OperatingPoint,
 * InkLoad)}, so it is as thread-safe as the twin.
 */
public final class TwinContours {

  /** A boundary of the twin and the claimed product it stands against. */
  public enum Boundary {
    /** Sintering degree reaches the fused degree; against (T - Tg) t = 2. */
    FUSED,
    /** Sintering degree reaches the high-gloss degree; against (T - Tg) t = 6. */
    HIGH_GLOSS,
    /** Melted fraction of the resin layer exceeds 1 %; against (T - T_M) t = 3. */
    MELT;

    /** The claimed product this boundary is compared with (°C·s). */
    public double claimedProduct() {
      return switch (this) {
        case FUSED -> FusingMode.STANDARD.heatThreshold();
        case HIGH_GLOSS -> FusingMode.HIGH_GLOSS.heatThreshold();
        case MELT -> FusingMode.STANDARD.meltLimit();
      };
    }

    /** Whether the claim is written in (T - Tg) t (else (T - T_M) t). */
    public boolean againstGlassTransition() {
      return this != MELT;
    }

    boolean reached(SheetReport r) {
      return switch (this) {
        case FUSED -> r.fused();
        case HIGH_GLOSS -> r.highGloss();
        case MELT -> r.melted();
      };
    }
  }

  /**
   * Margin inside the apparatus' temperature range within which the claimed hyperbola is sampled
   * (K): at the range's very edge the twin's boundary may lie just outside it, which says nothing.
   */
  static final double EDGE_MARGIN = 5;

  /**
   * How far beyond the apparatus' temperature range the twin's boundary is looked for when
   * measuring offsets (K): the twin's physics holds there even if the heater cannot reach it.
   */
  static final double SEARCH_BEYOND = 50;

  /** Bisection steps on the set temperature (1): 200 K range / 2^13 = 0.02 K. */
  static final int BISECTIONS = 13;

  private final Twin twin;
  private final double liquid;
  private final double waterFraction;

  /**
   * @param twin the twin
   * @param liquid ink liquid per area at the traced points (m³/m²)
   * @param waterFraction water share of that liquid (1)
   */
  public TwinContours(Twin twin, double liquid, double waterFraction) {
    this.twin = twin;
    this.liquid = liquid;
    this.waterFraction = waterFraction;
  }

  /**
   * Set temperature (°C) at which {@code boundary} is crossed at {@code speed} (m/s) between {@code
   * low} and {@code high} (°C); NaN when it is not crossed in that range (−∞ when already reached
   * at {@code low}, +∞ when not reached at {@code high}).
   */
  public double crossing(Boundary boundary, double speed, double low, double high) {
    if (boundary.reached(pass(low, speed))) {
      return Double.NEGATIVE_INFINITY;
    }
    if (!boundary.reached(pass(high, speed))) {
      return Double.POSITIVE_INFINITY;
    }
    double lo = low;
    double hi = high;
    for (int i = 0; i < BISECTIONS; i++) {
      double mid = 0.5 * (lo + hi);
      if (boundary.reached(pass(mid, speed))) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /**
   * The claimed product (°C·s) at the twin's boundary for {@code speed}: (T − Tg)·t or (T − T_M)·t
   * at the crossing temperature T, or NaN when the boundary is not crossed in range.
   */
  public double productAt(Boundary boundary, double speed, double low, double high) {
    double t = crossing(boundary, speed, low, high);
    if (!Double.isFinite(t)) {
      return Double.NaN;
    }
    double ref =
        boundary.againstGlassTransition()
            ? twin.medium().glassTransition()
            : twin.medium().meltingTemperature();
    return (t - ref) * twin.nip().dwell(speed);
  }

  /**
   * How far the twin's boundary lies from its claimed hyperbola, measured along the boundary in the
   * claimed product: offset = (product at the twin's boundary) / (claimed product) − 1, sampled at
   * dwells where the claimed hyperbola lies inside the apparatus' temperature range.
   *
   * @param boundary the boundary
   * @param minOffset smallest offset (1; −0.2 is 20 % below the claim)
   * @param maxOffset largest offset (1)
   * @param samples number of dwells sampled (1); 0 when the hyperbola misses the apparatus range
   * @param outside samples at which the twin's boundary lies more than {@value
   *     TwinContours#SEARCH_BEYOND} K outside the temperature range; their offset is the bound that
   *     gives (the true offset is at least that far out)
   * @param dwellLow shortest dwell sampled (s)
   * @param dwellHigh longest dwell sampled (s)
   * @param offsets the offset at each sampled dwell, short to long (1)
   */
  @SuppressWarnings("ArrayRecordComponent") // a small result, read by tests and the map command
  public record Offsets(
      Boundary boundary,
      double minOffset,
      double maxOffset,
      int samples,
      int outside,
      double dwellLow,
      double dwellHigh,
      double[] offsets) {

    /** Largest |offset| (1). */
    public double worst() {
      return Math.max(Math.abs(minOffset), Math.abs(maxOffset));
    }

    /** Whether every sample lies within {@code tolerance} (1, 0.2 for ±20 %) of the claim. */
    public boolean within(double tolerance) {
      return samples > 0 && outside == 0 && worst() <= tolerance;
    }
  }

  /**
   * The offsets of {@code boundary} from its claim at {@code samples} dwells spaced evenly in log
   * dwell over the part of the claimed hyperbola inside the apparatus' speed limits and at least
   * {@value #EDGE_MARGIN} K inside its temperature limits.
   */
  public Offsets offsets(Boundary boundary, int samples) {
    var lim = twin.apparatus().limits();
    double ref =
        boundary.againstGlassTransition()
            ? twin.medium().glassTransition()
            : twin.medium().meltingTemperature();
    double p = boundary.claimedProduct();
    double width = twin.nip().width();
    double top = lim.maxTemperature() - EDGE_MARGIN;
    double bottom = lim.minTemperature() + EDGE_MARGIN;
    double tLo = Math.max(width / lim.maxSpeed(), p / (top - ref));
    double tHi =
        bottom > ref
            ? Math.min(width / lim.minSpeed(), p / (bottom - ref))
            : width / lim.minSpeed();
    if (!(top > ref) || !(tHi > tLo)) {
      return new Offsets(boundary, Double.NaN, Double.NaN, 0, 0, tLo, tHi, new double[0]);
    }
    double[] off = new double[samples];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int outside = 0;
    for (int i = 0; i < samples; i++) {
      double dwell = samples == 1 ? tLo : tLo * Math.pow(tHi / tLo, i / (samples - 1.0));
      double speed = width / dwell;
      double lo = lim.minTemperature() - SEARCH_BEYOND;
      double hi = lim.maxTemperature() + SEARCH_BEYOND;
      double t = crossing(boundary, speed, lo, hi);
      if (t == Double.NEGATIVE_INFINITY) {
        t = lo;
        outside++;
      } else if (t == Double.POSITIVE_INFINITY) {
        t = hi;
        outside++;
      }
      off[i] = (t - ref) * dwell / p - 1;
      min = Math.min(min, off[i]);
      max = Math.max(max, off[i]);
    }
    return new Offsets(boundary, min, max, samples, outside, tLo, tHi, off);
  }

  private SheetReport pass(double temperature, double speed) {
    return twin.pass(new OperatingPoint(temperature, speed), new InkLoad(liquid, waterFraction));
  }
}
