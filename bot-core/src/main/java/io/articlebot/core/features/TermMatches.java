package io.articlebot.core.features;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.index.IndexedSentence;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.WeightedTerm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * For each passage, term by term, the weight of the question word's best form found there (1 for
 * the word itself, less for a synonym or a spelling correction; half when only the section heading
 * has it). Per-sentence results are memoised for one question.
 */
final class TermMatches {
  /** A word of the section heading counts half as much as one in the passage itself. */
  private static final double CONTEXT_WEIGHT = 0.5;

  private final List<WeightedTerm> terms;
  private final Map<Integer, double[]> bySentence = new HashMap<>();
  private final Map<Integer, double[]> exactBySentence = new HashMap<>();
  /** Indexed term → the weight it has as a form of each question term (0 if none). */
  private final Map<String, double[]> forms = new HashMap<>();

  TermMatches(Query query) {
    this.terms = query.terms();
    for (int i = 0; i < terms.size(); i++) {
      for (Alternative a : terms.get(i).present()) {
        double[] w = forms.computeIfAbsent(a.term(), k -> new double[terms.size()]);
        w[i] = Math.max(w[i], a.weight());
      }
    }
  }

  /** The weight an indexed term has as a form of each question term, or null when it is none. */
  double[] formWeights(String indexedTerm) {
    return forms.get(indexedTerm);
  }

  boolean isQuestionTerm(String indexedTerm) {
    return forms.containsKey(indexedTerm);
  }

  /** For each term, the weight of its best form in the passage (0 when absent). */
  double[] of(Passage p) {
    return best(p.sentences(), terms.size(), this::of);
  }

  double[] of(IndexedSentence s) {
    return bySentence.computeIfAbsent(s.id(), id -> {
      double[] m = new double[terms.size()];
      accumulate(m, s.terms(), 1.0);
      accumulate(m, s.context(), CONTEXT_WEIGHT);
      return m;
    });
  }

  /**
   * For each term, 1 when the sentence itself (not its heading) has the word in one of its own
   * forms, not a synonym or a spelling correction: a swapped name ("Carpathia" for "Carpathian")
   * must not pass for the name.
   */
  double[] exact(IndexedSentence s) {
    return exactBySentence.computeIfAbsent(s.id(), id -> {
      double[] m = new double[terms.size()];
      for (String t : s.terms()) {
        double[] byTerm = forms.get(t);
        if (byTerm != null) {
          for (int i = 0; i < m.length; i++) {
            if (byTerm[i] >= 0.99) {
              m[i] = 1;
            }
          }
        }
      }
      return m;
    });
  }

  double[] exact(Passage p) {
    return best(p.sentences(), terms.size(), this::exact);
  }

  /**
   * Entry by entry, the largest of the sentences' values: what a passage or a paragraph holds when
   * any one of its sentences holds it.
   */
  static double[] best(List<IndexedSentence> sentences, int size, Function<IndexedSentence, double[]> bySentence) {
    double[] out = new double[size];
    for (IndexedSentence s : sentences) {
      double[] m = bySentence.apply(s);
      for (int i = 0; i < size; i++) {
        out[i] = Math.max(out[i], m[i]);
      }
    }
    return out;
  }

  private void accumulate(double[] m, Set<String> sentenceTerms, double factor) {
    for (String t : sentenceTerms) {
      double[] byTerm = forms.get(t);
      if (byTerm != null) {
        for (int i = 0; i < m.length; i++) {
          m[i] = Math.max(m[i], byTerm[i] * factor);
        }
      }
    }
  }
}
