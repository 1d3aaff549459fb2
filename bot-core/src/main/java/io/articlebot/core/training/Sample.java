package io.articlebot.core.training;

import io.articlebot.core.eval.EvalQuestion;
import io.articlebot.core.features.PassageFeatures;
import io.articlebot.core.query.Query;
import java.util.List;

/**
 * One labelled question as training sees it: its candidates' features, which of them hold the
 * answer, and where it comes from (cross-validation holds out whole articles).
 *
 * @param set the labelled set it belongs to
 * @param article the article it was asked about
 * @param questionFeatures the question's {@code QuestionFeature}s
 * @param positive per candidate, whether it holds an answer
 * @param weight how much the question counts in training
 */
public record Sample(String set, String article, EvalQuestion question, Query query, List<PassageFeatures> candidates, double[] questionFeatures,
    boolean[] positive, double weight) {
  public Sample {
    candidates = List.copyOf(candidates);
    if (positive.length != candidates.size()) {
      throw new IllegalArgumentException("a label per candidate");
    }
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive");
    }
  }

  /** True when some candidate holds the answer, so the ranker can learn from it. */
  public boolean rankable() {
    for (boolean p : positive) {
      if (p) {
        return true;
      }
    }
    return false;
  }
}
