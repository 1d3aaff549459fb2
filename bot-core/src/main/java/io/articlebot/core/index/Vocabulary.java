package io.articlebot.core.index;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per indexed term: in how many sentences it occurs, and whether the articles write it like a
 * name (capitalised where it is not the first word of a sentence, as "DeepSeek" or "Nvidia").
 * Names in a question are what it is about, so a passage must mention them to answer it.
 * Each article's vocabulary is kept on its own too ({@link #merge}), so that an index over many
 * articles can be brought up to date one article at a time.
 */
public final class Vocabulary {
  private final Map<String, int[]> stats; // df, capitalised, not sentence-initial
  private final Map<String, Set<String>> acronyms;

  public Vocabulary() {
    this(new HashMap<>(), new HashMap<>());
  }

  private Vocabulary(Map<String, int[]> stats, Map<String, Set<String>> acronyms) {
    this.stats = stats;
    this.acronyms = acronyms;
  }

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

  /**
   * Adds another article's counts, as if its sentences had been counted here after the ones
   * already counted: counts add up, and the names behind initials keep the order they were met.
   */
  void merge(Vocabulary other) {
    other.stats.forEach((term, s) -> {
      int[] mine = stats.computeIfAbsent(term, k -> new int[3]);
      for (int i = 0; i < 3; i++) {
        mine[i] += s[i];
      }
    });
    other.acronyms.forEach((initials, terms) -> acronyms.computeIfAbsent(initials, k -> new LinkedHashSet<>()).addAll(terms));
  }

  public int docFreq(String term) {
    int[] s = stats.get(term);
    return s == null ? 0 : s[0];
  }

  public boolean contains(String term) {
    return stats.containsKey(term);
  }

  /** How many distinct terms. */
  public int size() {
    return stats.size();
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

  void write(DataOutput out) throws IOException {
    out.writeInt(stats.size());
    for (Map.Entry<String, int[]> e : stats.entrySet()) {
      out.writeUTF(e.getKey());
      for (int v : e.getValue()) {
        out.writeInt(v);
      }
    }
    out.writeInt(acronyms.size());
    for (Map.Entry<String, Set<String>> e : acronyms.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().size());
      for (String t : e.getValue()) {
        out.writeUTF(t);
      }
    }
  }

  static Vocabulary read(DataInput in) throws IOException {
    int terms = in.readInt();
    Map<String, int[]> stats = new HashMap<>(Math.max(16, terms * 4 / 3 + 1));
    for (int i = 0; i < terms; i++) {
      String term = in.readUTF();
      stats.put(term, new int[] {in.readInt(), in.readInt(), in.readInt()});
    }
    int names = in.readInt();
    Map<String, Set<String>> acronyms = new HashMap<>(Math.max(16, names * 4 / 3 + 1));
    for (int i = 0; i < names; i++) {
      String initials = in.readUTF();
      int n = in.readInt();
      Set<String> set = new LinkedHashSet<>();
      for (int j = 0; j < n; j++) {
        set.add(in.readUTF());
      }
      acronyms.put(initials, set);
    }
    return new Vocabulary(stats, acronyms);
  }
}
