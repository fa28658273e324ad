package dev.fusejet.device;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.control.SheetDecision;
import dev.fusejet.fuser.OperatingPoint;
import dev.fusejet.media.Medium;
import dev.fusejet.twin.History;
import dev.fusejet.twin.InkLoad;
import dev.fusejet.twin.SheetReport;
import dev.fusejet.twin.Twin;
import dev.fusejet.twin.TwinSettings;
import java.util.HashMap;
import java.util.Map;

/**
 * The fuser of an apparatus without a heater-control section: the roller's skin is carried from
 * sheet to sheet through the thermal twin, and between sheets an ideal heater brings its surface
 * back to the set point (the skin below keeps what the previous sheets took from it). A new set
 * point starts from the twin's steady idle profile at that temperature. Always ready, never delays;
 * every sheet's action is {@code held}. Thread-safe (its calls are serialised).
 */
public final class HeldSetPointFuser implements FuserStage {
  private final Apparatus apparatus;
  private final TwinSettings settings;
  private final Map<String, Twin> twins = new HashMap<>();
  private double[] roller;
  private SetPoint held;
  private double surface;

  /** A held fuser on {@code apparatus} with the twin's default settings. */
  public HeldSetPointFuser(Apparatus apparatus) {
    this(apparatus, TwinSettings.defaults());
  }

  /** A held fuser on {@code apparatus} with the twin run at {@code settings}. */
  public HeldSetPointFuser(Apparatus apparatus, TwinSettings settings) {
    this.apparatus = apparatus;
    this.settings = settings.withRecordHistory(true);
    this.surface = settings.ambient();
  }

  @Override
  public synchronized void idle(double seconds, SetPoint setPoint) {
    if (setPoint != null) {
      hold(setPoint);
    }
  }

  private void hold(SetPoint setPoint) {
    if (held == null || held.temperature() != setPoint.temperature()) {
      roller = null; // a new set point: the twin's steady idle profile
    } else if (roller != null) {
      roller[roller.length - 1] = setPoint.temperature();
    }
    held = setPoint;
    surface = setPoint.temperature();
  }

  @Override
  public synchronized FusedSheet pass(
      Medium medium, SetPoint setPoint, SheetLoad load, SheetDecision decision) {
    hold(setPoint);
    Twin twin = twins.computeIfAbsent(medium.name(), n -> Twin.of(medium, apparatus, settings));
    double t = setPoint.temperature();
    double v = setPoint.speed();
    SheetReport mean =
        twin.pass(new OperatingPoint(t, v), new InkLoad(load.mean(), load.waterFraction()), roller);
    SheetReport heaviest =
        twin.pass(new OperatingPoint(t, v), new InkLoad(load.max(), load.waterFraction()), roller);
    double entry = roller == null ? t : roller[roller.length - 1];
    double minimum =
        Math.min(nipMinimum(mean.history(), entry), nipMinimum(heaviest.history(), entry));
    roller = mean.rollerAfter().clone();
    surface = roller[roller.length - 1];
    double dwell = mean.dwell();
    boolean held =
        (minimum - medium.glassTransition()) * dwell > setPoint.mode().heatThreshold()
            && (entry - medium.meltingTemperature()) * dwell < setPoint.mode().meltLimit();
    return new FusedSheet(heaviest, mean, entry, minimum, v, "held", 0, "", held);
  }

  /** Lowest roller-surface temperature while the point was in the nip (°C). */
  private static double nipMinimum(History h, double entry) {
    double min = entry;
    if (h == null) {
      return min;
    }
    double[] time = h.time();
    double[] s = h.rollerSurface();
    for (int i = 0; i < time.length; i++) {
      if (time[i] >= h.nipStart() && time[i] <= h.nipEnd()) {
        min = Math.min(min, s[i]);
      }
    }
    return min;
  }

  @Override
  public synchronized double surfaceTemperature() {
    return surface;
  }
}
