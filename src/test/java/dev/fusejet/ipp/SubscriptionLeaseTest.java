package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Subscription lifetimes on the printer's clock, not the wall's: RFC 3995 section 5.3.8 (a printer
 * subscription lasts its lease, capped at the printer's maximum) and section 5.3.3.1 (a job
 * subscription ends some time after its job), with instants far from today so that a lifetime
 * counted from the wall clock instead would be off by decades.
 */
class SubscriptionLeaseTest {
  static final Instant T0 = Instant.parse("1990-01-01T00:00:00Z");
  static final Duration MAX = Duration.ofSeconds(Subscriptions.MAX_LEASE_SECONDS);

  @Test
  void printerSubscriptionLastsItsLeaseFromWhenItWasMade() {
    Subscriptions subs = new Subscriptions();
    int id = subs.add("alice", Set.of("printer-state-changed"), 0, 600, null, T0).id();
    assertThat(subs.get(id, T0.plusSeconds(599))).isPresent();
    assertThat(subs.get(id, T0.plusSeconds(601))).isEmpty();
  }

  @Test
  void leaseIsCappedAtTheMaximum() {
    Subscriptions subs = new Subscriptions();
    int id = subs.add("alice", Set.of("printer-state-changed"), 0, 10 * 86_400, null, T0).id();
    assertThat(subs.get(id, T0.plus(MAX).minusSeconds(1))).isPresent();
    assertThat(subs.get(id, T0.plus(MAX).plusSeconds(1))).isEmpty();
  }

  @Test
  void jobSubscriptionEndsAfterItsJobOnThePrintersClock() {
    Subscriptions subs = new Subscriptions();
    int id = subs.add("alice", Set.of("job-completed"), 7, 0, null, T0).id();
    Instant ended = T0.plus(Duration.ofDays(3));
    // lives as long as its job, whatever its age
    assertThat(subs.get(id, ended)).isPresent();
    subs.jobEnded(7, ended);
    assertThat(subs.get(id, ended.plus(MAX).minusSeconds(1))).isPresent();
    assertThat(subs.get(id, ended.plus(MAX).plusSeconds(1))).isEmpty();
  }
}
