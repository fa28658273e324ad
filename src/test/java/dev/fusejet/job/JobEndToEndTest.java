package dev.fusejet.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.device.Fault;
import dev.fusejet.device.SheetRecord;
import dev.fusejet.device.SheetRecords;
import dev.fusejet.device.SimulatedDevice;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents of every format through spool, queue, raster pipeline, head, paper path and fuser to
 * completed jobs with records; multi-document jobs, copies and page ranges; restart; history; pages
 * in parallel. Documents are made by the peers (Ghostscript, ImageMagick).
 */
class JobEndToEndTest {

  static final Duration WAIT = Duration.ofMinutes(2);

  @TempDir Path dir;

  private static JobInfo done(JobService s, JobInfo j) throws Exception {
    return s.await(j.id(), x -> x.state().terminal(), WAIT);
  }

  /** sRGB at 8 bits per colour for Ghostscript's pwgraster and urf devices. */
  static final String[] SRGB_8 = {"-dcupsColorSpace=19", "-dcupsBitsPerColor=8"};

  private Path document(String format, int pages) throws Exception {
    return switch (format) {
      case "pdf" -> Printers.ghostscript(dir, pages, "pdfwrite", "pdf");
      case "pwg" -> Printers.ghostscript(dir, pages, "pwgraster", "pwg", SRGB_8);
      case "urf" -> Printers.ghostscript(dir, pages, "urf", "urf", SRGB_8);
      case "png" -> Printers.png(dir, "photo.png", 150, 200);
      case "jpeg" -> {
        Path png = Printers.png(dir, "photo-src.png", 150, 200);
        Path jpg = dir.resolve("photo.jpg");
        javax.imageio.ImageIO.write(javax.imageio.ImageIO.read(png.toFile()), "jpeg", jpg.toFile());
        yield jpg;
      }
      default -> throw new IllegalArgumentException(format);
    };
  }

