package io.articlebot.core.features;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.WeightedTerm;
import java.util.Map;

/**
 * BM25 of any span of text (a sentence, two of them, a paragraph) for a question, with Lucene's
 * defaults (k1 = 1.2, b = 0.75) and the question's own term weights: a synonym counts as an
 * occurrence at its weight, as in Lucene's {@code SynonymQuery}. Lucene scores whole documents;
 * the ranker also needs the spans in between.
 */
final class Bm25 {
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private Bm25() {}

  static double score(Query query, Map<String, Integer> counts, int length, double averageLength) {
    double norm = K1 * (1 - B + B * length / Math.max(1e-9, averageLength));
    double score = 0;
    for (WeightedTerm t : query.terms()) {
      double tf = 0;
      for (Alternative a : t.present()) {
        Integer c = counts.get(a.term());
        if (c != null) {
          tf += c * a.weight();
        }
      }
      if (tf > 0) {
        score += t.term().weight() * t.idf() * tf * (K1 + 1) / (tf + norm);
      }
    }
    return score;
  }

  /** The score no text can reach: every word matched infinitely often. */
  static double ceiling(Query query) {
    double c = 0;
    for (WeightedTerm t : query.terms()) {
      if (!t.missing()) {
        c += t.term().weight() * t.idf() * (K1 + 1);
      }
    }
    return c;
  }
}
