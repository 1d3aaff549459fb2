package io.articlebot.discord;

import io.articlebot.core.chat.InFlight;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord requests the bot has taken on (an interaction deferred, a mention queued) and not yet
 * finished; each ends answered or given up, and every give-up is logged naming the request. A
 * graceful stop drains them.
 */
final class DiscordRequests {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordRequests.class);

  private DiscordRequests() {}

  /** Effectively unbounded: for tests and callers that bound work elsewhere. */
  static InFlight unbounded() {
    return create(Integer.MAX_VALUE / 2, Metrics.globalRegistry);
  }

  static InFlight create(int capacity, MeterRegistry meters) {
    return new InFlight(capacity, 0, (request, answered, why) -> {
      meters.counter("articlebot.requests.finished", "frontend", "discord", "result", answered ? "answered" : "gave_up").increment();
      if (answered) {
        LOG.debug("Discord: answered {}", request);
      } else {
        LOG.warn("Discord: gave up {}, taken {} ms ago: {}", request, Duration.between(request.acked(), Instant.now()).toMillis(), why);
      }
    }, Clock.systemUTC());
  }
}
