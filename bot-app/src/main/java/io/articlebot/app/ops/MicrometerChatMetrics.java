package io.articlebot.app.ops;

import io.articlebot.core.chat.ChatMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;

/**
 * The chat layer's questions as Micrometer meters, per front end: {@code articlebot.questions}
 * counted by outcome (answered, abstained, refused), and {@code articlebot.question.latency}, a
 * timer with a histogram, for the questions that were looked up.
 */
public final class MicrometerChatMetrics implements ChatMetrics {
  private final MeterRegistry meters;

  public MicrometerChatMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void question(String platform, Outcome outcome, Duration took) {
    meters.counter("articlebot.questions", "frontend", platform, "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
    if (outcome != Outcome.REFUSED) {
      Timer.builder("articlebot.question.latency")
          .description("time to answer a question, look-up included")
          .tag("frontend", platform)
          .publishPercentileHistogram()
          .minimumExpectedValue(Duration.ofMillis(1))
          .maximumExpectedValue(Duration.ofSeconds(10))
          .register(meters)
          .record(took);
    }
  }
}
