package io.articlebot.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void computesNothingUntilAskedAndThenOnce() {
    AtomicInteger runs = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> "value " + runs.incrementAndGet());

    assertThat(runs).hasValue(0);
    assertThat(lazy.get()).isEqualTo("value 1");
    assertThat(lazy.get()).isEqualTo("value 1");
    assertThat(runs).hasValue(1);
  }

  @Test
  void callersDuringTheComputationWaitForItsResult() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Lazy<Integer> lazy = Lazy.of(() -> {
      started.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return runs.incrementAndGet();
    });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      results.add(pool.submit(lazy::get));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 3; i++) {
        results.add(pool.submit(lazy::get));
      }
      release.countDown();
      for (Future<Integer> r : results) {
        assertThat(r.get(5, TimeUnit.SECONDS)).isEqualTo(1);
      }
      assertThat(runs).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aComputationThatFailsIsTriedAgainNextTime() {
    AtomicInteger runs = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> {
      if (runs.incrementAndGet() == 1) {
        throw new IllegalStateException("first try fails");
      }
      return "second";
    });

    assertThatThrownBy(lazy::get).hasMessage("first try fails");
    assertThat(lazy.get()).isEqualTo("second");
  }
}
