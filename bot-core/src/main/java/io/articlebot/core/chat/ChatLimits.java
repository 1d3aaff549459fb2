package io.articlebot.core.chat;

import java.time.Duration;

/**
 * Tunables of the chat layer.
 *
 * @param maxQuestionChars longer questions get a friendly "please shorten it"
 * @param cooldown per user, between two questions
 * @param rememberedAnswers how many recent answers buttons can still refer to
 */
public record ChatLimits(int maxQuestionChars, Duration cooldown, int rememberedAnswers) {
  public static final ChatLimits DEFAULT = new ChatLimits(500, Duration.ofSeconds(3), 10_000);

  public ChatLimits {
    if (maxQuestionChars < 1 || rememberedAnswers < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (cooldown == null || cooldown.isNegative()) {
      throw new IllegalArgumentException("cooldown must be zero or positive");
    }
  }
}
