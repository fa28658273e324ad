package dev.fusejet.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.PageInfo;
import dev.fusejet.raster.PageLayout;
import dev.fusejet.time.ManualTicker;
import dev.fusejet.time.Scheduler;
import dev.fusejet.time.Ticker;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shutdown while a sheet is on a paced paper path: the sheet is finished and recorded without
 * waiting out the paper path's time, so the printer application's shutdown is bounded; a cancel
 * alone (an interrupt without the shutdown) still lets the sheet take its time.
 */
class DeviceShutdownTest {
  static final Catalog CATALOG = Catalog.builtIn();
  static final Apparatus APPARATUS = CATALOG.apparatus("roller-nip");
  static final double DPI = 360;
  static final SetPoint POINT = new SetPoint(200, 0.3, 0.006 / 0.3, FusingMode.STANDARD);

  @TempDir Path dir;

  /**
   * A real-time scheduler whose paper path never gets there on its own (a wait lasts until the
   * thread is interrupted): what a paced device looks like to a thread that must not hang on it.
   * Counts the waits the printing thread was asked for.
   */
  static final class EndlessPacing implements Scheduler {
    final ManualTicker ticker = new ManualTicker();
    final CountDownLatch waiting = new CountDownLatch(1);
    final CountDownLatch waitingAgain = new CountDownLatch(2);

    @Override
    public Ticker ticker() {
      return ticker;
    }

    @Override
    public void pass(double seconds) throws InterruptedException {
      if (Thread.currentThread().getName().equals("printer")) {
        // the paper path's waits; the fuser's control loop waits here too, uncounted
        waiting.countDown();
        waitingAgain.countDown();
      }
      new CountDownLatch(1).await();
    }

    @Override
    public boolean realTime() {
      return true;
    }
  }

  private SimulatedDevice device(Scheduler s) {
    return SimulatedDevice.builder(CATALOG.inkSet(Catalog.DEFAULT_INK_SET), APPARATUS)
        .source("main", CATALOG.medium(Catalog.DEFAULT_MEDIUM), MediaSize.of("1x1in"), 10, 10)
        .scheduler(s)
        .fuser(HeldSetPointFuser::new)
        .build();
  }

  /** Starts a one-inch sheet and sends all its bands; the page is then due to be finished. */
  private static void sendSheet(SimulatedDevice d, Path folder) throws InterruptedException {
    List<String> inks = d.capabilities().head().inks();
    int n = (int) DPI;
    PageInfo info =
        new PageInfo(
            "doc", 1, 1, 1, n, n, DPI, DPI, inks, new PageLayout(n, n, 0, 0, n, n, 0, 0, n, n, 0));
    d.startJob(new JobStart(1, "test", folder, false, false));
    d.startPage(new PageStart(info, "main", POINT, 1, true));
    byte[][] planes = new byte[inks.size()][n * info.stride()];
    d.band(new Band(info, 0, n, planes));
  }

  /** Starts the printing thread ("printer", a daemon) finishing the open page into {@code out}. */
  private static Thread finishOnPrinter(SimulatedDevice d, CompletableFuture<SheetRecord> out) {
    Thread printer =
        new Thread(
            () -> {
              try {
                out.complete(d.endPage());
              } catch (InterruptedException | RuntimeException e) {
                out.completeExceptionally(e);
              }
            },
            "printer");
    printer.setDaemon(true);
    printer.start();
    return printer;
  }

  @Test
  void aShutdownFinishesTheSheetOnAPacedPaperPathAtOnce() throws Exception {
    EndlessPacing pacing = new EndlessPacing();
    try (SimulatedDevice d = device(pacing)) {
      sendSheet(d, dir.resolve("job-1"));
      CompletableFuture<SheetRecord> printed = new CompletableFuture<>();
      Thread printer = finishOnPrinter(d, printed);
      assertThat(pacing.waiting.await(30, TimeUnit.SECONDS)).isTrue();
      // what the job service does on close: tell the device, then interrupt the printing thread
      d.shutdownRequested();
      printer.interrupt();
      SheetRecord r = printed.get(30, TimeUnit.SECONDS);
      assertThat(r.sheet()).isEqualTo(1);
      assertThat(r.canceled()).isFalse();
      assertThat(SheetRecords.read(dir.resolve("job-1"))).hasSize(1);
      assertThat(d.status().supplies()).isNotEmpty();
    }
  }

  @Test
  void aCancelAloneLetsTheSheetOnThePaperPathTakeItsTime() throws Exception {
    EndlessPacing pacing = new EndlessPacing();
    SimulatedDevice d = device(pacing);
    sendSheet(d, dir.resolve("job-1"));
    CompletableFuture<SheetRecord> printed = new CompletableFuture<>();
    Thread printer = finishOnPrinter(d, printed);
    assertThat(pacing.waiting.await(30, TimeUnit.SECONDS)).isTrue();
    printer.interrupt();
    // the sheet's paper path has not got there: the device waits for its time again
    assertThat(pacing.waitingAgain.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(printed).isNotDone();
    d.shutdownRequested();
    printer.interrupt();
    assertThat(printed.get(30, TimeUnit.SECONDS).sheet()).isEqualTo(1);
    d.close();
  }
}
