package io.articlebot.core.conversation;

import io.articlebot.core.article.Article;
import io.articlebot.core.article.Paragraph;
import io.articlebot.core.article.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names in a set of articles, learnt from how the articles write them, and every word they
 * use. A word is part of a name when the articles capitalise it where no sentence start explains
 * it (or it has capitals inside, like {@code DeepSeek}), at least as often as they write it in
 * lower case; a name is a run of such words, and any part of a run of up to four words. A name
 * looks like a person's when it is two or more plain capitalised words ({@code Liang Wenfeng}) of
 * which the first or last is also used alone ({@code Liang}), or is such a word used alone.
 */
final class ArticleNames {
  private static final int MAX_NAME_WORDS = 4;

  private final Map<String, Name> byKey;
  private final Set<String> vocabulary;

  private ArticleNames(Map<String, Name> byKey, Set<String> vocabulary) {
    this.byKey = byKey;
    this.vocabulary = vocabulary;
  }

  static ArticleNames of(List<Article> articles) {
    Map<String, int[]> casing = new HashMap<>(); // key -> {capitalised mid-sentence, lower case}
    Set<String> vocabulary = new HashSet<>();
    List<List<Words.Word>> sentences = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Article a : articles) {
      for (Paragraph p : a.paragraphs()) {
        for (Sentence s : p.sentences()) {
          String text = a.text(s);
          List<Words.Word> words = Words.of(text);
          sentences.add(words);
          texts.add(text);
          for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            vocabulary.add(w.key());
            int[] c = casing.computeIfAbsent(w.key(), k -> new int[2]);
            if (w.innerCapitals() || (i > 0 && w.capitalised())) {
              c[0]++;
            } else if (!w.capitalised()) {
              c[1]++;
            }
          }
        }
      }
    }
    Map<String, String> surface = new HashMap<>();
    Set<String> alone = new HashSet<>();
    Set<String> plainRuns = new HashSet<>();
    for (int n = 0; n < sentences.size(); n++) {
      List<Words.Word> words = sentences.get(n);
      String text = texts.get(n);
      List<Words.Word> run = new ArrayList<>();
      for (int i = 0; i <= words.size(); i++) {
        Words.Word w = i < words.size() ? words.get(i) : null;
        boolean mid = w != null && isNameWord(w, i, casing);
        boolean nameWord = mid || (w != null && i == 0 && startsName(w, words, text, casing));
        if (nameWord && !run.isEmpty() && !joined(text, run.get(run.size() - 1), w)) {
          collect(run, surface, alone, plainRuns); // "Liang Wenfeng, DeepSeek": a comma ends a name
          run = new ArrayList<>();
        }
        if (nameWord) {
          run.add(mid ? w : new Words.Word(w.text(), w.start(), w.end(), w.possessive(), true));
        }
        if (!nameWord || w.possessive()) {
          collect(run, surface, alone, plainRuns);
          run = new ArrayList<>();
        }
      }
    }
    Set<String> personWords = new HashSet<>();
    for (String run : plainRuns) {
      String[] parts = run.split(" ");
      if (alone.contains(parts[0]) || alone.contains(parts[parts.length - 1])) {
        personWords.addAll(List.of(parts));
      }
    }
    Map<String, Name> byKey = new HashMap<>();
    for (Map.Entry<String, String> e : surface.entrySet()) {
      String key = e.getKey();
      boolean person = key.contains(" ") ? plainRuns.contains(key) && personWords.containsAll(List.of(key.split(" ")))
          : personWords.contains(key) && alone.contains(key);
      byKey.put(key, new Name(e.getValue(), key, person));
    }
    return new ArticleNames(byKey, vocabulary);
  }

  /** Two words are one name only when a single space or hyphen separates them. */
  private static boolean joined(String text, Words.Word a, Words.Word b) {
    String gap = text.substring(a.end(), b.start());
    return gap.equals(" ") || gap.equals("-") || gap.equals("\u00a0");
  }

  /**
   * A sentence's first word is part of a name when it is never written in lower case and the word
   * right after it is a name word: "Northwind Labs is ...".
   */
  private static boolean startsName(Words.Word w, List<Words.Word> words, String text, Map<String, int[]> casing) {
    if (words.size() < 2 || !w.capitalised() || QuestionWords.isFunctionWord(w.key()) || !joined(text, w, words.get(1))) {
      return false;
    }
    int[] c = casing.get(w.key());
    return c != null && c[1] == 0 && isNameWord(words.get(1), 1, casing);
  }

  private static boolean isNameWord(Words.Word w, int position, Map<String, int[]> casing) {
    if (!w.capitalised() && !w.innerCapitals()) {
      return false;
    }
    if (w.text().length() < 2 || Character.isDigit(w.text().codePointAt(0)) || QuestionWords.isFunctionWord(w.key())) {
      return false;
    }
    int[] c = casing.get(w.key());
    return c != null && c[0] > 0 && c[0] >= c[1];
  }

  private static void collect(List<Words.Word> run, Map<String, String> surface, Set<String> alone, Set<String> plainRuns) {
    if (run.isEmpty()) {
      return;
    }
    if (run.size() == 1) {
      alone.add(run.get(0).key());
    }
    for (int from = 0; from < run.size(); from++) {
      StringBuilder key = new StringBuilder();
      StringBuilder text = new StringBuilder();
      boolean plain = true;
      for (int to = from; to < run.size() && to - from < MAX_NAME_WORDS; to++) {
        Words.Word w = run.get(to);
        key.append(to == from ? "" : " ").append(w.key());
        text.append(to == from ? "" : " ").append(w.text());
        plain &= w.plainName() && !w.atStart(); // "Former Google": a capital a sentence start explains is no evidence
        surface.putIfAbsent(key.toString(), text.toString());
        if (plain && to > from) {
          plainRuns.add(key.toString());
        }
      }
    }
  }

  /** The names in {@code text}, longest first at each place, in the order they occur. */
  List<Found> find(String text) {
    List<Words.Word> words = Words.of(text);
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      Found best = null;
      StringBuilder key = new StringBuilder();
      for (int j = i; j < words.size() && j - i < MAX_NAME_WORDS; j++) {
        key.append(j == i ? "" : " ").append(words.get(j).key());
        Name name = byKey.get(key.toString());
        if (name != null) {
          best = new Found(name, words.get(i).start(), words.get(j).end());
        }
        if (words.get(j).possessive()) {
          break;
        }
      }
      if (best != null && !QuestionWords.isFunctionWord(words.get(i).key())) {
        out.add(best);
        while (i < words.size() && words.get(i).start() < best.end()) {
          i++;
        }
      } else {
        i++;
      }
    }
    return out;
  }

  /** True when any word of {@code text} is one the articles use. */
  boolean usesArticleWords(String text) {
    for (Words.Word w : Words.of(text)) {
      if (w.text().length() > 1 && vocabulary.contains(w.key()) && !QuestionWords.isFunctionWord(w.key())) {
        return true;
      }
    }
    return false;
  }

  /** A name found in a text, at {@code [start, end)}. */
  record Found(Name name, int start, int end) {}
}
