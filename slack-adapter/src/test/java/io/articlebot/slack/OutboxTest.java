package io.articlebot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.articlebot.core.chat.InFlight;
import io.articlebot.slack.Outbox.Outcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The outbox on a hand-driven scheduler and clock: every scheduled attempt is recorded with its
 * due time, and {@link #runDue} runs what is due in time order, so waits are checked exactly and
 * nothing sleeps.
 */
class OutboxTest {
  private record Task(long due, Runnable run) {}

  private final List<Task> scheduled = new ArrayList<>();
  private long now = 1_000_000_000L;
  private final List<String> ended = new ArrayList<>();
  private final InFlight inFlight = new InFlight(100, 0, (r, answered, why) -> ended.add(r.what() + ": " + (answered ? "answered" : why)),
      Clock.systemUTC());
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Outbox outbox;

  OutboxTest() {
    ScheduledExecutorService scheduler = mock(ScheduledExecutorService.class);
    when(scheduler.schedule(any(Runnable.class), anyLong(), any(TimeUnit.class))).thenAnswer(inv -> {
      long delay = ((TimeUnit) inv.getArgument(2)).toNanos(inv.getArgument(1));
      scheduled.add(new Task(now + delay, inv.getArgument(0)));
      return null;
    });
    outbox = new Outbox(scheduler, meters, () -> now);
  }

  /** Runs scheduled attempts in due order until none is left, moving the clock to each; returns the times they ran. */
  private List<Duration> runDue() {
    List<Duration> at = new ArrayList<>();
    long start = now;
    while (!scheduled.isEmpty()) {
      Task next = scheduled.stream().min(Comparator.comparingLong(Task::due)).orElseThrow();
      scheduled.remove(next);
      now = Math.max(now, next.due());
      at.add(Duration.ofNanos(now - start));
      next.run().run();
    }
    return at;
  }

  /** Serves scripted outcomes (an IOException entry is thrown) and records when each attempt came. */
  private final class Script implements Outbox.Attempt {
    final Deque<Object> outcomes = new ArrayDeque<>();
    final List<Long> attempts = new ArrayList<>();

    Script(Object... outcomes) {
      this.outcomes.addAll(List.of(outcomes));
    }

    @Override
    public Outcome send() throws IOException {
      attempts.add(now);
      Object next = outcomes.isEmpty() ? Outcome.ok() : outcomes.poll();
      if (next instanceof IOException e) {
        throw e;
      }
      return (Outcome) next;
    }

    List<Duration> gaps() {
      List<Duration> out = new ArrayList<>();
      for (int i = 1; i < attempts.size(); i++) {
        out.add(Duration.ofNanos(attempts.get(i) - attempts.get(i - 1)));
      }
      return out;
    }
  }

  private void post(String what, String key, Script script) {
    outbox.post(inFlight.tryOpen(what).orElseThrow(), what, key, script);
  }

  private double retries(String reason) {
    return meters.counter("articlebot.posts.retries", "frontend", "slack", "reason", reason).count();
  }

  @Test
  void aRateLimitIsWaitedOutOnTheSchedulerNotOnAThread() {
    Script script = new Script(Outcome.http(429, "7"), Outcome.ok());
    post("a", "chat.postMessage:C1", script);
    runDue();
    assertThat(script.gaps()).containsExactly(Duration.ofSeconds(7));
    assertThat(ended).containsExactly("a: answered");
    assertThat(retries("ratelimited")).isEqualTo(1);
  }

  @Test
  void retryAfterHoldsBackTheSameMethodAndChannelOnly() {
    Script limited = new Script(Outcome.http(429, "5"), Outcome.ok());
    Script sameChannel = new Script(Outcome.ok());
    Script otherChannel = new Script(Outcome.ok());
    post("limited", "chat.postMessage:C1", limited);
    runDue(); // runs the first attempt (429) and, 5 s later, the retry
    ended.clear();
    now = limited.attempts.get(0) + Duration.ofSeconds(1).toNanos(); // back to 1 s after the 429
    Script limitedAgain = new Script(Outcome.http(429, "5"), Outcome.ok());
    post("limited again", "chat.postMessage:C1", limitedAgain);
    post("same channel", "chat.postMessage:C1", sameChannel);
    post("other channel", "chat.postMessage:C2", otherChannel);
    long t0 = now;
    runDue();
    assertThat(otherChannel.attempts).containsExactly(t0);
    assertThat(sameChannel.attempts.get(0) - t0).isGreaterThanOrEqualTo(Duration.ofSeconds(5).toNanos());
    assertThat(ended).contains("other channel: answered", "same channel: answered", "limited again: answered");
  }

  @Test
  void anAbsurdRetryAfterIsCapped() {
    Script script = new Script(Outcome.http(429, "86400"), Outcome.ok());
    post("a", "k", script);
    runDue();
    assertThat(script.gaps()).containsExactly(Outbox.MAX_RETRY_AFTER);
  }

  @Test
  void unavailableAndRefusedConnectionsAreRetriedWithBackoffAndABound() {
    Script script = new Script(Outcome.http(503, null), new ConnectException("refused"), Outcome.http(503, null),
        Outcome.http(503, null), Outcome.ok());
    post("a", "k", script);
    runDue();
    assertThat(script.attempts).hasSize(1 + Outbox.MAX_UNAVAILABLE_RETRIES);
    assertThat(script.gaps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
    assertThat(ended).singleElement().satisfies(e -> assertThat(e).startsWith("a: a failed 4 times"));
  }

  @Test
  void whatMayHaveReachedSlackIsNeverSentAgain() {
    for (Object failure : List.of(new SocketTimeoutException("timeout"), Outcome.http(500, null), Outcome.http(502, null),
        Outcome.http(504, null), new IOException("unexpected end of stream"))) {
      Script script = new Script(failure, Outcome.ok());
      post("p", "k", script);
      runDue();
      assertThat(script.attempts).as("%s", failure).hasSize(1);
    }
    assertThat(ended).hasSize(5).allSatisfy(e -> assertThat(e).contains("not retried, since Slack may have posted it already"));
  }

  @Test
  void channelErrorsAreFinalAndSayHowToFixThem() {
    Script script = new Script(Outcome.slackError("not_in_channel"), Outcome.ok());
    post("a", "k", script);
    runDue();
    assertThat(script.attempts).hasSize(1);
    assertThat(ended).singleElement().satisfies(e -> assertThat(e).contains("not_in_channel").contains("/invite"));
  }

  @Test
  void endlessRateLimitingStopsAtMaxAttempts() {
    Script script = new Script(Outcome.http(429, "1"), Outcome.http(429, "1"), Outcome.http(429, "1"), Outcome.http(429, "1"),
        Outcome.http(429, "1"), Outcome.http(429, "1"));
    post("a", "k", script);
    runDue();
    assertThat(script.attempts).hasSize(Outbox.MAX_ATTEMPTS);
    assertThat(ended).singleElement().satisfies(e -> assertThat(e).contains("failed 5 times").contains("rate limited"));
  }

  @Test
  void aRequestGivenUpMeanwhileIsNotPosted() {
    Script script = new Script(Outcome.http(429, "3"), Outcome.ok());
    post("a", "k", script);
    scheduled.remove(0).run().run(); // the first attempt: 429
    inFlight.giveUpAll("shutting down");
    runDue();
    assertThat(script.attempts).hasSize(1);
    assertThat(ended).containsExactly("a: shutting down");
  }
}
