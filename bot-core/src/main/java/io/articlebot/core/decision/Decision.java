package io.articlebot.core.decision;

import io.articlebot.core.model.RankedPassage;
import io.articlebot.core.model.Ranking;
import java.util.List;

/**
 * The fourth stage's verdict on a question.
 *
 * @param ranking every candidate, best first, against "no answer"
 * @param confidence calibrated probability that the best candidate answers the question
 * @param answers whether the confidence reaches the model's threshold
 * @param inputs the confidence model's inputs, for explanations and training
 */
public record Decision(Ranking ranking, double confidence, boolean answers, double[] inputs) {
  public Decision {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
    if (answers && ranking.isEmpty()) {
      throw new IllegalArgumentException("nothing to answer with");
    }
  }

  public List<RankedPassage> ranked() {
    return ranking.passages();
  }
}
