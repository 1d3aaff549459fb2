package io.articlebot.core.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

/**
 * A searcher whose BM25 statistics for the sentence field are those of the sentences it serves,
 * counted when they were indexed, rather than Lucene's: Lucene's count documents deleted but not
 * yet merged away (an index on disk after one article was replaced) and every article of the index
 * (for a view of one article). So a sentence scores exactly as it would in an index built afresh
 * from the same articles.
 */
final class ExactStatsSearcher extends IndexSearcher {
  private final Vocabulary vocabulary;
  private final ArticleStats stats;

  ExactStatsSearcher(IndexReader reader, Vocabulary vocabulary, ArticleStats stats) {
    super(reader);
    this.vocabulary = vocabulary;
    this.stats = stats;
  }

  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
    if (!term.field().equals(ArticleIndex.SENTENCE_TEXT)) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    int live = vocabulary.docFreq(term.text());
    // A term only in documents deleted or out of view matches nothing scored; keep Lucene's count.
    return live > 0 ? new TermStatistics(term.bytes(), live, Math.max(live, totalTermFreq)) : super.termStatistics(term, docFreq, totalTermFreq);
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    if (!field.equals(ArticleIndex.SENTENCE_TEXT) || stats.sentencesWithTerms() == 0) {
      return super.collectionStatistics(field);
    }
    long maxDoc = Math.max(getIndexReader().maxDoc(), stats.sentencesWithTerms());
    return new CollectionStatistics(field, maxDoc, stats.sentencesWithTerms(), stats.tokens(), stats.distinctTerms());
  }
}
