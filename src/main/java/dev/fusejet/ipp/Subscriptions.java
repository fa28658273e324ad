package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import dev.fusejet.job.JobEvent;
import dev.fusejet.job.JobInfo;
import dev.fusejet.job.PrinterStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Subscriptions and their pending events for the {@code ippget} pull method (RFC 3995, RFC 3996):
 * each subscription keeps the last {@link #MAX_EVENTS} events it matched, numbered from 1, until
 * Get-Notifications has seen them; printer subscriptions expire with their lease, job subscriptions
 * with their job. Events come from the job service's listener. Thread-safe; a Get-Notifications
 * with {@code notify-wait} waits on this object's monitor.
 */
final class Subscriptions {

  /** Longest lease (s): one day; 0 asks for that too (RFC 3995 section 5.3.8). */
  static final int MAX_LEASE_SECONDS = 86_400;

  /** Lease when none is asked (s): as CUPS' default. */
  static final int DEFAULT_LEASE_SECONDS = 86_400;

  /** Events kept per subscription (RFC 3995's notify-max-events-supported). */
  static final int MAX_EVENTS = 100;

  /** Most subscriptions at once, as PAPPL's max_subscriptions. */
  static final int MAX_SUBSCRIPTIONS = 100;

  /** One pending event: what Get-Notifications reports. */
  record Event(int sequence, String name, Instant when, int jobId, List<Attribute<?>> attributes) {}

  /** A subscription. */
  static final class Subscription {
    final int id;
    final String owner;
    final Set<String> events;
    final int jobId;
    final byte[] userData;
    Instant expires;
    int leaseSeconds;
    int nextSequence = 1;
    final Deque<Event> pending = new ArrayDeque<>();
    boolean ended;

    Subscription(int id, String owner, Set<String> events, int jobId, byte[] userData) {
      this.id = id;
      this.owner = owner;
      this.events = Set.copyOf(events);
      this.jobId = jobId;
      this.userData = userData == null ? new byte[0] : userData.clone();
    }

    int id() {
      return id;
    }
  }

  private final Map<Integer, Subscription> byId = new LinkedHashMap<>();
  private int nextId = 1;

  /**
   * Adds a subscription.
   *
   * @param leaseSeconds for printer subscriptions; ignored for job ones (which last with the job)
   * @throws IllegalStateException when {@link #MAX_SUBSCRIPTIONS} are open
   */
  synchronized Subscription add(
      String owner, Set<String> events, int jobId, int leaseSeconds, byte[] userData, Instant now) {
    expire(now);
    if (byId.size() >= MAX_SUBSCRIPTIONS) {
      throw new IllegalStateException(
          MAX_SUBSCRIPTIONS + " subscriptions are open; cancel some or wait for leases to end");
    }
    Subscription s = new Subscription(nextId++, owner, events, jobId, userData);
    renew(s, leaseSeconds, now);
    byId.put(s.id, s);
    return s;
  }

  /** Sets the lease of {@code s} (printer subscriptions; job ones never expire by time). */
  synchronized void renew(Subscription s, int leaseSeconds, Instant now) {
    int lease = leaseSeconds <= 0 ? MAX_LEASE_SECONDS : Math.min(leaseSeconds, MAX_LEASE_SECONDS);
    s.leaseSeconds = s.jobId > 0 ? 0 : lease;
    s.expires = s.jobId > 0 ? null : now.plus(Duration.ofSeconds(lease));
  }

  synchronized Optional<Subscription> get(int id, Instant now) {
    expire(now);
    return Optional.ofNullable(byId.get(id));
  }

  synchronized List<Subscription> all(Instant now) {
    expire(now);
    return new ArrayList<>(byId.values());
  }

  synchronized void cancel(int id) {
    Subscription s = byId.remove(id);
    if (s != null) {
      s.ended = true;
      notifyAll();
    }
  }

  /** Records a job event for the subscriptions that match it. */
  synchronized void jobEvent(JobEvent e, List<Attribute<?>> attributes, Instant now) {
    List<String> names = new ArrayList<>();
    switch (e.kind()) {
      case CREATED -> names.add("job-created");
      case STATE_CHANGED -> names.add("job-state-changed");
      case PROGRESS -> names.add("job-progress");
      case COMPLETED -> {
        names.add("job-completed");
        names.add("job-state-changed");
      }
    }
    JobInfo job = e.job();
    for (Subscription s : byId.values()) {
      if (s.jobId > 0 && s.jobId != job.id()) {
        continue;
      }
      for (String n : names) {
        if (s.events.contains(n)) {
          queue(s, n, now, job.id(), attributes);
          break;
        }
      }
    }
    notifyAll();
  }

  /** Records a printer event. */
  synchronized void printerEvent(PrinterStatus status, List<Attribute<?>> attributes, Instant now) {
    for (Subscription s : byId.values()) {
      if (s.events.contains("printer-state-changed")) {
        queue(s, "printer-state-changed", now, 0, attributes);
      }
    }
    notifyAll();
  }

  /** Records a configuration change (Set-Printer-Attributes, media loaded). */
  synchronized void configEvent(List<Attribute<?>> attributes, Instant now) {
    for (Subscription s : byId.values()) {
      if (s.events.contains("printer-config-changed")) {
        queue(s, "printer-config-changed", now, 0, attributes);
      }
    }
    notifyAll();
  }

  /**
   * Job subscriptions end some time after their job (RFC 3995 section 5.3.3.1), counted from {@code
   * now} on the printer's clock.
   */
  synchronized void jobEnded(int jobId, Instant now) {
    for (Subscription s : byId.values()) {
      if (s.jobId == jobId) {
        s.expires = now.plus(Duration.ofSeconds(MAX_LEASE_SECONDS));
      }
    }
  }

  private static void queue(
      Subscription s, String name, Instant when, int jobId, List<Attribute<?>> a) {
    s.pending.addLast(new Event(s.nextSequence++, name, when, jobId, a));
    while (s.pending.size() > MAX_EVENTS) {
      s.pending.removeFirst();
    }
  }

  /**
   * The events of {@code subs} from their sequence numbers on, dropping those before (seen); waits
   * up to {@code wait} for one when there is none.
   */
  synchronized Map<Subscription, List<Event>> events(
      List<Subscription> subs, List<Integer> fromSequence, Duration wait)
      throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Map<Subscription, List<Event>> out = new LinkedHashMap<>();
      int count = 0;
      for (int i = 0; i < subs.size(); i++) {
        Subscription s = subs.get(i);
        int from = i < fromSequence.size() ? fromSequence.get(i) : 1;
        while (!s.pending.isEmpty() && s.pending.peekFirst().sequence() < from) {
          s.pending.removeFirst();
        }
        List<Event> ev = new ArrayList<>(s.pending);
        count += ev.size();
        out.put(s, ev);
      }
      long left = deadline - System.nanoTime();
      if (count > 0 || left <= 0 || subs.stream().allMatch(s -> s.ended)) {
        return out;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  private void expire(Instant now) {
    byId.values().removeIf(s -> s.expires != null && now.isAfter(s.expires));
  }
}
