package dev.fusejet.control;

/**
 * What the fuser says before a sheet enters the nip.
 *
 * @param action what to do
 * @param speed speed to feed at (m/s); the requested one unless slowed
 * @param waitTime time to wait before asking again (s), for {@link Action#DELAY}
 * @param reason why, in a sentence with numbers
 * @param predictedEntry predicted surface temperature at entry (°C)
 * @param predictedMin predicted lowest surface temperature while the sheet is in the nip (°C)
 * @param predictedMax predicted highest (°C)
 * @param heatMargin predicted worst margin of (T − Tg) t over its threshold (°C·s)
 * @param meltMargin predicted worst margin of the limit over (T − T_M) t (°C·s)
 */
public record SheetDecision(
    Action action,
    double speed,
    double waitTime,
    String reason,
    double predictedEntry,
    double predictedMin,
    double predictedMax,
    double heatMargin,
    double meltMargin) {

  /** The controller's choices. */
  public enum Action {
    /** Feed at the requested speed. */
    FEED,
    /** Hold the feed for {@link #waitTime} and ask again. */
    DELAY,
    /** Feed at the lower {@link #speed}: a longer dwell. */
    SLOW_DOWN,
    /** Stop the job: {@link #reason} says why. */
    STOP
  }

  /** Whether the sheet may go in now. */
  public boolean feeds() {
    return action == Action.FEED || action == Action.SLOW_DOWN;
  }
}
