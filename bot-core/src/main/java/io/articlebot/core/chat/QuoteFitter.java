package io.articlebot.core.chat;

import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a quote into verbatim pieces that each fit a platform limit: at sentence boundaries when
 * it can, else at the last space before the limit, never inside a word (unless one word alone is
 * longer than the limit). Front ends call it for Discord's 1024/4096 and Slack's 3000 characters.
 */
public final class QuoteFitter {
  private QuoteFitter() {}

  public static List<Quote> fit(Quote quote, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive");
    }
    List<Quote> pieces = new ArrayList<>();
    String text = quote.text();
    int from = skipSpaces(text, 0);
    while (from < text.length()) {
      int to = cutPoint(quote, from, maxChars);
      int trimmed = trimEnd(text, from, to);
      if (trimmed > from) {
        pieces.add(quote.slice(from, trimmed));
      }
      from = skipSpaces(text, to);
    }
    return pieces;
  }

  private static int cutPoint(Quote quote, int from, int maxChars) {
    String text = quote.text();
    int limit = from + maxChars;
    if (limit >= text.length()) {
      return text.length();
    }
    int best = -1;
    for (Span s : quote.sentences()) {
      if (s.end() > from && s.end() <= limit) {
        best = Math.max(best, s.end());
      }
    }
    if (best > from) {
      return best;
    }
    for (int i = limit; i > from; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    // One unbroken word longer than the limit: a hard cut is the only way to stay inside it.
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
