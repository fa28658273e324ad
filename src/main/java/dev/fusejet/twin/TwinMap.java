package dev.fusejet.twin;

import dev.fusejet.fuser.OperatingPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A sweep of roller temperature × speed at one liquid load: gloss, melt fraction and blister risk
 * on a grid, computed in parallel (one task per temperature row; passes are independent).
 *
 * @param temperatures roller temperatures of the rows (°C)
 * @param speeds speeds of the columns (m/s)
 * @param gloss20 20° gloss [row][col] (GU)
 * @param gloss60 60° gloss [row][col] (GU)
 * @param meltFraction largest melted fraction of the resin layer [row][col] (1)
 * @param blisterScore graded blister risk [row][col] (1)
 * @param dwell dwell of each column (s)
 */
@SuppressWarnings("ArrayRecordComponent") // result grids, handed over once
public record TwinMap(
    double[] temperatures,
    double[] speeds,
    double[][] gloss20,
    double[][] gloss60,
    double[][] meltFraction,
    double[][] blisterScore,
    double[] dwell) {

  /** Evenly spaced values from lo to hi inclusive, n of them (n at least 2). */
  public static double[] linspace(double lo, double hi, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = lo + (hi - lo) * i / (n - 1);
    }
    return v;
  }

  /**
   * Sweeps {@code twin} (create it without history recording for speed) over the grid.
   *
   * @param liquid liquid per area (m³/m²)
   * @param waterFraction water volume fraction of the liquid (1)
   * @param threads worker threads (1 or more)
   * @param rowDone called with the row index as each row finishes (from worker threads)
   */
  public static TwinMap sweep(
      Twin twin,
      double[] temperatures,
      double[] speeds,
      double liquid,
      double waterFraction,
      int threads,
      IntConsumer rowDone) {
    int rows = temperatures.length;
    int cols = speeds.length;
    double[][] g20 = new double[rows][cols];
    double[][] g60 = new double[rows][cols];
    double[][] melt = new double[rows][cols];
    double[][] blister = new double[rows][cols];
    double[] dwell = new double[cols];
    for (int c = 0; c < cols; c++) {
      dwell[c] = twin.nip().dwell(speeds[c]);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        int row = r;
        futures.add(
            pool.submit(
                () -> {
                  for (int c = 0; c < cols; c++) {
                    SheetReport rep =
                        twin.pass(
                            new OperatingPoint(temperatures[row], speeds[c]),
                            new InkLoad(liquid, waterFraction));
                    g20[row][c] = rep.gloss20();
                    g60[row][c] = rep.gloss60();
                    melt[row][c] = rep.meltFraction();
                    blister[row][c] = rep.blisterScore();
                  }
                  rowDone.accept(row);
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("map sweep interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("map sweep failed: " + e.getCause().getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    return new TwinMap(temperatures, speeds, g20, g60, melt, blister, dwell);
  }
}
