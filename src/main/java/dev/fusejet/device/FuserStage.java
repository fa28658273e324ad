package dev.fusejet.device;

import dev.fusejet.control.SheetDecision;
import dev.fusejet.media.Medium;
import java.util.Optional;
import java.util.Set;

/**
 * The fuser as the simulated paper path sees it: the seam where heater control plugs in. The device
 * keeps the fuser's time equal to its own clock ({@link #idle} for every stretch of it, from any
 * thread, in time order) and per sheet asks {@link #ready} before the feed (warm-up), {@link
 * #beforeSheet} when the sheet reaches the nip (feed, delay, slow down, stop) and then {@link
 * #pass}. {@link ControlledFuser} is a heater under control with its safety guards, the default
 * wherever the apparatus file has a heater-control section; {@link HeldSetPointFuser} holds the
 * roller surface at the set point (an apparatus without one). Implementations are thread-safe.
 */
public interface FuserStage {

  /**
   * {@code seconds} pass (s, at least 0) while the fuser works toward {@code setPoint}, or toward
   * the last one it was given when it is null.
   */
  void idle(double seconds, SetPoint setPoint);

  /**
   * Whether sheets may be fed at {@code setPoint} now: the surface is within the ready band and
   * steady (warm-up done). Sets the target when it differs.
   */
  default boolean ready(SetPoint setPoint) {
    return true;
  }

  /**
   * What to do with the sheet now at the nip's entry: {@link SheetDecision.Action#FEED}, {@link
   * SheetDecision.Action#DELAY} (let the wait pass, then ask again), {@link
   * SheetDecision.Action#SLOW_DOWN} (feed at its lower speed) or {@link SheetDecision.Action#STOP}
   * with the reason.
   */
  default SheetDecision beforeSheet(Medium medium, SetPoint setPoint, SheetLoad sheet) {
    return new SheetDecision(
        SheetDecision.Action.FEED,
        setPoint.speed(),
        0,
        "",
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN);
  }

  /**
   * One sheet passes the nip as {@code decision} (the last answer of {@link #beforeSheet}) says: at
   * its speed, or at the set point's after a STOP (the sheet is on the path: it goes through and is
   * recorded not compliant).
   *
   * @param medium the sheet's medium
   * @param setPoint where the fuser runs
   * @param sheet the sheet's size and ink load
   * @param decision what the fuser decided for it
   * @return what the twin computed for it and what the controller did
   */
  FusedSheet pass(Medium medium, SetPoint setPoint, SheetLoad sheet, SheetDecision decision);

  /** Surface temperature of the image-side member now (°C). */
  double surfaceTemperature();

  /**
   * printer-state-reasons the fuser raises now ({@code fuser-under-temp-warning} while warming up,
   * {@code fuser-over-temp-error}, ...), or none.
   */
  default Set<String> reasons() {
    return Set.of();
  }

  /** printer-state-message for an {@code -error} reason of {@link #reasons}, or empty. */
  default String message() {
    return "";
  }

  /** The fuser as a supply (type {@code fuser}, its remaining life), if it reports one. */
  default Optional<Supply> supply() {
    return Optional.empty();
  }

  /**
   * Sheets the fuser unit has fused over its life (1), which the printer keeps across a restart; 0
   * for a stage without a life.
   */
  default long used() {
    return 0;
  }

  /** Takes the life used that was kept across a restart (sheets, 1). */
  default void restoreUsed(long sheets) {}

  /**
   * The operator replaced the fuser unit: its life starts again. Returns whether the stage has a
   * life to reset (false: there is no fuser supply).
   */
  default boolean replace() {
    return false;
  }

  /** Energy saving: the heater's set point is switched off until a sheet sets it again. */
  default void sleep() {}

  /**
   * The operator's explicit reset of a latched fault or stop; returns whether there was one. The
   * set point is then off until the next sheet sets it (warm-up again).
   */
  default boolean reset() {
    return false;
  }
}
