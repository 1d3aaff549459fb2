package io.articlebot.core.decision;

import io.articlebot.core.features.Evidence;

/**
 * What the ranking says about a question, for the confidence model: how clearly the best passage
 * won, over the other passages and over "no answer". The confidence model also sees every
 * {@code Feature} of the best passage and every {@code QuestionFeature} of the question
 * ({@link ConfidenceInputs#NAMES}).
 */
public enum ConfidenceFeature {
  TOP_SCORE(Evidence.EITHER, "the ranker's score of the best passage"),
  TOP_PROBABILITY(Evidence.EITHER, "the best passage's share of the ranker's distribution over candidates and 'no answer'"),
  NO_ANSWER_PROBABILITY(Evidence.EITHER, "the share of 'no answer' in that distribution"),
  TOP_OVER_NO_ANSWER(Evidence.EITHER, "how far the best passage's score is above the score of 'no answer'"),
  MARGIN(Evidence.EITHER, "how far the best passage's score is ahead of the best passage that does not overlap it"),
  SECOND_PROBABILITY(Evidence.EITHER, "the share of the best passage that does not overlap the best");

  private final Evidence evidence;
  private final String meaning;

  ConfidenceFeature(Evidence evidence, String meaning) {
    this.evidence = evidence;
    this.meaning = meaning;
  }

  public Evidence evidence() {
    return evidence;
  }

  public String meaning() {
    return meaning;
  }

  public static final int COUNT = values().length;
}
