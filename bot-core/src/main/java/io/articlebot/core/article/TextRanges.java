package io.articlebot.core.article;

import java.util.List;

/** Offset ranges into an article's text. */
final class TextRanges {
  private TextRanges() {}

  /** Adds {@code [start, end)} without its surrounding whitespace, unless nothing is left. */
  static void addTrimmed(List<int[]> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new int[] {start, end});
    }
  }
}
