package dev.fusejet.control;

/**
 * The fusing record of one sheet, as the printing path stores it.
 *
 * @param index sheet number in the fuser's life, from 1
 * @param entryTime simulated time the leading edge entered (s)
 * @param speed process speed (m/s)
 * @param dwell dwell of a point in the nip (s)
 * @param entryTemperature surface temperature at entry (°C)
 * @param minTemperature lowest surface temperature a point of the sheet met in the nip (°C)
 * @param maxTemperature highest (°C)
 * @param sinteringProduct (T_min − Tg) t, the claimed heat product at its worst (°C·s)
 * @param meltingProduct (T_max − T_M) t, the claimed melt product at its worst (°C·s)
 * @param heatMargin sinteringProduct minus the mode's threshold (°C·s)
 * @param meltMargin the melt limit minus meltingProduct (°C·s)
 * @param compliant whether both claims held and no fault was latched from entry to exit
 * @param action what the controller did: {@code fed}, {@code delayed}, {@code slowed}
 * @param delay time the feed was held (s)
 * @param reason the controller's reason for a delay or slow-down, or the fault, else empty
 * @param energy heat the sheet took from the roller (J)
 * @param gloss60 the twin's 60° gloss at the sheet's trailing edge (GU)
 */
public record SheetRecord(
    int index,
    double entryTime,
    double speed,
    double dwell,
    double entryTemperature,
    double minTemperature,
    double maxTemperature,
    double sinteringProduct,
    double meltingProduct,
    double heatMargin,
    double meltMargin,
    boolean compliant,
    String action,
    double delay,
    String reason,
    double energy,
    double gloss60) {

  /** Droop: entry minus lowest surface temperature (K). */
  public double droop() {
    return entryTemperature - minTemperature;
  }
}
