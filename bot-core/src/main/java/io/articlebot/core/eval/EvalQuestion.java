package io.articlebot.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * One labelled question: for answerable ones, short strings of which at least one must appear in
 * a correct quote.
 */
public record EvalQuestion(String id, String question, boolean answerable, List<String> answers) {
  public EvalQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    answers = List.copyOf(answers);
    if (answerable && answers.isEmpty()) {
      throw new IllegalArgumentException("answerable question " + id + " lists no answer");
    }
  }
}
