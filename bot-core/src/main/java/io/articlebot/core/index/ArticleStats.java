package io.articlebot.core.index;

/**
 * The sizes one article adds to its index: what the averages of sentence and paragraph length and
 * Lucene's BM25 collection statistics are summed from.
 *
 * @param sentences sentences (one Lucene document each)
 * @param paragraphs indexed paragraphs (one Lucene document each)
 * @param tokens analysed terms over all sentences
 * @param sentencesWithTerms sentences with at least one term (Lucene's docCount of the sentence field)
 * @param distinctTerms distinct terms per sentence, summed (Lucene's sumDocFreq)
 * @param paragraphTokens analysed terms over all indexed paragraphs
 */
record ArticleStats(int sentences, int paragraphs, long tokens, long sentencesWithTerms, long distinctTerms, long paragraphTokens) {
  static final ArticleStats NONE = new ArticleStats(0, 0, 0, 0, 0, 0);

  ArticleStats plus(ArticleStats o) {
    return new ArticleStats(sentences + o.sentences, paragraphs + o.paragraphs, tokens + o.tokens,
        sentencesWithTerms + o.sentencesWithTerms, distinctTerms + o.distinctTerms, paragraphTokens + o.paragraphTokens);
  }
}
