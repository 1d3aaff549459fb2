package io.articlebot.core.answer;

/** Turns a question into quotes or an abstention. Implementations are thread-safe. */
@FunctionalInterface
public interface QuestionAnswerer {
  Answer answer(Question question);
}
