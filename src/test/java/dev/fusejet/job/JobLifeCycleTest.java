package dev.fusejet.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fusejet.config.Catalog;
import dev.fusejet.device.DeviceListener;
import dev.fusejet.device.Fault;
import dev.fusejet.device.SheetRecord;
import dev.fusejet.device.SheetRecords;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.device.Supply;
import dev.fusejet.fuser.FusingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job life cycle of RFC 8011 §5.3.7 on the simulated printer: cancel in every state, hold and
 * release, queue order, an infeasible medium, supplies running out and faults. Every wait is on the
 * service's own state ({@link JobService#await}), never a sleep.
 */
class JobLifeCycleTest {

  static final Duration WAIT = Duration.ofMinutes(2);

  @TempDir Path dir;

  private Path photo() throws Exception {
    return Printers.png(dir, "photo.png", 150, 200);
  }

  private static JobInfo until(JobService s, int id, JobState... states) throws Exception {
    List<JobState> want = List.of(states);
    // a job that ends otherwise fails at once, not after the wait
    JobInfo j = s.await(id, x -> want.contains(x.state()) || x.state().terminal(), WAIT);
    assertThat(j.state()).as("job %d: %s", id, j).isIn(want);
    return j;
  }

  /** Sheet numbers delivered, in order: each once, 1..n. */
  private static void deliveredOnce(JobInfo j, int n) throws Exception {
    List<Integer> numbers = SheetRecords.read(j.folder()).stream().map(SheetRecord::sheet).toList();
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      expected.add(i);
    }
    assertThat(numbers).isEqualTo(expected);
  }

  @Test
  void cancelPendingHeldAndIncomingJobsEndAtOnceWithoutASheet() throws Exception {
    Path doc = photo();
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      s.pause();
      JobInfo pending = Printers.submit(s, Printers.ticket("pending"), doc);
      JobInfo held =
          Printers.submit(s, Printers.ticket("held").withScheduling(HoldUntil.INDEFINITE, 50), doc);
      JobInfo incoming = s.createJob(Printers.ticket("incoming"));
      assertThat(s.job(pending.id()).orElseThrow().state()).isEqualTo(JobState.PENDING);
      assertThat(s.job(held.id()).orElseThrow().state()).isEqualTo(JobState.PENDING_HELD);
      assertThat(s.job(incoming.id()).orElseThrow().reasons()).contains("job-incoming");
      for (JobInfo j : List.of(pending, held, incoming)) {
        JobInfo c = s.cancel(j.id(), "canceled by tester");
        assertThat(c.state()).isEqualTo(JobState.CANCELED);
        assertThat(c.reasons()).containsExactly("job-canceled-by-user");
        assertThat(c.message()).isEqualTo("canceled by tester");
        assertThat(c.completed()).isNotNull();
      }
      assertThatThrownBy(() -> s.cancel(pending.id(), "again"))
          .isInstanceOf(JobException.class)
          .extracting(e -> ((JobException) e).kind())
          .isEqualTo(JobException.Kind.NOT_POSSIBLE);
      s.resume();
      JobInfo after = Printers.submit(s, Printers.ticket("after"), doc);
      until(s, after.id(), JobState.COMPLETED);
      assertThat(device.status().sheetsDelivered()).isEqualTo(1);
    }
  }

  @Test
  void cancelWhilePrintingStopsAtTheNextBandAndRecordsTheSheetInTheNip() throws Exception {
    Path doc = photo();
    HookedDevice device = new HookedDevice(Printers.device(50).build());
    try (device;
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      int[] id = {0};
      AtomicBoolean once = new AtomicBoolean();
      // cancel while sheet 2 is half printed
      device.beforeBand(
          b -> {
            if (b.page().sheet() == 2 && b.y0() >= b.page().height() / 2 && !once.getAndSet(true)) {
              s.cancel(id[0], "canceled by tester");
            }
          });
      JobInfo j = Printers.submit(s, Printers.ticket("cancel").withCopies(4, null), doc);
      id[0] = j.id();
      JobInfo done = until(s, j.id(), JobState.CANCELED);
      assertThat(done.reasons()).containsExactly("job-canceled-by-user");
      assertThat(done.sheets()).hasSize(2);
      assertThat(done.sheets().get(0).canceled()).isFalse();
      assertThat(done.sheets().get(1).canceled()).isTrue();
      // the canceled sheet carries less ink: only its upper half was printed
      assertThat(done.sheets().get(1).totalInk()).isLessThan(0.8 * done.sheets().get(0).totalInk());
      deliveredOnce(done, 2);
      assertThat(device.status().sheetsDelivered()).isEqualTo(2);
    }
  }

  @Test
  void cancelWhileStoppedEndsTheJobWithoutFeeding() throws Exception {
    Path doc = photo();
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      device.faults().orElseThrow().inject(Fault.coverOpen());
      JobInfo j = Printers.submit(s, Printers.ticket("stopped"), doc);
      JobInfo stopped = until(s, j.id(), JobState.PROCESSING_STOPPED);
      assertThat(stopped.reasons()).contains("printer-stopped");
      assertThat(s.printer().reasons()).contains("cover-open-error");
      JobInfo done = s.cancel(j.id(), "canceled while stopped");
      assertThat(done.reasons()).contains("processing-to-stop-point");
      done = until(s, j.id(), JobState.CANCELED);
      assertThat(done.sheets()).isEmpty();
      assertThat(device.capabilities().source("main").orElseThrow().sheets()).isEqualTo(50);
    }
  }

  @Test
  void holdReleaseAndHoldUntilTime() throws Exception {
    Path doc = photo();
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      s.pause();
      JobInfo a = Printers.submit(s, Printers.ticket("a"), doc);
      JobInfo held = s.hold(a.id(), HoldUntil.INDEFINITE);
      assertThat(held.state()).isEqualTo(JobState.PENDING_HELD);
      assertThat(held.reasons()).contains("job-hold-until-specified");
      JobInfo past =
          Printers.submit(
              s,
              Printers.ticket("past")
                  .withScheduling(HoldUntil.at(Instant.now().minusSeconds(60)), 50),
              doc);
      JobInfo future =
          Printers.submit(
              s,
              Printers.ticket("future")
                  .withScheduling(HoldUntil.at(Instant.now().plus(Duration.ofDays(1))), 50),
              doc);
      s.resume();
      // a hold whose time has passed prints; the indefinite and the future ones wait
      until(s, past.id(), JobState.COMPLETED);
      assertThat(s.job(a.id()).orElseThrow().state()).isEqualTo(JobState.PENDING_HELD);
      assertThat(s.job(future.id()).orElseThrow().state()).isEqualTo(JobState.PENDING_HELD);
      assertThat(s.release(a.id()).state()).isEqualTo(JobState.PENDING);
      until(s, a.id(), JobState.COMPLETED);
      assertThat(s.job(future.id()).orElseThrow().state()).isEqualTo(JobState.PENDING_HELD);
      assertThatThrownBy(() -> s.release(a.id())).isInstanceOf(JobException.class);
    }
  }

  @Test
  void jobsPrintOneAtATimeByPriorityThenArrival() throws Exception {
    Path doc = photo();
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      s.pause();
      assertThat(s.printer().reasons()).contains("paused");
      int low = Printers.submit(s, Printers.ticket("low").withScheduling(null, 10), doc).id();
      int first = Printers.submit(s, Printers.ticket("first"), doc).id();
      int high = Printers.submit(s, Printers.ticket("high").withScheduling(null, 90), doc).id();
      int second = Printers.submit(s, Printers.ticket("second"), doc).id();
      assertThat(s.jobs(JobService.Which.NOT_COMPLETED, 10).stream().map(JobInfo::id))
          .containsExactly(high, first, second, low);
      s.resume();
      until(s, low, JobState.COMPLETED);
      List<Double> fed = new ArrayList<>();
      for (int id : List.of(high, first, second, low)) {
        JobInfo j = s.job(id).orElseThrow();
        assertThat(j.state()).isEqualTo(JobState.COMPLETED);
        fed.add(j.sheets().get(0).fedAt());
      }
      // device time: each job's sheet was fed after the previous job's was delivered
      assertThat(fed).isSorted();
      for (int i = 1; i < fed.size(); i++) {
        assertThat(fed.get(i)).isGreaterThan(fed.get(i - 1));
      }
    }
  }

  @Test
  void anInfeasibleMediumAbortsBeforeAnySheetWithThePlannersReason() throws Exception {
    Path doc = photo();
    try (SimulatedDevice device = Printers.device("lustre-ldpe-85", 50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      JobInfo j =
          Printers.submit(s, Printers.ticket("gloss").withFusing(FusingMode.HIGH_GLOSS), doc);
      JobInfo done = until(s, j.id(), JobState.ABORTED);
      assertThat(done.reasons()).containsExactly("aborted-by-system");
      assertThat(done.message())
          .contains("no robust high-gloss fusing set point for lustre-ldpe-85")
          .contains("No robust");
      assertThat(done.sheets()).isEmpty();
      assertThat(device.capabilities().source("main").orElseThrow().sheets()).isEqualTo(50);
      // print-quality high asks for high gloss only where the medium allows: standard here
      JobInfo high =
          Printers.submit(
              s, Printers.ticket("high").withQuality("high", null, null).withCopies(1, null), doc);
      JobInfo ok = until(s, high.id(), JobState.COMPLETED);
      assertThat(ok.setPoint().mode()).isEqualTo(FusingMode.STANDARD);
    }
  }

  @Test
  void inkRunningOutMidJobStopsTheJobUntilTheCartridgeIsReplaced() throws Exception {
    Path doc = photo();
    // a cartridge that runs down to its reserve within a few sheets: the colour-managed
    // separation puts about 1.9 µL of cyan and of magenta on each 1.5 x 2 in sheet of this image
    try (SimulatedDevice device = Printers.device(50).cartridge(0.006e-6).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      JobInfo j = Printers.submit(s, Printers.ticket("ink").withCopies(5, null), doc);
      int stops = 0;
      while (true) {
        JobInfo now =
            s.await(
                j.id(),
                x -> x.state().terminal() || x.state() == JobState.PROCESSING_STOPPED,
                WAIT);
        if (now.state().terminal()) {
          break;
        }
        stops++;
        assertThat(now.reasons()).contains("printer-stopped");
        assertThat(s.printer().reasons()).contains("marker-supply-empty-error");
        int delivered = now.sheetsCompleted();
        assertThat(delivered).isBetween(1, 5);
        for (Supply sup : device.status().supplies()) {
          if (sup.consumed() && sup.level() <= SimulatedDevice.RESERVE_LEVEL) {
            device.replaceSupply(sup.name());
          }
        }
        s.await(j.id(), x -> x.state() != JobState.PROCESSING_STOPPED, WAIT);
      }
      JobInfo done = s.job(j.id()).orElseThrow();
      assertThat(done.state()).isEqualTo(JobState.COMPLETED);
      assertThat(stops).isPositive();
      deliveredOnce(done, 5);
    }
  }

  @Test
  void everyInjectedFaultStopsThePrinterAndClearingItResumes() throws Exception {
    Path doc = photo();
    List<Fault> faults =
        List.of(
            Fault.mediaJam(), Fault.coverOpen(), Fault.mediaEmpty("main"), Fault.inkEmpty("cyan"));
    for (Fault fault : faults) {
      Path state = dir.resolve("state-" + fault.reason());
      try (SimulatedDevice device = Printers.device(50).build();
          JobService s = JobService.open(device, Printers.config(state))) {
        // the fault happens as the first sheet is delivered
        device.addListener(
            new DeviceListener() {
              @Override
              public void sheetDelivered(SheetRecord sheet) {
                if (sheet.sheet() == 1) {
                  device.faults().orElseThrow().inject(fault);
                }
              }
            });
        JobInfo j = Printers.submit(s, Printers.ticket("fault").withCopies(3, null), doc);
        JobInfo stopped =
            s.await(
                j.id(),
                x -> x.state() == JobState.PROCESSING_STOPPED && x.sheetsCompleted() == 1,
                WAIT);
        assertThat(stopped.state()).as(fault.reason()).isEqualTo(JobState.PROCESSING_STOPPED);
        assertThat(stopped.sheetsCompleted()).as(fault.reason()).isEqualTo(1);
        assertThat(s.printer().reasons()).as(fault.reason()).contains(fault.reason());
        assertThat(s.printer().state()).isEqualTo(dev.fusejet.device.DeviceState.STOPPED);
        assertThat(device.faults().orElseThrow().clear(fault)).isTrue();
        JobInfo done = until(s, j.id(), JobState.COMPLETED);
        assertThat(s.printer().reasons()).doesNotContain(fault.reason());
        deliveredOnce(done, 3);
      }
    }
  }

  @Test
  void unsupportedAttributesAndFormatsAreRefusedNamingTheValue() throws Exception {
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      assertThatThrownBy(() -> s.createJob(Printers.ticket("r").withQuality("draft", null, "300")))
          .isInstanceOf(JobException.class)
          .hasMessageContaining("printer-resolution 300")
          .extracting(e -> ((JobException) e).attribute())
          .isEqualTo("printer-resolution");
      assertThatThrownBy(() -> s.createJob(Printers.ticket("s").withMedia("tray-9", null)))
          .hasMessageContaining("media-source 'tray-9'");
      assertThatThrownBy(() -> s.createJob(Printers.ticket("q").withQuality("best", null, null)))
          .hasMessageContaining("print-quality 'best'");
      Path text = Files.writeString(dir.resolve("note.txt"), "not a document");
      JobInfo j = s.createJob(Printers.ticket("t"));
      assertThatThrownBy(
              () -> {
                try (var in = Files.newInputStream(text)) {
                  s.addDocument(j.id(), DocumentRequest.detect("note.txt"), in, true);
                }
              })
          .isInstanceOf(JobException.class)
          .extracting(e -> ((JobException) e).kind())
          .isEqualTo(JobException.Kind.UNSUPPORTED_FORMAT);
      Path png = photo();
      assertThatThrownBy(
              () -> {
                try (var in = Files.newInputStream(png)) {
                  s.addDocument(j.id(), new DocumentRequest("p", "image/jpeg"), in, true);
                }
              })
          .hasMessageContaining("the data is image/png, not image/jpeg");
      // nothing refused is left in the spool, and the job still takes a good document
      try (var files = Files.list(j.folder())) {
        assertThat(files.map(f -> f.getFileName().toString())).containsExactly("job.json");
      }
      try (var in = Files.newInputStream(png)) {
        s.addDocument(j.id(), new DocumentRequest("p", "image/png"), in, true);
      }
      until(s, j.id(), JobState.COMPLETED);
    }
  }

  /**
   * A job whose medium was unloaded after it was accepted waits for it, as a printer asks for
   * paper: processing-stopped with resources-are-not-ready and the medium named, the printer
   * stopped with media-needed-error; loading it prints the job, each sheet once. A second job
   * waiting the same way is canceled without a sheet.
   */
  @Test
  void aJobWaitsForItsMediumToBeLoadedAgain() throws Exception {
    Path doc = photo();
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      String medium = Catalog.DEFAULT_MEDIUM;
      JobInfo j =
          Printers.submit(
              s,
              Printers.ticket("needs its medium")
                  .withMedia(null, medium)
                  .withScheduling(HoldUntil.INDEFINITE, 50),
              doc);
      device.loadMedia("main", Printers.CATALOG.medium("lustre-ldpe-85"), Printers.SIZE, 50);
      s.release(j.id());
      JobInfo waiting =
          s.await(
              j.id(),
              x -> x.reasons().contains("resources-are-not-ready") || x.state().terminal(),
              WAIT);
      assertThat(waiting.state()).isEqualTo(JobState.PROCESSING_STOPPED);
      assertThat(waiting.message()).contains(medium).contains("lustre-ldpe-85");
      assertThat(s.printer().reasons()).contains("media-needed-error");
      assertThat(s.printer().message()).contains(medium);
      device.loadMedia("main", Printers.CATALOG.medium(medium), Printers.SIZE, 50);
      JobInfo done = until(s, j.id(), JobState.COMPLETED);
      deliveredOnce(done, 1);
      assertThat(s.printer().reasons()).doesNotContain("media-needed-error");

      JobInfo k =
          Printers.submit(
              s,
              Printers.ticket("canceled while waiting")
                  .withMedia(null, medium)
                  .withScheduling(HoldUntil.INDEFINITE, 50),
              doc);
      device.loadMedia("main", Printers.CATALOG.medium("lustre-ldpe-85"), Printers.SIZE, 50);
      s.release(k.id());
      assertThat(
              s.await(
                      k.id(),
                      x -> x.reasons().contains("resources-are-not-ready") || x.state().terminal(),
                      WAIT)
                  .state())
          .isEqualTo(JobState.PROCESSING_STOPPED);
      s.cancel(k.id(), "not this paper");
      JobInfo canceled = until(s, k.id(), JobState.CANCELED);
      assertThat(SheetRecords.read(canceled.folder())).isEmpty();
      assertThat(s.printer().reasons()).doesNotContain("media-needed-error");
    }
  }

  /**
   * Supply levels, the sheets delivered and what each source holds survive a restart, as a real
   * printer's cartridge chips and tray settings do: a new device on the same supply file starts
   * where the old one stopped, not full. A damaged file is refused with its name.
   */
  @Test
  void suppliesAndTraysSurviveARestart() throws Exception {
    Path doc = photo();
    Path file = dir.resolve("state").resolve("supplies.json");
    java.util.function.Function<String, dev.fusejet.media.Medium> media =
        n -> Printers.CATALOG.medium(n);
    DeviceStatusSnapshot before;
    try (SimulatedDevice device = Printers.device(50).supplies(file, media).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      JobInfo j = Printers.submit(s, Printers.ticket("uses ink").withCopies(2, null), doc);
      until(s, j.id(), JobState.COMPLETED);
      device.loadMedia("main", Printers.CATALOG.medium("lustre-ldpe-85"), Printers.SIZE, 30);
      before = new DeviceStatusSnapshot(device);
    }
    assertThat(before.delivered).isEqualTo(2);
    assertThat(before.ink.values()).allMatch(v -> v < SimulatedDevice.CARTRIDGE);
    try (SimulatedDevice again = Printers.device(50).supplies(file, media).build()) {
      DeviceStatusSnapshot after = new DeviceStatusSnapshot(again);
      assertThat(after.ink).isEqualTo(before.ink);
      assertThat(after.waste).isEqualTo(before.waste);
      assertThat(after.delivered).isEqualTo(2);
      assertThat(after.medium).isEqualTo("lustre-ldpe-85");
      assertThat(after.sheets).isEqualTo(30);
    }
    try (SimulatedDevice fresh = Printers.device(50).build()) {
      assertThat(new DeviceStatusSnapshot(fresh).ink.values())
          .allMatch(v -> v == SimulatedDevice.CARTRIDGE);
    }
    Files.writeString(file, "{ not json");
    assertThatThrownBy(() -> Printers.device(50).supplies(file, media).build())
        .hasMessageContaining(file.toString());
  }

  /** The supply amounts, counter and first source of a device. */
  private static final class DeviceStatusSnapshot {
    final java.util.Map<String, Double> ink = new java.util.LinkedHashMap<>();
    final double waste;
    final long delivered;
    final String medium;
    final int sheets;

    DeviceStatusSnapshot(SimulatedDevice d) {
      double w = 0;
      for (Supply x : d.status().supplies()) {
        if (x.type().equals("ink-cartridge")) {
          ink.put(x.name(), x.amount());
        } else if (x.type().equals("waste-ink")) {
          w = x.amount();
        }
      }
      waste = w;
      delivered = d.status().sheetsDelivered();
      medium = d.capabilities().sources().get(0).medium().name();
      sheets = d.capabilities().sources().get(0).sheets();
    }
  }

  /** A clock a test moves by hand. */
  private static final class HandClock extends java.time.Clock {
    private volatile Instant now = Instant.parse("2026-12-02T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * RFC 8011's multiple-operation-time-out with the action process-job (PAPPL's): a created job
   * whose next document does not come within the time-out is closed and prints what it has; one
   * with no document is aborted; a job still within its time-out keeps waiting. The clock is moved
   * by hand; the queue looks again at the next change a client makes.
   */
  @Test
  void jobsLeftOpenPastTheMultipleOperationTimeOutAreClosedOrAborted() throws Exception {
    Path doc = photo();
    HandClock clock = new HandClock();
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s =
            JobService.open(device, Printers.config(dir.resolve("state")).withClock(clock))) {
      JobInfo empty = s.createJob(Printers.ticket("nothing came"));
      JobInfo half = s.createJob(Printers.ticket("one document came"));
      try (var in = Files.newInputStream(doc)) {
        s.addDocument(half.id(), DocumentRequest.detect("photo.png"), in, false);
      }
      clock.advance(JobService.MULTIPLE_OPERATION_TIME_OUT.minusSeconds(1));
      JobInfo fresh = s.createJob(Printers.ticket("still in time"));
      assertThat(s.job(empty.id()).orElseThrow().state()).isEqualTo(JobState.PENDING);
      clock.advance(Duration.ofSeconds(2));
      s.createJob(Printers.ticket("a client's next request"));
      JobInfo aborted = until(s, empty.id(), JobState.ABORTED);
      assertThat(aborted.reasons()).containsExactly("job-data-insufficient");
      assertThat(aborted.message()).contains("multiple-operation-time-out");
      JobInfo printed = until(s, half.id(), JobState.COMPLETED);
      deliveredOnce(printed, 1);
      JobInfo waiting = s.job(fresh.id()).orElseThrow();
      assertThat(waiting.state()).isEqualTo(JobState.PENDING);
      assertThat(waiting.reasons()).contains("job-incoming");
    }
  }
}
