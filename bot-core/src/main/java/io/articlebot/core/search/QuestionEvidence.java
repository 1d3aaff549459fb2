package io.articlebot.core.search;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.analysis.ParsedQuestion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the question asks, laid out once per question; per-sentence matches are memoised.
 * For each passage it tells, term by term, the weight of the best alternative found there.
 */
final class QuestionEvidence {
  /** A word of the section heading counts half as much as one in the passage itself. */
  private static final double CONTEXT_WEIGHT = 0.5;

  final List<WeightedTerm> terms;
  final double[] mass;
  final double totalMass;
  final int[][] nameGroups;
  final int focus;
  final List<WeightedTerm> counted;
  final Map<Integer, double[]> matches = new HashMap<>();
  /** Indexed term → the weight it has as an alternative of each question term (0 if none). */
  final Map<String, double[]> alternatives = new HashMap<>();

  QuestionEvidence(ParsedQuestion question, List<WeightedTerm> terms) {
    this.terms = terms;
    this.mass = new double[terms.size()];
    double total = 0;
    int focusIndex = -1;
    for (int i = 0; i < terms.size(); i++) {
      for (Alternative a : terms.get(i).present()) {
        double[] w = alternatives.computeIfAbsent(a.term(), k -> new double[terms.size()]);
        w[i] = Math.max(w[i], a.weight());
      }
      mass[i] = terms.get(i).mass();
      total += mass[i];
      if (question.focus().isPresent() && terms.get(i).term().word().equals(question.focus().get())) {
        focusIndex = i;
      }
    }
    this.totalMass = total;
    this.focus = focusIndex;
    this.nameGroups = PassageRanker.nameGroups(terms);
    this.counted = PassageRanker.countedTerms(question, terms);
  }

  private void accumulate(double[] m, Set<String> sentenceTerms, double factor) {
    for (String t : sentenceTerms) {
      double[] byTerm = alternatives.get(t);
      if (byTerm != null) {
        for (int i = 0; i < m.length; i++) {
          m[i] = Math.max(m[i], byTerm[i] * factor);
        }
      }
    }
  }

  /** For each term, the weight of its best alternative in the passage (0 when absent). */
  double[] match(Passage p) {
    double[] out = null;
    for (IndexedSentence s : p.sentences()) {
      double[] m = matches.get(s.id());
      if (m == null) {
        m = new double[terms.size()];
        accumulate(m, s.terms(), 1.0);
        accumulate(m, s.context(), CONTEXT_WEIGHT);
        matches.put(s.id(), m);
      }
      if (out == null) {
        out = m.clone();
      } else {
        for (int i = 0; i < out.length; i++) {
          out[i] = Math.max(out[i], m[i]);
        }
      }
    }
    return out;
  }
}
