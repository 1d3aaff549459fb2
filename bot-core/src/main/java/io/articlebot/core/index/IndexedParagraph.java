package io.articlebot.core.index;

import io.articlebot.core.article.Paragraph;
import java.util.List;
import java.util.Map;

/**
 * A paragraph as retrieval sees it: its indexed sentences, its term counts (for BM25 of the whole
 * paragraph) and its vector. Answers are quoted from sentences; the paragraph is their context.
 *
 * @param ordinal position among all indexed paragraphs of the index, from 0
 * @param embedding the paragraph's vector, now or on demand
 * @param position position among the article's indexed paragraphs, 0 to 1
 */
public record IndexedParagraph(int ordinal, Paragraph paragraph, List<IndexedSentence> sentences, Map<String, Integer> counts,
    int length, Embedding embedding, double position) {
  public IndexedParagraph {
    sentences = List.copyOf(sentences);
    counts = Map.copyOf(counts);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("an indexed paragraph has sentences");
    }
  }

  /** Unit vector of the paragraph's text. */
  public float[] vector() {
    return embedding.get();
  }

  public IndexedSentence first() {
    return sentences.get(0);
  }
}
