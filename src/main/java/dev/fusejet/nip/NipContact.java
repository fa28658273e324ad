package dev.fusejet.nip;

/**
 * The nip as the sheet sees it.
 *
 * @param width nip width 2a along the paper path (m)
 * @param meanPressure mean contact pressure, line load / width (Pa)
 * @param peakPressure peak contact pressure (Pa)
 * @param model the model that gave width and profile
 * @param lineLoad line load used (N/m)
 */
public record NipContact(
    double width, double meanPressure, double peakPressure, NipModel model, double lineLoad) {

  /**
   * Contact pressure (Pa) at position {@code x} (m) from the nip centre along the paper path; 0
   * outside the nip.
   */
  public double pressureAt(double x) {
    return peakPressure * model.shape().at(x / (width / 2));
  }

  /** Dwell time (s) of a point of the sheet moving at {@code speed} (m/s): width / speed. */
  public double dwell(double speed) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed " + speed + " m/s must be positive");
    }
    return width / speed;
  }
}
