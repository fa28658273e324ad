package dev.fusejet.device;

import dev.fusejet.media.Medium;
import java.util.Set;

/**
 * The fuser as the simulated paper path sees it: the seam where heater control plugs in. The device
 * calls {@link #idle} for the time between sheets and {@link #pass} once per sheet, from its
 * printing thread, in time order. {@link HeldSetPointFuser} holds the roller surface at the set
 * point between sheets; a controlled fuser (heater, controller, safety guards) implements the same
 * two calls.
 */
public interface FuserStage {

  /**
   * {@code seconds} pass with no sheet in the nip while the fuser works toward {@code setPoint} (s,
   * at least 0).
   */
  void idle(double seconds, SetPoint setPoint);

  /**
   * One sheet passes the nip at {@code setPoint}.
   *
   * @param medium the sheet's medium
   * @param setPoint where the fuser runs
   * @param load the sheet's ink load: heaviest region and mean
   * @return what the twin computed for it
   */
  FusedSheet pass(Medium medium, SetPoint setPoint, SheetLoad load);

  /** Surface temperature of the image-side member now (°C). */
  double surfaceTemperature();

  /** printer-state-reasons the fuser raises now (e.g. {@code fuser-over-temp-error}), or none. */
  default Set<String> reasons() {
    return Set.of();
  }
}
