package io.articlebot.core.candidates;

import io.articlebot.core.analysis.AnswerType;
import io.articlebot.core.index.IndexedParagraph;
import io.articlebot.core.index.IndexedSentence;
import java.util.List;

/** One or two consecutive sentences of one paragraph: a candidate quote. */
public record Passage(List<IndexedSentence> sentences) {
  public Passage {
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty() || sentences.size() > 2) {
      throw new IllegalArgumentException("a passage has one or two sentences, got " + sentences.size());
    }
    if (sentences.size() == 2 && (sentences.get(1).id() != sentences.get(0).id() + 1
        || sentences.get(0).paragraph() != sentences.get(1).paragraph())) {
      throw new IllegalArgumentException("a two-sentence passage is two neighbours of one paragraph");
    }
  }

  public IndexedSentence first() {
    return sentences.get(0);
  }

  public IndexedSentence last() {
    return sentences.get(sentences.size() - 1);
  }

  public IndexedParagraph paragraph() {
    return first().paragraph();
  }

  public int size() {
    return sentences.size();
  }

  /** Offsets into the article text. */
  public int start() {
    return first().sentence().start();
  }

  public int end() {
    return last().sentence().end();
  }

  public String text() {
    return first().article().text().substring(start(), end());
  }

  public int length() {
    int n = 0;
    for (IndexedSentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }

  public boolean holdsCalendarDate() {
    return sentences.stream().anyMatch(IndexedSentence::holdsCalendarDate);
  }

  public boolean holds(AnswerType type) {
    return sentences.stream().anyMatch(s -> s.holds(type));
  }

  public boolean quotesSomeone() {
    return sentences.stream().anyMatch(IndexedSentence::quotesSomeone);
  }

  public boolean overlaps(Passage other) {
    return first().id() <= other.last().id() && other.first().id() <= last().id();
  }

  /** A key unique among passages of one index. */
  public long key() {
    return ((long) first().id() << 32) | last().id();
  }
}
