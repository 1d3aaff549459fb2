package io.articlebot.core.search;

import io.articlebot.core.analysis.AnswerType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One to three consecutive sentences of one paragraph: a candidate quote. */
record Passage(List<IndexedSentence> sentences) {
  Passage {
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("empty passage");
    }
  }

  IndexedSentence first() {
    return sentences.get(0);
  }

  IndexedSentence last() {
    return sentences.get(sentences.size() - 1);
  }

  Set<String> terms() {
    if (sentences.size() == 1) {
      return first().terms();
    }
    Set<String> all = new HashSet<>();
    sentences.forEach(s -> all.addAll(s.terms()));
    return all;
  }

  boolean holdsCalendarDate() {
    return sentences.stream().anyMatch(IndexedSentence::holdsCalendarDate);
  }

  boolean holds(AnswerType type) {
    return sentences.stream().anyMatch(s -> s.holds(type));
  }

  boolean quotesSomeone() {
    return sentences.stream().anyMatch(IndexedSentence::quotesSomeone);
  }

  boolean overlaps(Passage other) {
    return first().id() <= other.last().id() && other.first().id() <= last().id();
  }

  String key() {
    return first().id() + "-" + last().id();
  }
}
