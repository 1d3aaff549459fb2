package io.articlebot.core.features;

/**
 * What is known about a question before any passage is chosen: how much of it the article never
 * mentions, how it is phrased, how many candidates compete. They score the "no answer" option that
 * the ranker weighs against every passage.
 */
public enum QuestionFeature {
  MISSING_WORDS(Evidence.FOR, "share of the question's weight in words the article never uses in any form"),
  MISSING_NAMES(Evidence.FOR, "the question capitalises a word the article never uses"),
  MISSING_KIND(Evidence.FOR, "share of the weight of the X of 'what/which X' (\"what programming language\") in words the article never uses"),
  QUESTION_WORDS(Evidence.EITHER, "log(1 + content words of the question)"),
  NEGATED(Evidence.EITHER, "the question is negated (not, never, no...)"),
  EXCLUSIVE(Evidence.EITHER, "the question asks for something besides what it names (other, else, besides, except...)"),
  ASKS_ANYTHING(Evidence.EITHER, "the question asks for no particular kind of value (what, why, how...)"),
  ASKS_WHY(Evidence.EITHER, "the question asks why or how"),
  CANDIDATES(Evidence.EITHER, "log(1 + candidate passages)"),
  ARTICLE_SENTENCES(Evidence.EITHER, "log(1 + sentences the bot reads): long reference articles draw more questions they don't answer");

  private final Evidence evidence;
  private final String meaning;

  QuestionFeature(Evidence evidence, String meaning) {
    this.evidence = evidence;
    this.meaning = meaning;
  }

  /** Which way it may move the score of "no answer". */
  public Evidence evidence() {
    return evidence;
  }

  public String meaning() {
    return meaning;
  }

  public static final int COUNT = values().length;
}
