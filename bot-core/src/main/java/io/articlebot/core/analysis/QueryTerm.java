package io.articlebot.core.analysis;

import java.util.List;

/**
 * One content word of a question with the indexed terms that may stand for it.
 *
 * @param word the word as read (lower case)
 * @param weight 1 for topic words, less for words too common to matter much ("say", "good")
 * @param capitalized written with a capital inside the question: probably a name
 * @param position index among the question's words, to tell which names stand together
 */
public record QueryTerm(String word, List<Alternative> alternatives, double weight, boolean capitalized, int position) {
  public QueryTerm {
    alternatives = List.copyOf(alternatives);
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("a query term needs at least one alternative");
    }
  }

  /** The stem of the word itself. */
  public String primary() {
    return alternatives.get(0).term();
  }

  public QueryTerm withAlternatives(List<Alternative> more) {
    return new QueryTerm(word, more, weight, capitalized, position);
  }
}
