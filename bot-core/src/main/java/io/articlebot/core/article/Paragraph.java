package io.articlebot.core.article;

import java.util.List;

/**
 * One paragraph: {@code [start, end)} in the article text, with its sentences.
 *
 * @param number position in the source, from 1, counting every paragraph a reader sees
 */
public record Paragraph(int number, int start, int end, ParagraphKind kind, List<Sentence> sentences) {
  public Paragraph {
    if (number < 1 || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad paragraph " + number + " [" + start + ", " + end + ")");
    }
    sentences = List.copyOf(sentences);
  }
}
