package io.articlebot.core.search;

import io.articlebot.core.analysis.AnswerType;
import java.util.List;

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

}
