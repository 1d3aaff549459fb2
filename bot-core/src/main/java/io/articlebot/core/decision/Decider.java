package io.articlebot.core.decision;

import io.articlebot.core.model.AnswerModel;
import io.articlebot.core.model.Ranking;

/**
 * The fourth stage: the calibrated probability that the best passage answers the question, and
 * the decision to quote it or say the article doesn't say.
 */
public final class Decider {
  private final AnswerModel model;

  public Decider(AnswerModel model) {
    if (!model.confidence().inputs().equals(ConfidenceInputs.NAMES)) {
      throw new IllegalStateException("the confidence model was trained for other inputs; run ./article-bot train");
    }
    this.model = model;
  }

  /** @param question the question's {@code QuestionFeature}s */
  public Decision decide(Ranking ranking, double[] question) {
    double[] inputs = ConfidenceInputs.of(ranking, question);
    double p = ranking.isEmpty() ? 0 : model.probability(inputs);
    p = Math.max(0, Math.min(1, p));
    return new Decision(ranking, p, !ranking.isEmpty() && p >= model.threshold(), inputs);
  }
}
