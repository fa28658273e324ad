package dev.fusejet.device;

import dev.fusejet.fuser.FusingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened to one delivered sheet: where it came from, what the head fired, and what the
 * thermal twin computed for it in the nip. The twin runs twice per sheet: at the sheet's heaviest
 * ink region (about 1 mm cells; for melt and blister) and at its mean ink load (for gloss).
 *
 * @param job the job's id
 * @param sheet 1-based sheet number in the job
 * @param document the document's name
 * @param page 1-based page number in the document
 * @param copy 1-based copy number
 * @param source the media source it was fed from
 * @param medium the medium's name
 * @param canceled true when it belongs to a job that was canceled (or aborted) while it printed
 * @param mode the fusing mode of the set point
 * @param setPointTemperature the set point's surface temperature (°C)
 * @param speed speed it went through the nip at (m/s): the set point's unless the fuser slowed it
 * @param inkUsed ink fired per ink, in head order (m³)
 * @param loadMean mean ink volume per area over the sheet (m³/m²)
 * @param loadMax ink volume per area of the heaviest cell (m³/m²)
 * @param surfaceEntry surface temperature of the image-side member as the sheet entered (°C)
 * @param surfaceMinimum lowest surface temperature of that member during the pass (°C)
 * @param dwell time in the nip at that speed (s)
 * @param claimedSintering (T - Tg) t with T the surface temperature the twin was run at (°C·s): the
 *     entry's for a held set point, the last roller revolution's under heater control
 * @param claimedMelting (T - T_M) t (°C·s)
 * @param heatMargin claimedSintering minus the mode's threshold G (°C·s); positive holds
 * @param meltMargin the mode's limit M minus claimedMelting (°C·s); positive holds
 * @param gloss60 specular gloss at 60° at the mean ink load (GU)
 * @param meltFraction largest melted fraction of the image-side resin layer at the heaviest region
 *     (1)
 * @param blisterRisk graded blister risk at the heaviest region, 0..1 (1)
 * @param blister whether the blister rule fired at the heaviest region
 * @param compliant both claimed expressions of the mode hold (also at the lowest and highest
 *     surface the sheet met), nothing melted beyond the twin's limit, no blister and no fuser fault
 * @param headTime time the head took to print it (s)
 * @param fedAt device time when it was fed (s since the device started)
 * @param deliveredAt device time when it was delivered (s since the device started)
 * @param fuserAction what the fuser's controller did: {@code fed}, {@code delayed} (held at the nip
 *     for the roller to recover), {@code slowed} (a longer dwell), {@code stopped} (the job stops
 *     after this sheet) or {@code held} (no heater control: the set point held)
 * @param feedDelay time the sheet was held at the nip (s)
 * @param fuserReason the controller's reason for a delay, slow-down or stop, or empty
 */
public record SheetRecord(
    int job,
    int sheet,
    String document,
    int page,
    int copy,
    String source,
    String medium,
    boolean canceled,
    FusingMode mode,
    double setPointTemperature,
    double speed,
    Map<String, Double> inkUsed,
    double loadMean,
    double loadMax,
    double surfaceEntry,
    double surfaceMinimum,
    double dwell,
    double claimedSintering,
    double claimedMelting,
    double heatMargin,
    double meltMargin,
    double gloss60,
    double meltFraction,
    double blisterRisk,
    boolean blister,
    boolean compliant,
    double headTime,
    double fedAt,
    double deliveredAt,
    String fuserAction,
    double feedDelay,
    String fuserReason) {

  /** Copies the ink map, keeping its order; records written before the fuser fields read empty. */
  public SheetRecord {
    inkUsed = Collections.unmodifiableMap(new LinkedHashMap<>(inkUsed));
    fuserAction = fuserAction == null ? "" : fuserAction;
    fuserReason = fuserReason == null ? "" : fuserReason;
  }

  /** Total ink fired on the sheet (m³). */
  public double totalInk() {
    return inkUsed.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
