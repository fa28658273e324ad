package dev.fusejet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fusejet.time.ManualTicker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void showsFractionRateAndTimeLeftFromInjectedTime() {
    ManualTicker t = new ManualTicker();
    StringWriter s = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(s), t, "map", 100);
    t.advance(Duration.ofSeconds(2));
    bar.step(25);
    assertThat(bar.line(t.nanos())).contains(" 25 %").contains("(25/100, 2.0 s, 6 s left)");
    t.advance(Duration.ofSeconds(6));
    bar.step(75);
    bar.finish();
    assertThat(s.toString()).contains("100 %").contains("(100/100, 8.0 s)");
  }
}
