package dev.fusejet.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.config.Catalog;
import dev.fusejet.device.SheetRecords;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.units.Units;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's requested sheet size (IPP media, media-col's media-size) chooses the source that holds
 * it, within {@link MediaMatch#TOLERANCE}; a size no source holds but the machine takes waits for
 * it as a printer asks for paper; a size the machine cannot take is refused. The printed sheet is
 * checked where it is made: the width in pixels of the page the pipeline hands the device, divided
 * by its resolution, is the loaded sheet's width.
 */
class MediaRequestTest {

  static final Duration WAIT = Duration.ofMinutes(2);

  /** The second source's sheets: 2 x 3 in (50.8 x 76.2 mm), lustre. */
  static final MediaSize PHOTO = MediaSize.of("2x3in");

  @TempDir Path dir;

  /**
   * The page width (in) of each sheet, by job and sheet, as the pipeline handed it to the device.
   */
  private final Map<String, Double> widths = new ConcurrentHashMap<>();

  private HookedDevice device() {
    HookedDevice d =
        new HookedDevice(
            Printers.device(50)
                .source("photo", Printers.CATALOG.medium("lustre-ldpe-85"), PHOTO, 50, 500)
                .build());
    d.beforeBand(b -> widths.put(b.page().sheet() + "", b.page().width() / b.page().xDpi()));
    return d;
  }

  private Path photo() throws Exception {
    return Printers.png(dir, "photo.png", 150, 200);
  }

  /**
   * The tolerance on the published sizes: 4 x 6 in is 101.6 x 152.4 mm, so 102.6 mm (10260
   * hundredths, 1 mm over) is the same sheet and 102.61 mm is not; A4 as US software writes it
   * (8.27 x 11.69 in = 210.06 x 296.93 mm) is A4, and US letter (215.9 x 279.4 mm) is not.
   */
  @Test
  void sizesWithinOneMillimetreAreTheSameSheet() {
    MediaSize fourBySix = MediaSize.of("4x6");
    assertThat(MediaMatch.sameSize(fourBySix, MediaSize.of("102.6x152.4mm"))).isTrue();
    assertThat(MediaMatch.sameSize(fourBySix, MediaSize.of("100.6x153.4mm"))).isTrue();
    assertThat(MediaMatch.sameSize(fourBySix, MediaSize.of("102.61x152.4mm"))).isFalse();
    assertThat(MediaMatch.sameSize(fourBySix, MediaSize.of("101.6x150.9mm"))).isFalse();
    // a size and its rotation are different feeds
    assertThat(MediaMatch.sameSize(fourBySix, MediaSize.of("6x4"))).isFalse();
    assertThat(MediaMatch.among(MediaSize.of("8.27x11.69in"), MediaSize.KNOWN))
        .map(MediaSize::name)
        .contains("a4");
    assertThat(MediaMatch.among(MediaSize.of("215.9x279.4mm"), MediaSize.KNOWN))
        .map(MediaSize::name)
        .contains("letter");
    assertThat(MediaMatch.among(MediaSize.of("297x420mm"), MediaSize.KNOWN)).isEmpty();
  }

  /**
   * 51 x 76 mm is the 2 x 3 in sheet of source photo within 0.2 mm: the job prints from photo on
   * that sheet (2 in wide), not on the first source's 1.5 x 2 in; the ticket's size is journaled.
   */
  @Test
  void aJobAskingForASizePrintsFromTheSourceHoldingIt() throws Exception {
    Path doc = photo();
    Path state = dir.resolve("state");
    try (HookedDevice device = device();
        JobService s = JobService.open(device, Printers.config(state))) {
      JobInfo j = Printers.submit(s, Printers.ticket("2x3").withSize(MediaSize.of("51x76mm")), doc);
      JobInfo done = s.await(j.id(), x -> x.state().terminal(), WAIT);
      assertThat(done.state()).as("%s", done).isEqualTo(JobState.COMPLETED);
      assertThat(done.sheets()).hasSize(1);
      assertThat(done.sheets().get(0).source()).isEqualTo("photo");
      assertThat(done.sheets().get(0).medium()).isEqualTo("lustre-ldpe-85");
      assertThat(widths.get("1")).isCloseTo(PHOTO.width() / Units.INCH, within(1.0 / 720));
    }
    List<JobInfo> read = JobService.read(state);
    assertThat(read.get(0).ticket().size()).isEqualTo(MediaSize.of("51x76mm"));
  }

  /**
   * 2.5 x 3.5 in fits the machine but no source holds it: the job waits, processing-stopped with
   * resources-are-not-ready and the size in its message, the printer with media-needed-error;
   * loaded in source main it prints from there on a 2.5 in wide sheet. A job naming a source and a
   * size that source does not hold waits the same way.
   */
  @Test
  void aSizeNoSourceHoldsWaitsForItAndPrintsOnceLoaded() throws Exception {
    Path doc = photo();
    MediaSize wanted = MediaSize.of("2.5x3.5in");
    try (HookedDevice device = device();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      JobInfo j = Printers.submit(s, Printers.ticket("2.5x3.5").withSize(wanted), doc);
      JobInfo waiting =
          s.await(
              j.id(),
              x -> x.reasons().contains("resources-are-not-ready") || x.state().terminal(),
              WAIT);
      assertThat(waiting.state()).as("%s", waiting).isEqualTo(JobState.PROCESSING_STOPPED);
      assertThat(waiting.message()).contains("2.5x3.5in").contains("63.5 mm");
      assertThat(s.printer().reasons()).contains("media-needed-error");
      assertThat(waiting.sheets()).isEmpty();
      device.loadMedia("main", Printers.CATALOG.medium(Catalog.DEFAULT_MEDIUM), wanted, 50);
      JobInfo done = s.await(j.id(), x -> x.state().terminal(), WAIT);
      assertThat(done.state()).as("%s", done).isEqualTo(JobState.COMPLETED);
      assertThat(SheetRecords.read(done.folder())).hasSize(1);
      assertThat(done.sheets().get(0).source()).isEqualTo("main");
      assertThat(widths.get("1")).isCloseTo(2.5, within(1.0 / 720));
      assertThat(s.printer().reasons()).doesNotContain("media-needed-error");

      // source photo holds 2 x 3 in: asking for it with 2.5 x 3.5 in waits, naming the source
      JobInfo k =
          Printers.submit(
              s, Printers.ticket("photo").withMedia("photo", null).withSize(wanted), doc);
      JobInfo stopped =
          s.await(
              k.id(),
              x -> x.reasons().contains("resources-are-not-ready") || x.state().terminal(),
              WAIT);
      assertThat(stopped.state()).isEqualTo(JobState.PROCESSING_STOPPED);
      assertThat(stopped.message()).contains("source photo").contains("lustre-ldpe-85 2x3in");
      s.cancel(k.id(), "not this paper");
      assertThat(s.await(k.id(), x -> x.state().terminal(), WAIT).sheets()).isEmpty();
    }
  }

  /**
   * A2 (420 mm wide) is wider than the heat roller's face (330 mm): no loading makes it printable,
   * so the job is refused when it is created, naming the attribute and the limit.
   */
  @Test
  void aSizeTheMachineCannotTakeIsRefused() throws Exception {
    try (HookedDevice device = device();
        JobService s = JobService.open(device, Printers.config(dir.resolve("state")))) {
      assertThatThrownBy(
              () -> s.createJob(Printers.ticket("a2").withSize(MediaSize.of("420x594mm"))))
          .isInstanceOf(JobException.class)
          .hasMessageContaining("heat roller")
          .satisfies(
              e -> {
                assertThat(((JobException) e).kind())
                    .isEqualTo(JobException.Kind.UNSUPPORTED_ATTRIBUTE);
                assertThat(((JobException) e).attribute()).isEqualTo("media");
              });
      assertThat(s.jobs(JobService.Which.ALL, 10)).isEmpty();
    }
  }
}
