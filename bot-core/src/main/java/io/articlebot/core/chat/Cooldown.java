package io.articlebot.core.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** At most one question per user per period, so one user cannot flood a channel. Thread-safe. */
public final class Cooldown {
  private static final int PRUNE_EVERY = 1024;

  private final Duration period;
  private final Clock clock;
  private final ConcurrentHashMap<String, Instant> lastAllowed = new ConcurrentHashMap<>();
  private int callsSincePrune;

  public Cooldown(Duration period, Clock clock) {
    if (period.isNegative()) {
      throw new IllegalArgumentException("cooldown must not be negative");
    }
    this.period = period;
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
    Instant[] waitUntil = new Instant[1];
    lastAllowed.compute(key, (k, last) -> {
      if (last != null && now.isBefore(last.plus(period))) {
        waitUntil[0] = last.plus(period);
        return last;
      }
      return now;
    });
    pruneOccasionally(now);
    return waitUntil[0] == null ? Optional.empty() : Optional.of(Duration.between(now, waitUntil[0]));
  }

  private void pruneOccasionally(Instant now) {
    if (++callsSincePrune < PRUNE_EVERY) {
      return;
    }
    callsSincePrune = 0;
    lastAllowed.values().removeIf(last -> !now.isBefore(last.plus(period)));
  }
}
