package io.articlebot.core.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A 👍 or 👎 on one answer. A user has one vote per answer: a later record with the same
 * {@code userHash} and {@code answerKey} replaces the earlier one (the latest counts).
 *
 * @param userHash a salted hash of the platform user id; the raw id is never stored
 * @param quoteIds {@link io.articlebot.core.answer.Quote#id()} of every quote the answer had
 * @param answerKey the answer's key (the one its buttons carry), or empty when unknown
 */
public record Feedback(Instant time, String userHash, boolean helpful, String question, boolean answered, List<String> quoteIds,
    String answerKey) {
  public Feedback {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(userHash, "userHash");
    Objects.requireNonNull(question, "question");
    quoteIds = List.copyOf(quoteIds);
    answerKey = answerKey == null ? "" : answerKey;
  }

  public Feedback(Instant time, String userHash, boolean helpful, String question, boolean answered, List<String> quoteIds) {
    this(time, userHash, helpful, question, answered, quoteIds, "");
  }
}
