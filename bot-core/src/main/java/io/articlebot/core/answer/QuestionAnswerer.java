package io.articlebot.core.answer;

/** Turns a question into quotes or an abstention. Implementations are thread-safe. */
@FunctionalInterface
public interface QuestionAnswerer {
  Answer answer(Question question);

  /**
   * Gets ready for a question expected soon (the next line of a batch), on the calling thread, so
   * that answering it later is quicker. The answer never depends on it; by default it does nothing.
   */
  default void prepare(Question question) {}
}
