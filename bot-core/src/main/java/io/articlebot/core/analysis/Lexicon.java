package io.articlebot.core.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General English knowledge for reading questions, loaded from {@code english-lexicon.txt}: which
 * question words carry no topic, which topic words are too common to matter much, synonyms and
 * irregular verb forms, two-word verbs, and Chinese question words.
 */
public final class Lexicon {
  private final Set<String> questionStop;
  private final Set<String> light;
  private final Map<String, Set<String>> synonyms;
  private final Map<String, Set<String>> irregularForms;
  private final List<String> chineseStop;
  private final Map<String, String> phrasal;

  private Lexicon(Set<String> questionStop, Set<String> light, Map<String, Set<String>> synonyms,
      Map<String, Set<String>> irregularForms, List<String> chineseStop, Map<String, String> phrasal) {
    this.questionStop = questionStop;
    this.light = light;
    this.synonyms = synonyms;
    this.irregularForms = irregularForms;
    this.chineseStop = chineseStop;
    this.phrasal = phrasal;
  }

  /** Two-word verbs ("set up") and the one-word verb an article is likelier to use ("establish"). */
  public Map<String, String> phrasalVerbs() {
    return phrasal;
  }

  private static final class Holder {
    static final Lexicon ENGLISH = load("english-lexicon.txt");
  }

  public static Lexicon english() {
    return Holder.ENGLISH;
  }

  public boolean isQuestionStopWord(String word) {
    return questionStop.contains(word);
  }

  public boolean isLight(String word) {
    return light.contains(word);
  }

  /** Other words for the same thing, not including {@code word}. */
  public Set<String> synonyms(String word) {
    return synonyms.getOrDefault(word, Set.of());
  }

  /** Every word that has synonyms, for callers that index them another way (by stem). */
  public Set<String> wordsWithSynonyms() {
    return synonyms.keySet();
  }

  /** Every form of every irregular verb, for callers that index them another way (by stem). */
  public Set<String> irregularWords() {
    return irregularForms.keySet();
  }

  /** Every form of an irregular verb, {@code word} included; empty when it is not one. */
  public Set<String> irregularForms(String word) {
    return irregularForms.getOrDefault(word, Set.of());
  }

  /** Chinese question words and particles, longest first. */
  public List<String> chineseStopWords() {
    return chineseStop;
  }

  static Lexicon load(String resource) {
    Set<String> stop = new HashSet<>();
    Set<String> light = new HashSet<>();
    Map<String, Set<String>> synonyms = new HashMap<>();
    Map<String, Set<String>> irregular = new HashMap<>();
    List<String> chinese = new ArrayList<>();
    Map<String, String> phrasal = new HashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = "";
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          section = line;
          continue;
        }
        List<String> words = List.of(line.toLowerCase(Locale.ROOT).split("\\s+"));
        switch (section) {
          case "[question-stop]" -> stop.addAll(words);
          case "[light]" -> light.addAll(words);
          case "[synonyms]" -> linkAll(synonyms, words, false);
          case "[irregular]" -> linkAll(irregular, words, true);
          case "[chinese-stop]" -> chinese.addAll(words);
          case "[phrasal]" -> {
            String[] sides = line.toLowerCase(Locale.ROOT).split("=");
            phrasal.put(sides[0].strip(), sides[1].strip());
          }
          default -> throw new IllegalStateException("line outside a section in " + resource + ": " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    chinese.sort(Comparator.comparingInt(String::length).reversed());
    return new Lexicon(Set.copyOf(stop), Set.copyOf(light), freeze(synonyms), freeze(irregular), List.copyOf(chinese),
        Map.copyOf(phrasal));
  }

  private static void linkAll(Map<String, Set<String>> map, List<String> group, boolean includeSelf) {
    for (String w : group) {
      Set<String> others = map.computeIfAbsent(w, k -> new LinkedHashSet<>());
      for (String o : group) {
        if (includeSelf || !o.equals(w)) {
          others.add(o);
        }
      }
    }
  }

  // Set.copyOf iterates in an order salted per JVM; the order of a word's alternatives decides the
  // order of floating-point sums downstream, and training must reproduce to the last bit.
  private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
    Map<String, Set<String>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    return Collections.unmodifiableMap(out);
  }
}
