package io.articlebot.questionlog.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Groups questions asked in similar words: each is reduced to the stems of its content words
 * ("Is DeepSeek planning an IPO?" and "deepseek IPO plans?" both to {deepseek, ipo, plan}), and a
 * question joins the first group, most frequent first, whose stems it shares at least
 * {@link #SIMILAR} of (Jaccard).
 */
final class Wordings {
  static final double SIMILAR = 0.6;
  private static final Set<String> QUESTION_WORDS = Set.of("what", "who", "whom", "whose", "which", "when", "where", "why", "how",
      "do", "doe", "did", "has", "have", "had", "can", "could", "would", "should", "i", "me", "you", "my", "your", "about",
      "tell", "pleas", "ani", "much", "mani", "is", "ar", "wa", "were", "been");

  private Wordings() {}

  /** A group being built: its wordings with their counts. */
  static final class Builder {
    final Set<String> stems;
    final Map<String, int[]> wordings = new LinkedHashMap<>();
    int count;
    int answered;

    Builder(Set<String> stems) {
      this.stems = stems;
    }

    Report.Group build() {
      String best = wordings.entrySet().stream().max((a, b) -> Integer.compare(a.getValue()[0], b.getValue()[0])).orElseThrow().getKey();
      return new Report.Group(best, count, wordings.size(), answered);
    }
  }

  /**
   * @param questions each asked question's text with how many times it was asked and answered,
   *     most asked first
   */
  static List<Report.Group> group(List<Counted> questions, int limit) {
    List<Builder> groups = new ArrayList<>();
    try (Analyzer analyzer = new EnglishAnalyzer()) {
      for (Counted q : questions) {
        Set<String> stems = stems(analyzer, q.text());
        Builder home = null;
        for (Builder g : groups) {
          if (jaccard(g.stems, stems) >= SIMILAR) {
            home = g;
            break;
          }
        }
        if (home == null) {
          home = new Builder(stems);
          groups.add(home);
        }
        home.wordings.computeIfAbsent(q.text(), k -> new int[1])[0] += q.count();
        home.count += q.count();
        home.answered += q.answered();
      }
    }
    groups.sort((a, b) -> Integer.compare(b.count, a.count));
    return groups.stream().limit(limit).map(Builder::build).toList();
  }

  /** A question as asked, how often, and how often answered. */
  record Counted(String text, int count, int answered) {}

  static Set<String> stems(Analyzer analyzer, String text) {
    Set<String> out = new TreeSet<>();
    try (TokenStream ts = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (!QUESTION_WORDS.contains(t)) {
          out.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
