package io.articlebot.core.chat;

import io.articlebot.core.answer.Quote;
import io.articlebot.core.answer.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders a quote with its matched words marked, for any markup: each front end passes its own
 * escaping and its own bold markers, so the words themselves stay exactly as in the article.
 */
public final class Highlighting {
  private Highlighting() {}

  /** A run of quote text, matched or not. */
  public record Segment(String text, boolean highlighted) {}

  public static List<Segment> segments(Quote quote) {
    String text = quote.displayText();
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (Span h : quote.highlights().stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
      if (h.start() < at) {
        continue;
      }
      if (h.start() > at) {
        out.add(new Segment(text.substring(at, h.start()), false));
      }
      out.add(new Segment(text.substring(h.start(), h.end()), true));
      at = h.end();
    }
    if (at < text.length()) {
      out.add(new Segment(text.substring(at), false));
    }
    return out;
  }

  /** E.g. {@code render(q, MarkdownEscaper::escape, "**", "**")} for Discord. */
  public static String render(Quote quote, UnaryOperator<String> escape, String open, String close) {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments(quote)) {
      out.append(s.highlighted() ? open + escape.apply(s.text()) + close : escape.apply(s.text()));
    }
    return out.toString();
  }
}
