package io.articlebot.core.search;

/**
 * The ranker's and the abstention rule's constants, in one place, with the reason for each. They
 * were set on labelled answerable and unanswerable questions over several articles (see
 * docs/retrieval.md); the eval regression test pins the result.
 */
record RankingWeights(
    /** Bonus for holding the kind of value asked for ("$5.6 million" for "how much"). */
    double typeBonus,
    /** Penalty for lacking it when the question cannot be answered without it. */
    double requiredTypePenalty,
    /** Bonus for a quotation when the question asks what someone said. */
    double statementBonus,
    /** Weight of Lucene's BM25 score (normalised to the best hit), a tie-breaker. */
    double bm25Weight,
    /** Cost of each extra sentence: a longer quote must earn its place by covering more. */
    double extraSentencePenalty,
    /** Penalty for missing a name or the focus word of the question. */
    double missingNamePenalty,
    /** Below this coverage the best passage does not answer. */
    double minCoverage,
    /** Extra quotes need at least this coverage... */
    double minExtraCoverage,
    /** ...and this share of the best passage's score. */
    double minExtraScoreShare,
    /** An absent word weighs this share of the rarest word's idf. */
    double missingTermIdfShare,
    /** Headings name a topic; they rarely answer a question about it. */
    double headingPenalty) {

  static final RankingWeights DEFAULT = new RankingWeights(0.15, 0.3, 0.08, 0.05, 0.07, 0.3, 0.5, 0.35, 0.5, 0.6, 0.1);
}
