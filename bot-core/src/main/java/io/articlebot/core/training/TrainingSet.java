package io.articlebot.core.training;

import io.articlebot.core.eval.EvalSet;
import java.util.Objects;

/**
 * A labelled set to train on.
 *
 * @param group the kind of text it stands for ("wikipedia", "documents"): the abstention
 *     threshold is chosen to serve every group, not just the largest
 * @param weight how much each of its questions counts in training
 */
public record TrainingSet(EvalSet set, String group, double weight) {
  public TrainingSet {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(group, "group");
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive");
    }
  }
}
