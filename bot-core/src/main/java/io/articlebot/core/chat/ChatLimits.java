package io.articlebot.core.chat;

import java.time.Duration;

/**
 * Tunables of the chat layer.
 *
 * @param maxQuestionChars longer questions get a friendly "please shorten it"
 * @param cooldown per user, between two questions
 * @param rememberedAnswers how many recent answers buttons can still refer to
 * @param burst how many questions a user may ask in a row before the cooldown applies
 */
public record ChatLimits(int maxQuestionChars, Duration cooldown, int rememberedAnswers, int burst) {
  public static final ChatLimits DEFAULT = new ChatLimits(500, Duration.ofSeconds(3), 10_000, 3);

  /** Limits with no burst: one question per cooldown. */
  public ChatLimits(int maxQuestionChars, Duration cooldown, int rememberedAnswers) {
    this(maxQuestionChars, cooldown, rememberedAnswers, 1);
  }

  public ChatLimits {
    if (maxQuestionChars < 1 || rememberedAnswers < 1 || burst < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (cooldown == null || cooldown.isNegative()) {
      throw new IllegalArgumentException("cooldown must be zero or positive");
    }
  }
}
