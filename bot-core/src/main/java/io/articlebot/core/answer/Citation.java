package io.articlebot.core.answer;

import java.util.Objects;

/**
 * Where a quote comes from: the article and its paragraph number (1-based, counting every
 * paragraph of the source file, so "¶ 9" is the ninth paragraph a reader sees).
 *
 * @param source the article's source line or URL, empty when unknown
 * @param link where a reader can open the passage: the article's URL, with a text fragment that
 *     jumps to the passage where browsers support one ({@link PassageLink}); empty when unknown
 */
public record Citation(String articleId, String articleTitle, int paragraph, String source, String link) {
  public Citation(String articleId, String articleTitle, int paragraph, String source) {
    this(articleId, articleTitle, paragraph, source, "");
  }

  public Citation {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(articleTitle, "articleTitle");
    source = source == null ? "" : source;
    link = link == null ? "" : link;
    if (articleId.isBlank()) {
      throw new IllegalArgumentException("articleId is blank");
    }
    if (paragraph < 1) {
      throw new IllegalArgumentException("paragraph numbers start at 1, got " + paragraph);
    }
  }

  public Citation withLink(String replacement) {
    return new Citation(articleId, articleTitle, paragraph, source, replacement);
  }

  /** Short human form, e.g. {@code "DeepSeek stirs the U.S. AI sector, ¶ 9"}. */
  public String label() {
    return articleTitle + ", ¶ " + paragraph;
  }
}
