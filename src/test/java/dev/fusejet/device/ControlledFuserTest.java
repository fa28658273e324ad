package dev.fusejet.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.config.Catalog;
import dev.fusejet.control.PlantFault;
import dev.fusejet.fuser.FusingMode;
import dev.fusejet.media.Medium;
import org.junit.jupiter.api.Test;

/** The controlled fuser behind the device's seam: warm-up, sheets, a latched fault as a reason. */
class ControlledFuserTest {
  static final Apparatus APPARATUS = Catalog.builtIn().apparatus("roller-nip");
  static final Medium MEDIUM = Catalog.builtIn().medium("glossy-ldpe-70");
  static final SetPoint SP = new SetPoint(200, 0.3, 0.006 / 0.3, FusingMode.STANDARD);
  static final SheetLoad LOAD =
      new SheetLoad(
          dev.fusejet.control.Sheet.PHOTO_LENGTH,
          dev.fusejet.control.Sheet.PHOTO_WIDTH,
          16e-6,
          20e-6,
          0.75);

  @Test
  void warmsUpFusesSheetsAndReportsALatchedFault() {
    ControlledFuser f = new ControlledFuser(APPARATUS);
    f.idle(1, SP);
    assertThat(f.reasons()).containsExactly("fuser-under-temp-warning");
    for (int i = 0; i < 400 && !f.ready(SP); i++) {
      f.idle(0.5, SP);
    }
    assertThat(f.ready(SP)).isTrue();
    assertThat(f.reasons()).isEmpty();
    assertThat(f.surfaceTemperature()).isBetween(195.0, 205.0);
    for (int i = 0; i < 5; i++) {
      var d = f.beforeSheet(MEDIUM, SP, LOAD);
      while (d.action() == dev.fusejet.control.SheetDecision.Action.DELAY) {
        f.idle(d.waitTime(), SP);
        d = f.beforeSheet(MEDIUM, SP, LOAD);
      }
      assertThat(d.action())
          .as(d.reason())
          .isEqualTo(dev.fusejet.control.SheetDecision.Action.FEED);
      FusedSheet s = f.pass(MEDIUM, SP, LOAD, d);
      assertThat(s.action()).isIn("fed", "delayed");
      assertThat(s.delay() > 0).isEqualTo(s.action().equals("delayed"));
      assertThat(s.windowHeld()).isTrue();
      // the twin saw the true surface; the claims at entry hold at the planner's point
      assertThat(s.mean().point().temperature()).isEqualTo(s.surfaceEntry());
      assertThat(s.surfaceMinimum()).isLessThanOrEqualTo(s.surfaceEntry());
      assertThat(s.mean().claimedSintering()).isGreaterThan(FusingMode.STANDARD.heatThreshold());
      f.idle(2, SP);
    }
    f.fuser().inject(PlantFault.HEATER_OPEN);
    for (int i = 0; i < 200 && f.reasons().isEmpty(); i++) {
      f.idle(0.5, SP);
    }
    assertThat(f.reasons()).containsExactly("fuser-under-temp-error");
    f.fuser().repair();
    f.idle(60, SP);
    assertThat(f.reasons()).containsExactly("fuser-under-temp-error");
    // a sheet at the nip now is stopped: it goes through, not compliant
    var stop = f.beforeSheet(MEDIUM, SP, LOAD);
    assertThat(stop.action()).isEqualTo(dev.fusejet.control.SheetDecision.Action.STOP);
    FusedSheet s = f.pass(MEDIUM, SP, LOAD, stop);
    assertThat(s.action()).isEqualTo("stopped");
    assertThat(s.windowHeld()).isFalse();
    // only the explicit reset clears it; the next set point warms up again
    assertThat(f.reset()).isTrue();
    assertThat(f.reasons()).isEmpty();
    assertThat(f.ready(SP)).isFalse();
    assertThat(f.reasons()).containsExactly("fuser-under-temp-warning");
    assertThat(f.supply().orElseThrow().amount()).isEqualTo(ControlledFuser.LIFE - 6.0);
  }
}
