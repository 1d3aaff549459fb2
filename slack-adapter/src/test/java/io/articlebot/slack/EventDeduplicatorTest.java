package io.articlebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventDeduplicatorTest {
  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2025-01-27T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aRepeatedIdIsNotNew() {
    EventDeduplicator dedup = new EventDeduplicator();
    assertThat(dedup.firstTime("Ev1")).isTrue();
    assertThat(dedup.firstTime("Ev1")).isFalse();
    assertThat(dedup.firstTime("Ev2")).isTrue();
  }

  @Test
  void idsExpireAfterTheirTtl() {
    MovableClock clock = new MovableClock();
    EventDeduplicator dedup = new EventDeduplicator(100, Duration.ofMinutes(10), clock);
    assertThat(dedup.firstTime("Ev1")).isTrue();
    clock.now = clock.now.plus(Duration.ofMinutes(9));
    assertThat(dedup.firstTime("Ev1")).isFalse();
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThat(dedup.firstTime("Ev1")).isTrue();
  }

  @Test
  void memoryIsBoundedOldestFirst() {
    EventDeduplicator dedup = new EventDeduplicator(3, Duration.ofHours(1), new MovableClock());
    for (String id : new String[] {"a", "b", "c", "d"}) {
      assertThat(dedup.firstTime(id)).isTrue();
    }
    assertThat(dedup.size()).isEqualTo(3);
    assertThat(dedup.firstTime("d")).isFalse();
    assertThat(dedup.firstTime("a")).isTrue();
  }

  @Test
  void blankIdsAreNeverSwallowed() {
    EventDeduplicator dedup = new EventDeduplicator();
    assertThat(dedup.firstTime("")).isTrue();
    assertThat(dedup.firstTime("")).isTrue();
    assertThat(dedup.firstTime(null)).isTrue();
  }
}
