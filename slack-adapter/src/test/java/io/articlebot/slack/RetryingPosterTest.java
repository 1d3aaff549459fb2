package io.articlebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlebot.slack.RetryingPoster.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryingPosterTest {
  private final List<Duration> sleeps = new ArrayList<>();
  private final RetryingPoster poster = new RetryingPoster(sleeps::add);

  /** Serves scripted outcomes (an IOException entry is thrown) and counts attempts. */
  private static final class Script implements RetryingPoster.Attempt {
    final Deque<Object> outcomes = new ArrayDeque<>();
    int attempts;

    Script(Object... outcomes) {
      this.outcomes.addAll(List.of(outcomes));
    }

    @Override
    public Outcome send() throws IOException {
      attempts++;
      Object next = outcomes.isEmpty() ? Outcome.ok() : outcomes.poll();
      if (next instanceof IOException e) {
        throw e;
      }
      return (Outcome) next;
    }
  }

  @Test
  void rateLimitWaitsForRetryAfter() {
    Script script = new Script(Outcome.http(429, "7"), Outcome.ok());
    assertThat(poster.send("test", script)).isTrue();
    assertThat(script.attempts).isEqualTo(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void absurdRetryAfterIsCapped() {
    Script script = new Script(Outcome.http(429, "86400"), Outcome.ok());
    assertThat(poster.send("test", script)).isTrue();
    assertThat(sleeps).containsExactly(RetryingPoster.MAX_RETRY_AFTER);
  }

  @Test
  void serverErrorsBackOffExponentiallyAndGiveUpAfterABound() {
    Script script = new Script(Outcome.http(500, null), Outcome.http(502, null), Outcome.http(503, null),
        Outcome.http(504, null), Outcome.ok());
    assertThat(poster.send("test", script)).isFalse();
    assertThat(script.attempts).isEqualTo(1 + RetryingPoster.MAX_SERVER_RETRIES);
    assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
  }

  @Test
  void networkErrorsAreRetriedToo() {
    Script script = new Script(new IOException("connection reset"), Outcome.ok());
    assertThat(poster.send("test", script)).isTrue();
    assertThat(script.attempts).isEqualTo(2);
  }

  @Test
  void channelErrorsAreFinal() {
    for (String error : List.of("not_in_channel", "channel_not_found", "invalid_auth")) {
      Script script = new Script(Outcome.slackError(error), Outcome.ok());
      assertThat(poster.send("test", script)).isFalse();
      assertThat(script.attempts).isEqualTo(1);
    }
    assertThat(sleeps).isEmpty();
  }

  @Test
  void endlessRateLimitingStopsAtMaxAttempts() {
    Script script = new Script(Outcome.http(429, "1"), Outcome.http(429, "1"), Outcome.http(429, "1"),
        Outcome.http(429, "1"), Outcome.http(429, "1"), Outcome.http(429, "1"));
    assertThat(poster.send("test", script)).isFalse();
    assertThat(script.attempts).isEqualTo(RetryingPoster.MAX_ATTEMPTS);
  }
}
