package io.articlebot.core.article;

/**
 * One sentence: {@code [start, end)} in the article text.
 *
 * @param index position among all sentences of the article, from 0
 * @param paragraph number of its paragraph, from 1
 */
public record Sentence(int index, int paragraph, int start, int end) {
  public Sentence {
    if (index < 0 || paragraph < 1 || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad sentence " + index + " in ¶" + paragraph + " [" + start + ", " + end + ")");
    }
  }
}
