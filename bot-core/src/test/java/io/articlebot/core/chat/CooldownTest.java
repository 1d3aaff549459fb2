package io.articlebot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CooldownTest {
  private final FakeClock clock = new FakeClock();

  @Test
  void zeroPeriodNeverWaits() {
    Cooldown c = new Cooldown(Duration.ZERO, clock);
    for (int i = 0; i < 5; i++) {
      assertThat(c.tryAcquire("u")).isEmpty();
    }
    assertThat(Cooldown.none().tryAcquire("u")).isEmpty();
    assertThat(Cooldown.none().period()).isZero();
  }

  @Test
  void secondCallWithinThePeriodWaitsForTheRest() {
    Cooldown c = new Cooldown(Duration.ofSeconds(3), clock);
    assertThat(c.tryAcquire("u")).isEmpty();
    clock.advance(Duration.ofMillis(1200));
    assertThat(c.tryAcquire("u")).contains(Duration.ofMillis(1800));
    clock.advance(Duration.ofMillis(1799));
    assertThat(c.tryAcquire("u")).contains(Duration.ofMillis(1));
    clock.advance(Duration.ofMillis(1));
    assertThat(c.tryAcquire("u")).isEmpty();
  }

  @Test
  void refusedCallsDoNotExtendTheWait() {
    Cooldown c = new Cooldown(Duration.ofSeconds(3), clock);
    c.tryAcquire("u");
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofMillis(500));
      assertThat(c.tryAcquire("u")).isPresent();
    }
    clock.advance(Duration.ofMillis(500));
    assertThat(c.tryAcquire("u")).isEmpty();
  }

  @Test
  void usersAreIndependent() {
    Cooldown c = new Cooldown(Duration.ofSeconds(3), clock);
    assertThat(c.tryAcquire("a")).isEmpty();
    assertThat(c.tryAcquire("b")).isEmpty();
    assertThat(c.tryAcquire("a")).isPresent();
  }

  @Test
  void pruningKeepsUsersWhoMustStillWait() {
    Cooldown c = new Cooldown(Duration.ofSeconds(3), clock);
    c.tryAcquire("waiting");
    for (int i = 0; i < 3000; i++) {
      c.tryAcquire("other-" + i);
    }
    assertThat(c.tryAcquire("waiting")).isPresent();
    clock.advance(Duration.ofSeconds(3));
    assertThat(c.tryAcquire("waiting")).isEmpty();
  }

  @Test
  void negativePeriodIsRefused() {
    assertThatThrownBy(() -> new Cooldown(Duration.ofSeconds(-1), clock)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentCallsLetExactlyOneThrough() throws Exception {
    Cooldown c = new Cooldown(Duration.ofSeconds(3), clock);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Optional<Duration>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return c.tryAcquire("same");
        }));
      }
      start.countDown();
      int allowed = 0;
      for (Future<Optional<Duration>> f : results) {
        allowed += f.get().isEmpty() ? 1 : 0;
      }
      assertThat(allowed).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void burstAllowsQuestionsInARowThenOnePerPeriod() {
    Cooldown c = new Cooldown(Duration.ofSeconds(3), 3, clock);
    assertThat(c.tryAcquire("u")).isEmpty();
    assertThat(c.tryAcquire("u")).isEmpty();
    assertThat(c.tryAcquire("u")).isEmpty();
    assertThat(c.tryAcquire("u")).hasValue(Duration.ofSeconds(3));
    clock.advance(Duration.ofSeconds(3));
    assertThat(c.tryAcquire("u")).isEmpty();
    assertThat(c.tryAcquire("u")).isPresent();
    clock.advance(Duration.ofMinutes(5));
    for (int i = 0; i < 3; i++) {
      assertThat(c.tryAcquire("u")).as("refilled to the burst, not beyond").isEmpty();
    }
    assertThat(c.tryAcquire("u")).isPresent();
  }

  @Test
  void burstMustBePositive() {
    assertThatThrownBy(() -> new Cooldown(Duration.ofSeconds(3), 0, clock)).isInstanceOf(IllegalArgumentException.class);
  }
}
