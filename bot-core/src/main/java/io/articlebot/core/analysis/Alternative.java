package io.articlebot.core.analysis;

/**
 * An indexed term that stands for a question word, with how much a match on it counts: 1 for the
 * word itself and its irregular forms, less for synonyms and spelling corrections.
 */
public record Alternative(String term, double weight) {
  public Alternative {
    if (term == null || term.isEmpty()) {
      throw new IllegalArgumentException("empty term");
    }
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in (0, 1], got " + weight);
    }
  }
}
