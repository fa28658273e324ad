package dev.fusejet.twin;

/**
 * Blister risk from trapped ink water (physics reference 5.5, after Murray, Alcan Packaging, on
 * heat-sealing moist paper/PE laminates, and International Paper on heatset blistering): steam
 * forms under the resin-layer side when (i) liquid water near the resin layer exceeds a threshold,
 * (ii) that water is above 100 °C and (iii) the resin layer is near or above T_M, so it has lost
 * its strength. {@link #flag} is that rule; {@link #score} a graded 0-1 version for heat maps, each
 * factor ramping over 10 K around its threshold [E].
 */
final class BlisterRule {
  private final double waterThreshold;
  private final double meltingTemperature;
  private final double margin;

  /**
   * @param waterThreshold liquid water near the resin layer that counts (m³/m²)
   * @param meltingTemperature T_M of the image-side resin layer (°C)
   * @param margin the resin counts as near melting above T_M minus this (K)
   */
  BlisterRule(double waterThreshold, double meltingTemperature, double margin) {
    this.waterThreshold = waterThreshold;
    this.meltingTemperature = meltingTemperature;
    this.margin = margin;
  }

  /** The rule: water (m³/m²), its temperature (°C), resin-layer top temperature (°C). */
  boolean flag(double water, double waterTemperature, double resinTemperature) {
    return water > waterThreshold
        && waterTemperature > 100
        && resinTemperature > meltingTemperature - margin;
  }

  /** Graded risk (1) in 0..1 for the same inputs. */
  double score(double water, double waterTemperature, double resinTemperature) {
    double w = Math.min(1, water / waterThreshold);
    double t = clamp((waterTemperature - 95) / 10);
    double r = clamp((resinTemperature - (meltingTemperature - margin - 5)) / 10);
    return w * t * r;
  }

  private static double clamp(double x) {
    return Math.max(0, Math.min(1, x));
  }
}
