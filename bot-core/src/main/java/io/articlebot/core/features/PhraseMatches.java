package io.articlebot.core.features;

import io.articlebot.core.analysis.Analysis.Token;
import io.articlebot.core.candidates.Passage;
import io.articlebot.core.index.IndexedSentence;
import io.articlebot.core.query.Query;
import io.articlebot.core.query.WeightedTerm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the words that stand together in a question stand together in a passage. A passage with
 * "language" and "programming" in different clauses, or with "large language model" and no
 * "programming" at all, does not say what a "programming language" is; sequential-dependence
 * models in search (Metzler and Croft) score such pairs for the same reason. Per-sentence results
 * are memoised for one question.
 */
final class PhraseMatches {
  /** Question words at most this many places apart (one word between: "capital of France") pair. */
  private static final int QUESTION_GAP = 2;
  /** Passage tokens (stop words already gone) at most this many places apart, in either order. */
  private static final int PASSAGE_WINDOW = 2;

  private final TermMatches matches;
  private final int[][] pairs;
  private final double[] pairMass;
  private final double totalMass;
  private final Map<Integer, double[]> bySentence = new HashMap<>();

  PhraseMatches(Query query, TermMatches matches) {
    this.matches = matches;
    List<WeightedTerm> terms = query.terms();
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i + 1 < terms.size(); i++) {
      int gap = terms.get(i + 1).term().position() - terms.get(i).term().position();
      if (gap > 0 && gap <= QUESTION_GAP) {
        found.add(new int[] {i, i + 1});
      }
    }
    this.pairs = found.toArray(int[][]::new);
    this.pairMass = new double[pairs.length];
    double total = 0;
    for (int k = 0; k < pairs.length; k++) {
      pairMass[k] = terms.get(pairs[k][0]).mass() + terms.get(pairs[k][1]).mass();
      total += pairMass[k];
    }
    this.totalMass = total;
  }

  /** The idf-weighted share of pairs no sentence of the passage has close together; 0 with no pairs. */
  double missing(Passage p) {
    if (totalMass <= 0) {
      return 0;
    }
    double[] best = TermMatches.best(p.sentences(), pairs.length, this::of);
    double found = 0;
    for (int k = 0; k < best.length; k++) {
      found += pairMass[k] * best[k];
    }
    return 1 - found / totalMass;
  }

  /** For each pair, the weight of its best close occurrence in the sentence (forms and synonyms weigh less). */
  private double[] of(IndexedSentence s) {
    return bySentence.computeIfAbsent(s.id(), id -> {
      double[] m = new double[pairs.length];
      List<Token> tokens = s.tokens();
      List<double[]> weights = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        weights.add(matches.formWeights(t.term()));
      }
      for (int i = 0; i < tokens.size(); i++) {
        double[] wi = weights.get(i);
        if (wi == null) {
          continue;
        }
        for (int j = Math.max(0, i - PASSAGE_WINDOW); j <= Math.min(tokens.size() - 1, i + PASSAGE_WINDOW); j++) {
          double[] wj = weights.get(j);
          if (j == i || wj == null) {
            continue;
          }
          for (int k = 0; k < pairs.length; k++) {
            m[k] = Math.max(m[k], Math.min(wi[pairs[k][0]], wj[pairs[k][1]]));
          }
        }
      }
      return m;
    });
  }
}
