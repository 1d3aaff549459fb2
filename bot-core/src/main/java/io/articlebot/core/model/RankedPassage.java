package io.articlebot.core.model;

import io.articlebot.core.candidates.Passage;
import io.articlebot.core.features.Feature;
import io.articlebot.core.features.PassageFeatures;

/**
 * A candidate with the ranker's verdict.
 *
 * @param score the ranker's linear score
 * @param probability its share of the question's candidates under the ranker (softmax), 0 to 1
 */
public record RankedPassage(PassageFeatures features, double score, double probability) {
  public Passage passage() {
    return features.passage();
  }

  public double get(Feature f) {
    return features.get(f);
  }
}
