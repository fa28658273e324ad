package dev.fusejet.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ManualTickerTest {
  @Test
  void advancesOnlyWhenTold() {
    ManualTicker t = new ManualTicker();
    long start = t.nanos();
    assertThat(t.secondsSince(start)).isZero();
    t.advance(Duration.ofMillis(1500));
    assertThat(t.secondsSince(start)).isCloseTo(1.5, within(1e-12));
    assertThatThrownBy(() -> t.advance(Duration.ofSeconds(-1))).hasMessageContaining("back");
  }
}
