package io.articlebot.core.index;

import io.articlebot.core.article.Paragraph;
import io.articlebot.core.article.ParagraphKind;
import java.util.HashSet;
import java.util.Set;

/**
 * What labels a paragraph without being in it: the heading of its section ("## How much are
 * tickets?" over "- Children (4 to 17): $9") and, for a list item, the sentence that introduces
 * the list. The ranker counts these words at a discount, so an FAQ answer is found from the
 * question in its heading.
 */
final class SectionContext {
  private Set<String> heading = Set.of();
  private Set<String> listLeadIn = Set.of();

  /** The context terms for the paragraph about to be indexed. */
  Set<String> enter(Paragraph p) {
    if (p.kind() == ParagraphKind.HEADING) {
      return Set.of();
    }
    if (p.kind() != ParagraphKind.LIST_ITEM || listLeadIn.isEmpty()) {
      return heading;
    }
    Set<String> both = new HashSet<>(heading);
    both.addAll(listLeadIn);
    return Set.copyOf(both);
  }

  /**
   * Records what a paragraph contributes to the context of the ones after it.
   *
   * @param terms all terms of the paragraph
   * @param lastSentence the terms of its last sentence
   */
  void leave(Paragraph p, Set<String> terms, Set<String> lastSentence) {
    switch (p.kind()) {
      case HEADING -> {
        // The article's own title is about everything, so it labels nothing in particular.
        heading = p.number() == 1 ? Set.of() : Set.copyOf(terms);
        listLeadIn = Set.of();
      }
      case LIST_ITEM -> { } // the lead-in stays for the rest of the list
      default -> listLeadIn = lastSentence;
    }
  }
}
