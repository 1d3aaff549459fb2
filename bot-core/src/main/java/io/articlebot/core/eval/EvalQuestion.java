package io.articlebot.core.eval;

import io.articlebot.core.answer.Span;
import java.util.List;
import java.util.Objects;

/**
 * One labelled question: for answerable ones, short strings of which at least one must appear in
 * a correct quote.
 *
 * @param articleId the article it was asked about, or null when it may be answered from any
 * @param answerSpans where the answers stand in that article's text, when the set says so (SQuAD
 *     does); training uses them to tell the passage holding the answer from one that merely
 *     repeats the answer's words
 */
public record EvalQuestion(String id, String articleId, String question, boolean answerable, List<String> answers, List<Span> answerSpans) {
  public EvalQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    answers = List.copyOf(answers);
    answerSpans = answerSpans == null ? List.of() : List.copyOf(answerSpans);
    if (answerable && answers.isEmpty()) {
      throw new IllegalArgumentException("answerable question " + id + " lists no answer");
    }
    if (!answerable && !answerSpans.isEmpty()) {
      throw new IllegalArgumentException("unanswerable question " + id + " has answer spans");
    }
  }

  public EvalQuestion(String id, String question, boolean answerable, List<String> answers) {
    this(id, null, question, answerable, answers, List.of());
  }
}
