package dev.fusejet.job;

import dev.fusejet.device.SheetRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals over a job's sheets.
 *
 * @param sheets sheets delivered (1)
 * @param compliant sheets whose fusing met the mode's claimed conditions (1)
 * @param inkUsed ink fired per ink (m³)
 * @param minHeatMargin smallest heat margin over the sheets (°C·s), NaN with no sheet
 * @param minMeltMargin smallest melt margin over the sheets (°C·s), NaN with no sheet
 * @param meanGloss60 mean 60° gloss (GU), NaN with no sheet
 * @param machineTime device time from the first feed to the last delivery (s)
 */
public record JobSummary(
    int sheets,
    int compliant,
    Map<String, Double> inkUsed,
    double minHeatMargin,
    double minMeltMargin,
    double meanGloss60,
    double machineTime) {

  /** Copies the ink map, keeping its order. */
  public JobSummary {
    inkUsed = Collections.unmodifiableMap(new LinkedHashMap<>(inkUsed));
  }

  /** The summary of {@code records}. */
  public static JobSummary of(List<SheetRecord> records) {
    Map<String, Double> ink = new LinkedHashMap<>();
    double heat = Double.NaN;
    double melt = Double.NaN;
    double gloss = 0;
    int ok = 0;
    for (SheetRecord r : records) {
      r.inkUsed().forEach((k, v) -> ink.merge(k, v, Double::sum));
      heat = Double.isNaN(heat) ? r.heatMargin() : Math.min(heat, r.heatMargin());
      melt = Double.isNaN(melt) ? r.meltMargin() : Math.min(melt, r.meltMargin());
      gloss += r.gloss60();
      ok += r.compliant() ? 1 : 0;
    }
    int n = records.size();
    double time = n == 0 ? 0 : records.get(n - 1).deliveredAt() - records.get(0).fedAt();
    return new JobSummary(n, ok, ink, heat, melt, n == 0 ? Double.NaN : gloss / n, time);
  }
}
