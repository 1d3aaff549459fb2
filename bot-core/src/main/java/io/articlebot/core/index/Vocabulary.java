package io.articlebot.core.index;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per indexed term: in how many sentences it occurs, and whether the articles write it like a
 * name (capitalised where it is not the first word of a sentence, as "DeepSeek" or "Nvidia").
 * Names in a question are what it is about, so a passage must mention them to answer it.
 */
public final class Vocabulary {
  private final Map<String, int[]> stats = new HashMap<>(); // df, capitalised, not sentence-initial
  private final Map<String, Set<String>> acronyms = new HashMap<>();

  /** A run of capitalised words ("European Union") whose initials a question may use instead ("EU"). */
  void acronym(String initials, List<String> terms) {
    acronyms.computeIfAbsent(initials, k -> new LinkedHashSet<>()).addAll(terms);
  }

  /** The terms of the names these initials stand for in the articles ("eu" → european, union); empty if none. */
  public Set<String> expand(String initials) {
    return acronyms.getOrDefault(initials, Set.of());
  }

  void count(String term, boolean sentenceInitial, boolean capitalised, boolean firstInSentence) {
    int[] s = stats.computeIfAbsent(term, k -> new int[3]);
    if (firstInSentence) {
      s[0]++;
    }
    if (!sentenceInitial) {
      s[2]++;
      if (capitalised) {
        s[1]++;
      }
    }
  }

  public int docFreq(String term) {
    int[] s = stats.get(term);
    return s == null ? 0 : s[0];
  }

  public boolean contains(String term) {
    return stats.containsKey(term);
  }

  /** Written like a name most of the time, or a code such as "h100" or "r1". */
  public boolean looksLikeName(String term) {
    int[] s = stats.get(term);
    if (s == null) {
      return false;
    }
    boolean letters = term.chars().anyMatch(Character::isLetter);
    boolean digits = term.chars().anyMatch(Character::isDigit);
    if (letters && digits) {
      return true;
    }
    return letters && s[2] > 0 && s[1] * 10 >= s[2] * 6;
  }
}
