package io.articlebot.core.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A 👍 or 👎 on one answer.
 *
 * @param userHash a salted hash of the platform user id; the raw id is never stored
 * @param quoteIds {@link io.articlebot.core.answer.Quote#id()} of every quote the answer had
 */
public record Feedback(Instant time, String userHash, boolean helpful, String question, boolean answered, List<String> quoteIds) {
  public Feedback {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(userHash, "userHash");
    Objects.requireNonNull(question, "question");
    quoteIds = List.copyOf(quoteIds);
  }
}
