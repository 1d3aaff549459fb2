package io.articlebot.core.conversation;

import io.articlebot.core.answer.Answer;
import io.articlebot.core.answer.Quote;
import java.util.List;
import java.util.Objects;

/**
 * One question of a conversation and what came of it.
 *
 * @param asked what the user typed
 * @param question the self-contained question that was answered (the same as {@code asked} unless
 *     it was read as a follow-up)
 * @param followUp whether the question was read together with an earlier one
 * @param answer the engine's answer
 * @param anchor the passage the reply stands on: the first quote shown (or the one already shown
 *     earlier that the engine found again); null when the article doesn't say
 * @param pending quotes of this answer not shown yet, for "more"
 * @param window the sentences shown around the anchor so far, {@code [first, last]} indexes into its
 *     article's sentences; null before any
 */
record Turn(String asked, String question, boolean followUp, Answer answer, Quote anchor,
    List<Quote> pending, int[] window) {
  Turn {
    Objects.requireNonNull(asked, "asked");
    Objects.requireNonNull(question, "question");
    pending = List.copyOf(pending);
  }

  Turn withPending(List<Quote> rest) {
    return new Turn(asked, question, followUp, answer, anchor, rest, window);
  }

  Turn withWindow(int[] shown) {
    return new Turn(asked, question, followUp, answer, anchor, pending, shown.clone());
  }
}
