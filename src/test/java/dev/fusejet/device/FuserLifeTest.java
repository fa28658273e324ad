package dev.fusejet.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.config.Catalog;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.PageInfo;
import dev.fusejet.raster.PageLayout;
import dev.fusejet.time.ManualTicker;
import dev.fusejet.time.SimulatedScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuser unit's life is kept in the printer's supply file like the inks: a restart from the same
 * state keeps the sheets it has fused, and the operator's replacement of the unit starts it again.
 */
class FuserLifeTest {
  @TempDir Path dir;

  private SimulatedDevice device(Path file) {
    Catalog c = DeviceFuserTest.CATALOG;
    return SimulatedDevice.builder(c.inkSet(Catalog.DEFAULT_INK_SET), DeviceFuserTest.APPARATUS)
        .source("main", c.medium(Catalog.DEFAULT_MEDIUM), DeviceFuserTest.SIZE, 50, 50)
        .scheduler(new SimulatedScheduler(new ManualTicker()))
        .supplies(file, c::medium)
        .build();
  }

  /** Prints {@code n} small blank sheets. */
  private void print(SimulatedDevice d, int job, int n) throws Exception {
    List<String> inks = d.capabilities().head().inks();
    int w = 72;
    int h = 96;
    d.startJob(new JobStart(job, "life", dir.resolve("job-" + job), false, false));
    for (int i = 1; i <= n; i++) {
      PageInfo info =
          new PageInfo(
              "doc",
              i,
              1,
              i,
              w,
              h,
              720,
              720,
              inks,
              new PageLayout(w, h, 0, 0, w, h, 0, 0, w, h, 0));
      d.startPage(new PageStart(info, "main", DeviceFuserTest.PLANNED, 2, true));
      byte[][] planes = new byte[inks.size()][h * info.stride()];
      for (byte[] p : planes) {
        Arrays.fill(p, (byte) 0x55);
      }
      d.band(new Band(info, 0, h, planes));
      d.endPage();
    }
    d.endJob(false);
  }

  private static Supply fuser(SimulatedDevice d) {
    return d.status().supplies().stream()
        .filter(s -> s.type().equals("fuser"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRestartKeepsTheFusersUsedLifeAndAReplacementResetsIt() throws Exception {
    Path file = dir.resolve("state").resolve("supplies.json");
    try (SimulatedDevice d = device(file)) {
      assertThat(fuser(d).amount()).isEqualTo(ControlledFuser.LIFE);
      print(d, 1, 3);
      assertThat(fuser(d).amount()).isEqualTo(ControlledFuser.LIFE - 3);
    }
    assertThat(Files.readString(file)).contains("\"fuser_sheets\" : 3");
    try (SimulatedDevice again = device(file)) {
      // the same unit after the restart: 3 sheets of its life are gone, and it goes on counting
      assertThat(fuser(again).amount()).isEqualTo(ControlledFuser.LIFE - 3);
      print(again, 2, 2);
      assertThat(fuser(again).amount()).isEqualTo(ControlledFuser.LIFE - 5);
      again.replaceSupply("fuser");
      assertThat(fuser(again).amount()).isEqualTo(ControlledFuser.LIFE);
      assertThat(fuser(again).level()).isEqualTo(100);
    }
    try (SimulatedDevice third = device(file)) {
      assertThat(fuser(third).amount()).isEqualTo(ControlledFuser.LIFE);
    }
  }
}
