package io.articlebot.core.query;

import io.articlebot.core.analysis.ParsedQuestion;
import io.articlebot.core.embedding.TokenVectors;
import java.util.List;

/**
 * A question ready for retrieval: how it was read, its content words fitted to the index, and its
 * vector and token vectors.
 *
 * @param nameGroups names that stand together in the question ("Liang Wenfeng"), as indexes into
 *     {@code terms}; a passage about them mentions at least one name of each group
 * @param focus index into {@code terms} of the X in "what is the X of Y", or -1
 * @param counted the terms a "how many" question counts, which its number must stand next to
 * @param totalMass the idf-weighted size of the question, the denominator of coverage
 */
public record Query(ParsedQuestion parsed, List<WeightedTerm> terms, float[] vector, TokenVectors tokens, int[][] nameGroups, int focus,
    List<WeightedTerm> counted, double totalMass) {
  public Query {
    terms = List.copyOf(terms);
    counted = List.copyOf(counted);
    if (vector == null || tokens == null) {
      throw new IllegalArgumentException("a query needs a vector and token vectors");
    }
  }

  public boolean hasWords() {
    return terms.stream().anyMatch(t -> !t.missing());
  }
}
