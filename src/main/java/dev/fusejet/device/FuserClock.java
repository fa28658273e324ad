package dev.fusejet.device;

import dev.fusejet.time.Scheduler;
import java.util.function.DoubleSupplier;

/**
 * Keeps the fuser stage's time equal to the device's clock: every {@link #sync} gives the fuser the
 * device time passed since the last one, so the fuser runs on the device's scheduler and on nothing
 * else. On a simulated scheduler that time passes only when the paper path (or a test) moves the
 * simulated clock; on a real-time one a control-loop thread also ticks the fuser every {@code tick}
 * of wall time, so its guards act and its status changes while no job runs. After {@value
 * #SLEEP_AFTER} s without a sheet the fuser's set point is switched off (energy saving); the next
 * job warms it up again.
 */
final class FuserClock {

  /**
   * Idle time after which the heater is switched off (s): 15 min [E: ENERGY STAR imaging equipment
   * default delays to sleep are 1 to 60 min; 15 min is common on photo printers].
   */
  static final double SLEEP_AFTER = 900;

  private final FuserStage fuser;
  private final Scheduler scheduler;
  private final DoubleSupplier now;
  private final double tick;
  private final Runnable changed;
  private double at;
  private double lastUse;
  private SetPoint held;
  private Thread loop;

  /**
   * @param fuser the stage to drive
   * @param scheduler the device's scheduler
   * @param now the device's time (s)
   * @param tick control-loop step on a real-time scheduler (s)
   * @param changed called after each step of the control loop (the device's status check)
   */
  FuserClock(
      FuserStage fuser, Scheduler scheduler, DoubleSupplier now, double tick, Runnable changed) {
    this.fuser = fuser;
    this.scheduler = scheduler;
    this.now = now;
    this.tick = tick;
    this.changed = changed;
    this.at = now.getAsDouble();
    this.lastUse = at;
  }

  /**
   * Advances the fuser to the device's time now, working toward {@code sp} (a sheet needs it now)
   * or, when null, toward the set point it last had.
   */
  synchronized void sync(SetPoint sp) {
    double t = now.getAsDouble();
    if (sp != null) {
      held = sp;
      lastUse = t;
    } else if (held != null && t - lastUse > SLEEP_AFTER) {
      // the time up to the sleep at the held set point, then with the heater off
      double sleep = lastUse + SLEEP_AFTER;
      if (sleep > at) {
        fuser.idle(sleep - at, held);
        at = sleep;
      }
      held = null;
      fuser.sleep();
    }
    if (t > at) {
      fuser.idle(t - at, held);
      at = t;
    }
  }

  /** Device time the fuser has been advanced to (s). */
  synchronized double time() {
    return at;
  }

  /** Starts the control loop when the scheduler is real time. */
  void start() {
    if (!scheduler.realTime()) {
      return;
    }
    loop =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  scheduler.pass(tick);
                } catch (InterruptedException e) {
                  return;
                }
                sync(null);
                changed.run();
              }
            },
            "fusejet-fuser-control");
    loop.setDaemon(true);
    loop.start();
  }

  /** Stops the control loop, if any, and waits for it. */
  void stop() {
    Thread t = loop;
    if (t == null) {
      return;
    }
    t.interrupt();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    loop = null;
  }

  /** Whether a control-loop thread runs (real-time scheduler only). */
  boolean looping() {
    return loop != null && loop.isAlive();
  }
}
