package io.articlebot.core.conversation;

import io.articlebot.core.answer.Quote;
import java.util.List;
import java.util.Objects;

/**
 * The next part of the last answer, for "more", "tell me more", "go on".
 *
 * @param question the question whose answer goes on (empty for {@link Kind#NOTHING})
 * @param quotes the verbatim passages to show (QUOTES and AROUND only)
 */
public record More(Kind kind, String question, List<Quote> quotes) {
  public enum Kind {
    /** The answer's other quotes. */
    QUOTES,
    /** The sentences around the answer's first quote. */
    AROUND,
    /** Everything there is around the answer has been shown. */
    END,
    /** The last question got "the article doesn't say": nothing to go on with. */
    NOT_ANSWERED,
    /** No question in this conversation yet (or it was forgotten). */
    NOTHING
  }

  public More {
    Objects.requireNonNull(kind, "kind");
    question = question == null ? "" : question;
    quotes = List.copyOf(quotes);
    if ((kind == Kind.QUOTES || kind == Kind.AROUND) == quotes.isEmpty()) {
      throw new IllegalArgumentException(kind + " with " + quotes.size() + " quotes");
    }
  }
}
