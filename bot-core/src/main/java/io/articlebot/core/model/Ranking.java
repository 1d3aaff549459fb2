package io.articlebot.core.model;

import java.util.List;

/**
 * A question's candidates ordered by the ranker, with the score of the option it weighs them
 * against: that none of them answers.
 *
 * @param passages best first; each probability is its share of the distribution over the
 *     candidates and "no answer"
 * @param noAnswerProbability the share of "no answer"
 */
public record Ranking(List<RankedPassage> passages, double noAnswerScore, double noAnswerProbability) {
  public Ranking {
    passages = List.copyOf(passages);
  }

  public boolean isEmpty() {
    return passages.isEmpty();
  }
}
