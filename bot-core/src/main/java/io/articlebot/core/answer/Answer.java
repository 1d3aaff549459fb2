package io.articlebot.core.answer;

import java.util.List;
import java.util.Objects;

/**
 * The result of asking one question: either 1 to 3 quotes, best first, or an abstention ("the
 * article doesn't say") with no quotes, which may still list the passages that came closest.
 *
 * @param confidence the estimated probability that the first quote (for an abstention, the first
 *     nearest passage) answers the question, 0 to 1: calibrated, so that of answers given with
 *     confidence 0.8, about 80 % are right
 * @param nearest for an abstention, the passages it would have quoted, best first; never an answer,
 *     shown only when a user asks for them; empty for an answer
 */
public record Answer(Question question, boolean answered, double confidence, List<Quote> quotes, List<Quote> nearest) {
  public static final int MAX_QUOTES = 3;

  public Answer {
    Objects.requireNonNull(question, "question");
    quotes = List.copyOf(quotes);
    nearest = nearest == null ? List.of() : List.copyOf(nearest);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
    if (answered && (quotes.isEmpty() || quotes.size() > MAX_QUOTES)) {
      throw new IllegalArgumentException("an answer has 1 to " + MAX_QUOTES + " quotes, got " + quotes.size());
    }
    if (!answered && !quotes.isEmpty()) {
      throw new IllegalArgumentException("an abstention carries no quotes");
    }
    if (answered && !nearest.isEmpty()) {
      throw new IllegalArgumentException("an answer lists no nearest passages: its quotes are them");
    }
    if (nearest.size() > MAX_QUOTES) {
      throw new IllegalArgumentException("at most " + MAX_QUOTES + " nearest passages, got " + nearest.size());
    }
  }

  public Answer(Question question, boolean answered, double confidence, List<Quote> quotes) {
    this(question, answered, confidence, quotes, List.of());
  }

  public static Answer abstain(Question question, double confidence) {
    return new Answer(question, false, confidence, List.of(), List.of());
  }

  public static Answer abstain(Question question, double confidence, List<Quote> nearest) {
    return new Answer(question, false, confidence, List.of(), nearest);
  }

  /** The passages offered, quoted or nearest: what the bot found, whether or not it answers. */
  public List<Quote> offered() {
    return answered ? quotes : nearest;
  }
}
