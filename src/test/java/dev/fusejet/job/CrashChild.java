package dev.fusejet.job;

import dev.fusejet.config.Catalog;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.raster.MediaSize;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The child process of {@link CrashSafetyTest}: a printer on a state directory that submits a
 * stream of jobs (those not yet journaled under their names) and prints until every job has ended.
 * Job k asks for 2 copies; every 5th is canceled right after it is accepted; every 7th asks for
 * high gloss from a source whose medium has no robust high-gloss set point, so it aborts.
 *
 * <p>Arguments: state directory, document, number of jobs.
 */
public final class CrashChild {
  private CrashChild() {}

  /** Runs the child; prints {@code DONE} once every job has ended. */
  public static void main(String[] args) throws Exception {
    Path state = Path.of(args[0]);
    Path doc = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    Catalog c = Catalog.builtIn();
    MediaSize size = MediaSize.of("1x1.5in");
    try (SimulatedDevice device =
            SimulatedDevice.builder(
                    c.inkSet(Catalog.DEFAULT_INK_SET), c.apparatus(Catalog.DEFAULT_APPARATUS))
                .source("main", c.medium(Catalog.DEFAULT_MEDIUM), size, 500, 500)
                .source("lustre", c.medium("lustre-ldpe-85"), size, 500, 500)
                .build();
        JobService s = JobService.open(device, ServiceConfig.of(state).withPreviews(false))) {
      Set<String> names =
          s.jobs(JobService.Which.ALL, Integer.MAX_VALUE).stream()
              .map(j -> j.ticket().name())
              .collect(Collectors.toSet());
      for (int k = 1; k <= n; k++) {
        String name = "crash-" + k;
        if (names.contains(name)) {
          continue;
        }
        JobTicket t =
            JobTicket.of(name, "crash").withQuality("draft", null, null).withCopies(2, null);
        if (k % 7 == 0) {
          t = t.withMedia("lustre", null).withFusing(FusingMode.HIGH_GLOSS);
        }
        JobInfo j;
        try (InputStream in = Files.newInputStream(doc)) {
          j = s.submit(t, DocumentRequest.detect("photo.png"), in);
        }
        if (k % 5 == 0) {
          s.cancel(j.id(), "canceled by the crash test");
        }
      }
      for (JobInfo j : s.jobs(JobService.Which.ALL, Integer.MAX_VALUE)) {
        s.await(j.id(), x -> x.state().terminal(), Duration.ofMinutes(5));
      }
    }
    System.out.println("DONE");
  }
}
