package io.articlebot.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.articlebot.core.util.LruCache;
import org.apache.lucene.analysis.Analyzer;

/**
 * The indexed terms that may stand for a question word: its stem, the forms of an irregular verb,
 * its synonyms (looked up by stem too, and through the base of a comparative), each stemmed like
 * the index. Cached per word; thread-safe.
 */
final class WordAlternatives {
  private static final int CACHE_LIMIT = 50_000;
  private static final double SYNONYM = 0.8;

  private final Lexicon lexicon;
  private final Analyzer indexing;
  private final LruCache<String, List<Alternative>> cache = new LruCache<>(CACHE_LIMIT);
  /** Synonym entries by stem, so "shutting" finds the entry for "shut". */
  private final Map<String, String> synonymKeyByStem = new HashMap<>();
  /** Irregular verbs by stem, so "gives" finds give, gave, given. */
  private final Map<String, String> irregularKeyByStem = new HashMap<>();

  WordAlternatives(Lexicon lexicon, Analyzer indexing) {
    this.lexicon = lexicon;
    this.indexing = indexing;
    indexByStem(lexicon.irregularWords(), irregularKeyByStem);
    indexByStem(lexicon.wordsWithSynonyms(), synonymKeyByStem);
  }

  private void indexByStem(Set<String> words, Map<String, String> byStem) {
    for (String w : words) {
      List<String> stems = Analysis.terms(indexing, w);
      if (stems.size() == 1) {
        byStem.putIfAbsent(stems.get(0), w);
      }
    }
  }

  /** The word's own stem first; empty for a stop word. */
  List<Alternative> of(String word) {
    return cache.get(word, this::computeAlternatives);
  }

  private List<Alternative> computeAlternatives(String word) {
    Map<String, Double> out = new LinkedHashMap<>();
    addStem(out, word, 1.0);
    if (out.isEmpty()) {
      return List.of();
    }
    Set<String> irregular = lexicon.irregularForms(word);
    if (irregular.isEmpty()) {
      irregular = lexicon.irregularForms(irregularKeyByStem.getOrDefault(out.keySet().iterator().next(), ""));
    }
    for (String form : irregular) {
      addStem(out, form, 1.0);
    }
    Set<String> seen = new HashSet<>(irregular);
    Set<String> synonyms = lexicon.synonyms(word);
    if (synonyms.isEmpty()) {
      synonyms = lexicon.synonyms(synonymKeyByStem.getOrDefault(out.keySet().iterator().next(), ""));
    }
    if (synonyms.isEmpty()) {
      String base = comparativeBase(word);
      if (base != null && !lexicon.synonyms(base).isEmpty()) {
        // "bigger": the base and its synonyms, compared the same way ("larger").
        addStem(out, base, 1.0);
        for (String syn : lexicon.synonyms(base)) {
          for (String form : List.of(syn, syn + "er", syn + "r", syn + "est", syn + "st")) {
            addStem(out, form, SYNONYM);
          }
        }
      }
    }
    for (String syn : synonyms) {
      if (seen.add(syn)) {
        addStem(out, syn, SYNONYM);
        for (String form : lexicon.irregularForms(syn)) {
          addStem(out, form, SYNONYM);
        }
      }
    }
    List<Alternative> list = new ArrayList<>();
    out.forEach((t, w) -> list.add(new Alternative(t, w)));
    return List.copyOf(list);
  }

  /** "bigger" → "big", "larger" → "large", "heavier" → "heavy"; null when not a comparative. */
  private String comparativeBase(String word) {
    for (String suffix : List.of("est", "er")) {
      if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
        String stem = word.substring(0, word.length() - suffix.length());
        List<String> candidates = new ArrayList<>(List.of(stem, stem + "e"));
        if (stem.endsWith("i")) {
          candidates.add(stem.substring(0, stem.length() - 1) + "y");
        }
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
          candidates.add(stem.substring(0, stem.length() - 1));
        }
        for (String c : candidates) {
          if (!lexicon.synonyms(c).isEmpty()) {
            return c;
          }
        }
      }
    }
    return null;
  }

  private void addStem(Map<String, Double> out, String word, double weight) {
    List<String> stems = Analysis.terms(indexing, word);
    if (stems.size() == 1) {
      out.merge(stems.get(0), weight, Math::max);
    }
  }
}
