package io.articlebot.core.conversation;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Quote;
import java.util.Objects;

/**
 * What to show for an answer, once the conversation has had its say.
 *
 * @param answer the answer to show: the engine's, or an abstention when its passage is not about
 *     what a follow-up was read to be about
 * @param repeated for {@link Kind#REPEATED}: the passage, already shown, that the engine found again
 */
public record Answered(Kind kind, Answer answer, Quote repeated) {
  public enum Kind {
    /** Show the answer as it is. */
    ANSWER,
    /** The article doesn't say (the engine abstained). */
    NOT_ANSWERED,
    /** A follow-up was read as being about a name its best passage doesn't mention: the article doesn't say. */
    OFF_TOPIC,
    /** The best passage for a follow-up is one the conversation has already shown. */
    REPEATED
  }

  public Answered {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(answer, "answer");
    if (kind == Kind.REPEATED && repeated == null) {
      throw new IllegalArgumentException("a repeat names the passage repeated");
    }
  }
}
