package io.articlebot.core.query;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.analysis.QueryTerm;
import java.util.List;

/**
 * A question term fitted to the index.
 *
 * @param present the alternatives that occur in the articles
 * @param idf how rare the term is among sentences; for an absent term, a moderate stand-in
 * @param name the articles write it like a name, so an answer must mention it
 * @param topic the articles' own subject (in a title, or in a fifth of all sentences), which a
 *     passage need not repeat
 */
public record WeightedTerm(QueryTerm term, List<Alternative> present, double idf, boolean name, boolean topic) {
  public boolean missing() {
    return present.isEmpty();
  }

  public boolean hasAlternative(String indexedTerm) {
    for (Alternative a : present) {
      if (a.term().equals(indexedTerm)) {
        return true;
      }
    }
    return false;
  }

  public double mass() {
    return term.weight() * idf;
  }
}
