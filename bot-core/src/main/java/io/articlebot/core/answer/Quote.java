package io.articlebot.core.answer;

import java.util.List;
import java.util.Objects;

/**
 * A verbatim passage of an article.
 *
 * @param text the passage exactly as in the source, {@code source.substring(start, end)}; it may hold
 *     the line breaks of a hard-wrapped file, see {@link #displayText()}
 * @param start offset of the first character in the article text (UTF-16 units)
 * @param end offset after the last character in the article text
 * @param highlights the words that matched the question, relative to {@code text}
 * @param sentences the sentences the quote is made of, relative to {@code text}; front ends split
 *     long quotes only at these boundaries
 */
public record Quote(
    String text,
    Citation citation,
    int start,
    int end,
    double score,
    List<Span> highlights,
    List<Span> sentences) {

  public Quote {
    Objects.requireNonNull(citation, "citation");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a quote needs text");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be finite");
    }
    highlights = List.copyOf(highlights);
    sentences = sentences == null || sentences.isEmpty()
        ? List.of(new Span(0, text.length()))
        : List.copyOf(sentences);
    for (Span s : highlights) {
      requireInside(s, text);
    }
    for (Span s : sentences) {
      requireInside(s, text);
    }
  }

  private static void requireInside(Span span, String text) {
    if (span.end() > text.length()) {
      throw new IllegalArgumentException("span " + span + " outside quote of length " + text.length());
    }
  }

  /**
   * The text with line breaks and tabs turned into spaces, one for one, so that offsets of
   * highlights and sentences still apply.
   */
  public String displayText() {
    return text.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }

  /**
   * The verbatim part {@code [from, to)} of this quote, with its highlights and sentences clipped
   * to it; front ends use it to stay within message limits without rewording anything.
   */
  public Quote slice(int from, int to) {
    if (from < 0 || to > text.length() || to <= from) {
      throw new IllegalArgumentException("bad slice [" + from + ", " + to + ") of " + text.length());
    }
    Span window = new Span(from, to);
    return new Quote(
        text.substring(from, to), citation, start + from, start + to, score,
        clip(highlights, window), clip(sentences, window));
  }

  private static List<Span> clip(List<Span> spans, Span window) {
    return spans.stream()
        .filter(s -> s.overlaps(window))
        .map(s -> new Span(Math.max(s.start(), window.start()), Math.min(s.end(), window.end())).shift(-window.start()))
        .filter(s -> s.length() > 0)
        .toList();
  }

  /** The same passage with another citation (e.g. one that links to it). */
  public Quote withCitation(Citation replacement) {
    return new Quote(text, replacement, start, end, score, highlights, sentences);
  }

  /** A stable id for feedback records: {@code articleId:start-end}. */
  public String id() {
    return citation.articleId() + ":" + start + "-" + end;
  }
}
