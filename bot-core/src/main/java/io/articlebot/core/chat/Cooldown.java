package io.articlebot.core.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user rate limit as a token bucket: a user may ask {@code burst} questions in a row (a quick
 * follow-up is normal in a chat), then one per {@code period}. One user cannot flood a channel.
 * Thread-safe.
 */
public final class Cooldown {
  private static final int PRUNE_EVERY = 1024;

  private final Duration period;
  private final int burst;
  private final Clock clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private int callsSincePrune;

  /**
   * Credit at a moment, in nanoseconds of waiting (one question costs one period): whole numbers,
   * so six half-second waits make exactly one three-second token.
   */
  private record Bucket(long credit, Instant at) {}

  /** One question per period, no burst. */
  public Cooldown(Duration period, Clock clock) {
    this(period, 1, clock);
  }

  public Cooldown(Duration period, int burst, Clock clock) {
    if (period.isNegative()) {
      throw new IllegalArgumentException("cooldown must not be negative");
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1");
    }
    this.period = period;
    this.burst = burst;
    this.clock = clock;
  }

  public static Cooldown none() {
    return new Cooldown(Duration.ZERO, Clock.systemUTC());
  }

  public Duration period() {
    return period;
  }

  /** Empty when {@code key} may go ahead now; otherwise how long it has to wait. */
  public Optional<Duration> tryAcquire(String key) {
    if (period.isZero()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Duration[] wait = new Duration[1];
    long cost = period.toNanos();
    long full = cost * burst;
    buckets.compute(key, (k, b) -> {
      long credit = b == null ? full : Math.min(full, b.credit() + Math.max(0, Duration.between(b.at(), now).toNanos()));
      if (credit >= cost) {
        return new Bucket(credit - cost, now);
      }
      wait[0] = Duration.ofNanos(cost - credit);
      return new Bucket(credit, now);
    });
    pruneOccasionally(now);
    return Optional.ofNullable(wait[0]);
  }

  private void pruneOccasionally(Instant now) {
    if (++callsSincePrune < PRUNE_EVERY) {
      return;
    }
    callsSincePrune = 0;
    Duration full = period.multipliedBy(burst);
    buckets.values().removeIf(b -> !now.isBefore(b.at().plus(full)));
  }
}
