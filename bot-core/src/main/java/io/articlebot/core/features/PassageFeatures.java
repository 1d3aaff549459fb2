package io.articlebot.core.features;

import io.articlebot.core.candidates.Passage;

/** A candidate passage described by {@link Feature}s, in {@link Feature} order. */
public record PassageFeatures(Passage passage, double[] values) {
  public PassageFeatures {
    if (values.length != Feature.COUNT) {
      throw new IllegalArgumentException("expected " + Feature.COUNT + " feature values, got " + values.length);
    }
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("feature values must be finite");
      }
    }
  }

  public double get(Feature f) {
    return values[f.ordinal()];
  }

  public boolean has(Feature f) {
    return values[f.ordinal()] > 0;
  }
}
