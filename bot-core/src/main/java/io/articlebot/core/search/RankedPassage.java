package io.articlebot.core.search;

/**
 * A passage with the evidence for it.
 *
 * @param coverage share of the question's idf-weighted content the passage contains, 0 to 1
 * @param typeMatched it holds the kind of value the question asks for (always true for {@code ANY})
 * @param typeRequired the question cannot be answered without that kind of value
 * @param namesCovered it mentions every name the question is about
 * @param focusCovered it mentions the X of a "what is the X of Y" question
 * @param score the ranking score: coverage plus bonuses and penalties
 */
record RankedPassage(
    Passage passage, double coverage, boolean typeMatched, boolean typeRequired, boolean namesCovered, boolean focusCovered, double score) {}
