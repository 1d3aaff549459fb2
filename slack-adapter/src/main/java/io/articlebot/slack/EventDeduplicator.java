package io.articlebot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recently seen Events API {@code event_id}s, so an event Slack redelivers (it does when it
 * thinks an ack was late, marking the retry with {@code X-Slack-Retry-Num}) is acked but answered
 * only once. Bounded in size and in time, since Slack stops retrying after about an hour.
 * Thread-safe.
 */
public final class EventDeduplicator {
  public static final int DEFAULT_CAPACITY = 10_000;
  public static final Duration DEFAULT_TTL = Duration.ofHours(2);

  private final int capacity;
  private final Duration ttl;
  private final Clock clock;
  /** Insertion order is arrival order, so the oldest entries are first. */
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  public EventDeduplicator() {
    this(DEFAULT_CAPACITY, DEFAULT_TTL, Clock.systemUTC());
  }

  public EventDeduplicator(int capacity, Duration ttl, Clock clock) {
    if (capacity < 1 || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("capacity and ttl must be positive");
    }
    this.capacity = capacity;
    this.ttl = ttl;
    this.clock = clock;
  }

  /**
   * True the first time an id is seen (within the TTL), false for repeats. Blank ids cannot be
   * deduplicated and always count as new.
   */
  public synchronized boolean firstTime(String eventId) {
    if (eventId == null || eventId.isBlank()) {
      return true;
    }
    Instant now = clock.instant();
    evictExpired(now);
    if (seen.containsKey(eventId)) {
      return false;
    }
    seen.put(eventId, now);
    if (seen.size() > capacity) {
      Iterator<String> oldest = seen.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  /** Forgets {@code eventId}, so that Slack's redelivery of an event refused before its ack is taken. */
  public synchronized void forget(String eventId) {
    if (eventId != null) {
      seen.remove(eventId);
    }
  }

  synchronized int size() {
    return seen.size();
  }

  private void evictExpired(Instant now) {
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      if (it.next().getValue().plus(ttl).isAfter(now)) {
        return;
      }
      it.remove();
    }
  }
}
