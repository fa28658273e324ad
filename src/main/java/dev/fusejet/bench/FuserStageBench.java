package dev.fusejet.bench;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.control.SheetDecision;
import dev.fusejet.device.ControlledFuser;
import dev.fusejet.device.FuserStage;
import dev.fusejet.device.HeldSetPointFuser;
import dev.fusejet.device.SetPoint;
import dev.fusejet.device.SheetLoad;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.media.Medium;
import dev.fusejet.units.Units;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time the device's fuser stage costs per sheet, the held set point against the heater under
 * control, called the way {@link SimulatedDevice} calls it: the sheet's paper-path time in idle
 * ticks of {@link SimulatedDevice#TICK}, the decision (delays waited out), the pass. Warm-up is
 * done before the timing, then {@code SHEETS} sheets are timed on the thread's CPU clock.
 *
 * <pre>
 * java -cp target/fusejet.jar dev.fusejet.bench.FuserStageBench SHEETS WIDTH_IN LENGTH_IN PATH_S
 * </pre>
 *
 * PATH_S is the paper-path time per sheet besides the nip (head, head to nip, gap; s). Results:
 * docs/benchmarks.md.
 */
public final class FuserStageBench {
  private FuserStageBench() {}

  /** Runs both stages and prints CPU ms per sheet. */
  public static void main(String[] args) {
    int sheets = Integer.parseInt(args[0]);
    double width = Double.parseDouble(args[1]) * Units.INCH;
    double length = Double.parseDouble(args[2]) * Units.INCH;
    double path = Double.parseDouble(args[3]);
    Catalog c = Catalog.builtIn();
    Apparatus a = c.apparatus(Catalog.DEFAULT_APPARATUS);
    Medium m = c.medium(Catalog.DEFAULT_MEDIUM);
    SetPoint sp = new SetPoint(200, 0.3, 0.006 / 0.3, FusingMode.STANDARD);
    SheetLoad load = new SheetLoad(length, width, 8e-6, 16e-6, 0.75);
    for (int round = 0; round < 2; round++) {
      double held = run(new HeldSetPointFuser(a), m, sp, load, sheets, path);
      double controlled = run(new ControlledFuser(a), m, sp, load, sheets, path);
      System.out.printf(
          Locale.ROOT,
          "%s: held %.3f ms/sheet, controlled %.3f ms/sheet, added %.3f ms/sheet%n",
          round == 0 ? "first (JIT warming)" : "second",
          held,
          controlled,
          controlled - held);
    }
  }

  private static double run(
      FuserStage f, Medium m, SetPoint sp, SheetLoad load, int sheets, double path) {
    for (int i = 0; i < 1200 && !f.ready(sp); i++) {
      f.idle(SimulatedDevice.TICK, sp);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    for (int i = 0; i < sheets; i++) {
      idle(f, path, sp);
      SheetDecision d = f.beforeSheet(m, sp, load);
      while (d.action() == SheetDecision.Action.DELAY) {
        idle(f, d.waitTime(), sp);
        d = f.beforeSheet(m, sp, load);
      }
      var fused = f.pass(m, sp, load, d);
      idle(f, load.length() / fused.speed(), sp);
    }
    return (cpu.getCurrentThreadCpuTime() - t0) / 1e6 / sheets;
  }

  private static void idle(FuserStage f, double seconds, SetPoint sp) {
    for (double left = seconds; left > 0; left -= SimulatedDevice.TICK) {
      f.idle(Math.min(SimulatedDevice.TICK, left), sp);
    }
  }
}