  @ParameterizedTest
  @CsvSource({
    "png, 1, image/png",
    "jpeg, 1, image/jpeg",
    "pdf, 2, application/pdf",
    "pwg, 2, image/pwg-raster",
    "urf, 2, image/urf"
  })
  void eachFormatPrintsToACompletedJobWithRecords(String format, int pages, String mime)
      throws Exception {
    Path doc = document(format, pages);
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      JobInfo j;
      try (InputStream in = Files.newInputStream(doc)) {
        j = s.submit(Printers.ticket(format), new DocumentRequest("doc", mime), in);
      }
      JobInfo r = done(s, j);
      assertThat(r.state()).as("%s", r).isEqualTo(JobState.COMPLETED);
      assertThat(r.reasons()).containsExactly("job-completed-successfully");
      assertThat(r.documents().get(0).format()).isEqualTo(mime);
      assertThat(r.documents().get(0).size()).isEqualTo(Files.size(doc));
      assertThat(r.sheetsTotal()).isEqualTo(pages);
      assertThat(r.sheets()).hasSize(pages);
      // the planner's set point for glossy-ldpe-70 on roller-nip (see fusejet window)
      assertThat(r.setPoint().temperature()).isEqualTo(200.0);
      assertThat(r.setPoint().speed()).isEqualTo(0.3);
      for (SheetRecord sheet : r.sheets()) {
        assertThat(sheet.totalInk()).isPositive();
        assertThat(sheet.loadMax()).isGreaterThanOrEqualTo(sheet.loadMean());
        // the heater under control: the true surface at entry within the sensor's 2 K accuracy
        // plus the measured droop (1.75 K) of the 200 °C set point, the lowest in the nip at most
        // that droop below it (docs/fuser.md)
        assertThat(sheet.surfaceEntry()).isCloseTo(200, within(2.0 + 1.75));
        assertThat(sheet.surfaceMinimum())
            .isBetween(sheet.surfaceEntry() - 1.75, sheet.surfaceEntry());
        // the claimed expressions at the true surface: (T - 70) * 0.02 and (T - 112) * 0.02,
        // within 0.075 °C·s of the set point's 2.6 and 1.76
        assertThat(sheet.claimedSintering()).isCloseTo(2.6, within(0.02 * 3.75));
        assertThat(sheet.claimedMelting()).isCloseTo(1.76, within(0.02 * 3.75));
        assertThat(sheet.claimedSintering() - sheet.claimedMelting())
            .isCloseTo((112 - 70) * sheet.dwell(), within(1e-9));
        assertThat(sheet.fuserAction()).isIn("fed", "delayed");
        assertThat(sheet.compliant()).isTrue();
        // paper path timing: head time, head to nip, the time held at the nip and the sheet's
        // length at the speed it went through
        double length = Printers.SIZE.height();
        assertThat(sheet.deliveredAt() - sheet.fedAt())
            .isCloseTo(
                sheet.headTime()
                    + SimulatedDevice.HEAD_TO_NIP / r.setPoint().speed()
                    + sheet.feedDelay()
                    + length / sheet.speed(),
                within(1e-6));
      }
      // the files agree with the records: JSON lines, CSV rows, ink totals
      assertThat(SheetRecords.read(r.folder())).isEqualTo(r.sheets());
      List<String> csv = Files.readAllLines(r.folder().resolve(SheetRecords.CSV));
      assertThat(csv).hasSize(pages + 1);
      double inkCsv = 0;
      for (String line : Files.readAllLines(r.folder().resolve(SimulatedDevice.INK_FILE))) {
        if (!line.startsWith("ink,")) {
          inkCsv += Double.parseDouble(line.split(",", -1)[1]) * 1e-6;
        }
      }
      double inkRecords = r.sheets().stream().mapToDouble(SheetRecord::totalInk).sum();
      assertThat(inkCsv).isCloseTo(inkRecords, within(1e-12));
      // the cartridges went down by what was fired plus the maintenance spits
      double fired = 0;
      for (var sup : device.status().supplies()) {
        if (sup.type().equals("ink-cartridge")) {
          fired += sup.capacity() - sup.amount();
        }
      }
      var caps = device.capabilities();
      double spits =
          pages
              * caps.inks().inks().size()
              * SimulatedDevice.SPIT_DROPS
              * caps.head().nozzles()
              * caps.head().largeDrop();
      assertThat(fired).isCloseTo(inkRecords + spits, within(1e-15));
    }
  }

  @Test
  void aJobOnAColdPrinterWaitsForTheFuserToWarmUpThenPrints() throws Exception {
    Path png = document("png", 1);
    List<PrinterStatus> printer = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<JobInfo> job = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      s.addListener(
          new JobListener() {
            @Override
            public void printerChanged(long sequence, PrinterStatus status) {
              printer.add(status);
            }

            @Override
            public void jobChanged(JobEvent e) {
              job.add(e.job());
            }
          });
      JobInfo r = done(s, Printers.submit(s, Printers.ticket("cold"), png));
      assertThat(r.state()).isEqualTo(JobState.COMPLETED);
      // while the fuser warmed up the printer was processing with the fuser's warning, and the
      // job stayed processing (not stopped)
      assertThat(printer)
          .anyMatch(
              p ->
                  p.state() == dev.fusejet.device.DeviceState.PROCESSING
                      && p.reasons().contains("fuser-under-temp-warning"));
      assertThat(printer).noneMatch(p -> p.state() == dev.fusejet.device.DeviceState.STOPPED);
      assertThat(job).noneMatch(j -> j.state() == JobState.PROCESSING_STOPPED);
      // fed after the warm-up on the device's simulated clock: PID settling 40.8 s (±2 K) from
      // 25 °C to 180 °C plus the 10 s steady window (docs/fuser.md); far less wall time passed
      SheetRecord sheet = r.sheets().get(0);
      assertThat(sheet.fedAt()).isBetween(30.0, 120.0);
      assertThat(sheet.compliant()).isTrue();
      assertThat(device.status().reasons()).doesNotContain("fuser-under-temp-warning");
    }
  }

  @Test
  void multiDocumentJobWithCopiesAndPageRanges() throws Exception {
    Path pdf = document("pdf", 3);
    Path png = document("png", 1);
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      JobInfo j = s.createJob(Printers.ticket("multi").withCopies(2, "1,3"));
      try (InputStream in = Files.newInputStream(pdf)) {
        j = s.addDocument(j.id(), new DocumentRequest("three.pdf", "application/pdf"), in, false);
      }
      assertThat(j.closed()).isFalse();
      try (InputStream in = Files.newInputStream(png)) {
        j = s.addDocument(j.id(), DocumentRequest.detect("photo.png"), in, false);
      }
      j = s.close(j.id());
      JobInfo r = done(s, j);
      assertThat(r.state()).isEqualTo(JobState.COMPLETED);
      // collated copies; pages 1 and 3 of the PDF, the PNG's only page (range 1 selects it)
      List<String> order =
          r.sheets().stream().map(x -> x.document() + ":" + x.page() + ":" + x.copy()).toList();
      assertThat(order)
          .containsExactly(
              "three.pdf:1:1",
              "three.pdf:3:1",
              "photo.png:1:1",
              "three.pdf:1:2",
              "three.pdf:3:2",
              "photo.png:1:2");
      // pages 1 and 3 differ (ramp colour and bar), each copy repeats them exactly
      assertThat(r.sheets().get(1).inkUsed()).isNotEqualTo(r.sheets().get(0).inkUsed());
      assertThat(r.sheets().get(3).inkUsed()).isEqualTo(r.sheets().get(0).inkUsed());
    }
  }

  @Test
  void pagesInParallelGiveTheSameDropsAtEveryThreadCount() throws Exception {
    Path pdf = document("pdf", 2);
    byte[][] reference = null;
    for (int threads : new int[] {1, 3}) {
      try (SimulatedDevice device = Printers.device(50).build();
          JobService s =
              JobService.open(
                  device, Printers.config(dir.resolve("state-" + threads)).withThreads(threads))) {
        JobInfo j =
            Printers.submit(
                s,
                Printers.ticket("parallel").withQuality("high", null, "720").withKeepHeadData(true),
                pdf);
        JobInfo r = done(s, j);
        assertThat(r.state()).isEqualTo(JobState.COMPLETED);
        byte[][] data = new byte[2][];
        for (int i = 0; i < 2; i++) {
          data[i] = Files.readAllBytes(r.folder().resolve(String.format("sheet-%04d.fjhd", i + 1)));
        }
        if (reference == null) {
          reference = data;
        } else {
          for (int i = 0; i < 2; i++) {
            assertThat(data[i])
                .as("sheet %d at %d threads", i + 1, threads)
                .isEqualTo(reference[i]);
          }
        }
      }
    }
  }

  @Test
  void aCanceledJobWithSheetsPreparedAheadLeavesOnlyWhatWasDelivered() throws Exception {
    Path doc = document("png", 1);
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s =
            JobService.open(
                device, ServiceConfig.of(dir.resolve("state")).withPreviews(true).withThreads(2))) {
      assertThat(device.preparesAhead()).isTrue();
      JobInfo j =
          Printers.submit(
              s, Printers.ticket("ahead").withCopies(12, null).withKeepHeadData(true), doc);
      s.await(j.id(), x -> x.sheetsCompleted() >= 2, WAIT);
      s.cancel(j.id(), "tester");
      JobInfo r = s.await(j.id(), x -> x.state().terminal(), WAIT);
      assertThat(r.state()).isEqualTo(JobState.CANCELED);
      List<SheetRecord> records = SheetRecords.read(r.folder());
      assertThat(records.size()).isBetween(2, 11);
      // head data and previews exist for the recorded sheets only; nothing prepared is left
      List<String> expected = new java.util.ArrayList<>();
      for (SheetRecord rec : records) {
        String name = String.format("sheet-%04d", rec.sheet());
        expected.add(name + ".fjhd");
        for (String ink : device.capabilities().head().inks()) {
          expected.add(name + "-" + ink + ".png");
        }
      }
      List<String> sheetFiles;
      try (var files = Files.list(r.folder())) {
        sheetFiles =
            files
                .map(f -> f.getFileName().toString())
                .filter(n -> n.contains("sheet-") && !n.startsWith("sheets."))
                .toList();
      }
      assertThat(sheetFiles).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void aRestartContinuesFromTheFirstSheetNotDelivered() throws Exception {
    Path doc = document("png", 1);
    Path state = dir.resolve("state");
    int id;
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(state))) {
      device.addListener(
          new dev.fusejet.device.DeviceListener() {
            @Override
            public void sheetDelivered(SheetRecord sheet) {
              if (sheet.sheet() == 2) {
                device.faults().orElseThrow().inject(Fault.coverOpen());
              }
            }
          });
      JobInfo j = Printers.submit(s, Printers.ticket("restart").withCopies(4, null), doc);
      id = j.id();
      JobInfo stopped =
          s.await(
              id, x -> x.state() == JobState.PROCESSING_STOPPED && x.sheetsCompleted() == 2, WAIT);
      assertThat(stopped.sheetsCompleted()).isEqualTo(2);
    } // the printer shuts down with the job stopped on the paper path
    assertThat(JobService.read(state).get(0).state()).isEqualTo(JobState.PROCESSING_STOPPED);
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(state))) {
      JobInfo r = s.await(id, x -> x.state().terminal(), WAIT);
      assertThat(r.state()).isEqualTo(JobState.COMPLETED);
      assertThat(r.sheets().stream().map(SheetRecord::sheet)).containsExactly(1, 2, 3, 4);
      assertThat(device.status().sheetsDelivered()).isEqualTo(2);
    }
  }

  @Test
  void historyKeepsTheNewestFinishedJobsAndRemovesTheRest() throws Exception {
    Path doc = document("png", 1);
    Path state = dir.resolve("state");
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s =
            JobService.open(device, Printers.config(state).withHistory(2, Duration.ofDays(1)))) {
      int[] ids = new int[3];
      for (int i = 0; i < 3; i++) {
        ids[i] = done(s, Printers.submit(s, Printers.ticket("h" + i), doc)).id();
      }
      assertThat(s.job(ids[0])).isEmpty();
      assertThat(Files.exists(state.resolve("jobs").resolve(String.format("%06d", ids[0]))))
          .isFalse();
      assertThat(s.jobs(JobService.Which.COMPLETED, 10).stream().map(JobInfo::id))
          .containsExactly(ids[2], ids[1]);
      // ids are never reused
      assertThat(s.createJob(Printers.ticket("next")).id()).isEqualTo(ids[2] + 1);
    }
  }

  @Test
  void aDocumentIsOnDiskBeforeItIsAcceptedAndTheJournalIsAlwaysWhole() throws Exception {
    Path doc = document("png", 1);
    Path state = dir.resolve("state");
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(state))) {
      s.pause();
      JobInfo j = Printers.submit(s, Printers.ticket("spool"), doc);
      Path spooled = j.documents().get(0).file();
      assertThat(Files.readAllBytes(spooled)).isEqualTo(Files.readAllBytes(doc));
      assertThat(Files.getPosixFilePermissions(spooled))
          .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
      try (var files = Files.list(j.folder())) {
        assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
            .isEmpty();
      }
    }
    // a crash while writing leaves a temporary file beside the journal: it is ignored
    Path folder = state.resolve("jobs").resolve("000001");
    Files.writeString(
        folder.resolve(".job.json.tmp"), "{\"id\": 1, \"tick", StandardCharsets.UTF_8);
    try (SimulatedDevice device = Printers.device(50).build();
        JobService s = JobService.open(device, Printers.config(state))) {
      JobInfo r = s.await(1, x -> x.state().terminal(), WAIT);
      assertThat(r.state()).isEqualTo(JobState.COMPLETED);
      assertThat(Files.exists(folder.resolve(".job.json.tmp"))).isFalse();
    }
  }
}
