package io.articlebot.core.answer;

import java.util.List;
import java.util.Objects;

/**
 * The result of asking one question: either 1 to 3 quotes, best first, or an abstention ("the
 * article doesn't say") with no quotes.
 *
 * @param confidence how sure the ranker is that the first quote answers the question, 0 to 1
 */
public record Answer(Question question, boolean answered, double confidence, List<Quote> quotes) {
  public static final int MAX_QUOTES = 3;

  public Answer {
    Objects.requireNonNull(question, "question");
    quotes = List.copyOf(quotes);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
    if (answered && (quotes.isEmpty() || quotes.size() > MAX_QUOTES)) {
      throw new IllegalArgumentException("an answer has 1 to " + MAX_QUOTES + " quotes, got " + quotes.size());
    }
    if (!answered && !quotes.isEmpty()) {
      throw new IllegalArgumentException("an abstention carries no quotes");
    }
  }

  public static Answer abstain(Question question, double confidence) {
    return new Answer(question, false, confidence, List.of());
  }
}
