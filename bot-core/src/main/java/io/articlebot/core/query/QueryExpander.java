package io.articlebot.core.query;

import io.articlebot.core.analysis.Alternative;
import io.articlebot.core.analysis.Analysis;
import io.articlebot.core.analysis.QueryTerm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.articlebot.core.index.ArticleIndex;
import io.articlebot.core.util.LruCache;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Fits a question's terms to the articles' vocabulary: adds the comparative and adverb forms that
 * occur ("cheap" finds "cheaper", "cheaply"), and, for a word that occurs in no form at all,
 * the indexed terms one or two edits away ("deepsek" finds "deepseek").
 */
public final class QueryExpander {
  private static final double DERIVED = 0.7;
  private static final double ONE_EDIT = 0.85;
  private static final double TWO_EDITS = 0.6;
  private static final double ACRONYM = 0.9;

  private static final int CACHE_LIMIT = 50_000;

  private final ArticleIndex index;
  private final LruCache<String, List<Alternative>> cache = new LruCache<>(CACHE_LIMIT);

  public QueryExpander(ArticleIndex index) {
    this.index = index;
  }

  public QueryTerm expand(QueryTerm term) {
    // The index never changes, so neither does the expansion of a word.
    return term.withAlternatives(cache.get(term.word(), word -> computeAlternatives(term)));
  }

  private List<Alternative> computeAlternatives(QueryTerm term) {
    Map<String, Double> alts = new LinkedHashMap<>();
    for (Alternative a : term.alternatives()) {
      alts.merge(a.term(), a.weight(), Math::max);
    }
    if (term.word().chars().allMatch(Character::isLetter)) {
      java.util.Set<String> forms = new java.util.LinkedHashSet<>(derivedForms(term.word()));
      if (!term.primary().equals(term.word()) && term.primary().chars().allMatch(Character::isLetter)) {
        forms.addAll(derivedForms(term.primary())); // "holds" → stem "hold" → "holder"
      }
      for (String form : forms) {
        for (String stem : Analysis.terms(index.analyzer(), form)) {
          if (index.vocabulary().contains(stem)) {
            alts.merge(stem, DERIVED, Math::max);
          }
        }
      }
    }
    boolean present = alts.keySet().stream().anyMatch(index.vocabulary()::contains);
    if (!present) {
      // "EU" for the article's "European Union": the initials of a name it spells out.
      for (String spelled : index.vocabulary().expand(term.word())) {
        alts.merge(spelled, ACRONYM, Math::max);
        present = true;
      }
    }
    if (!present) {
      correctSpelling(term.primary(), alts);
    }
    List<Alternative> out = new ArrayList<>();
    alts.forEach((t, w) -> out.add(new Alternative(t, w)));
    return List.copyOf(out);
  }

  /**
   * Terms that start with the stem: a derivation the stemmer left apart ("probation" finds
   * "probationary").
   */
  private boolean addLongerForms(String stem, Map<String, Double> alts) throws IOException {
    TermsEnum te = index.terms().iterator();
    BytesRef prefix = new BytesRef(stem);
    if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return false;
    }
    boolean found = false;
    for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
      if (t.length <= prefix.length + 6) {
        alts.merge(t.utf8ToString(), DERIVED, Math::max);
        found = true;
      }
    }
    return found;
  }

  private static List<String> derivedForms(String w) {
    List<String> forms = new ArrayList<>(List.of(w + "er", w + "est", w + "ly"));
    if (w.endsWith("e")) {
      forms.add(w + "r");
      forms.add(w + "st");
    }
    if (w.endsWith("y") && w.length() > 3) {
      String stem = w.substring(0, w.length() - 1);
      forms.add(stem + "ier");
      forms.add(stem + "iest");
      forms.add(stem + "ily");
    }
    for (String suffix : List.of("er", "est", "ly")) {
      if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
        forms.add(w.substring(0, w.length() - suffix.length()));
      }
    }
    return forms;
  }

  private void correctSpelling(String term, Map<String, Double> alts) {
    if (index.terms() == null || term.length() < 5 || term.chars().anyMatch(Character::isDigit)
        || term.codePoints().anyMatch(c -> c > 0x2E80)) {
      return;
    }
    int maxEdits = term.length() >= 7 ? 2 : 1;
    try {
      if (term.length() >= 5 && addLongerForms(term, alts)) {
        return;
      }
      for (int edits = 1; edits <= maxEdits; edits++) {
        CompiledAutomaton automaton = new CompiledAutomaton(new LevenshteinAutomata(term, true).toAutomaton(edits), true, false);
        TermsEnum te = automaton.getTermsEnum(index.terms());
        boolean found = false;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          String candidate = t.utf8ToString();
          if (Math.abs(candidate.length() - term.length()) <= edits && candidate.length() >= 3) {
            alts.merge(candidate, edits == 1 ? ONE_EDIT : TWO_EDITS, Math::max);
            found = true;
          }
        }
        if (found) {
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
