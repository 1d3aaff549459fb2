package io.articlebot.core.article;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random article-like text: words, abbreviations, numbers, punctuation, quotes and line breaks. */
final class ArticleTexts {
  private ArticleTexts() {}

  private static final String[] PIECES = {
      "the", "DeepSeek", "Mr.", "Dr.", "U.S.", "Jan.", "$5.6", "01.AI", "J.", "Three", "It", "model", "50,000",
      "H100", "钛媒体", "五", "e.g.", "Inc.",
      ".", ".", "!", "?", "…", "。", "！", "？", ",", ":", "\"", "“", "”", "'", "’", "(", ")", "—", "-",
      " ", " ", " ", " ", "  ", "\n", "\n", "\n\n", "\n \n", "\t", "\r\n", "\u00A0",
      "# ", "## ", "- ", "1. ", "摘要:", "来源:", "Source: ", "(Image Source: ", "Summary: "};

  static Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(80)
        .map(list -> String.join("", list));
  }
}
