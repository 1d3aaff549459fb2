package io.articlebot.core.index;

import io.articlebot.core.embedding.TextEmbedder;
import io.articlebot.core.embedding.TokenVectors;
import java.util.List;
import java.util.Objects;

/**
 * The vector of one indexed text: computed when the article was indexed, or, for an article too
 * long to embed at start-up, on the first question that needs it (and kept from then on).
 */
final class Embedding {
  private final TextEmbedder embedder;
  private final String text;
  private volatile float[] vector;
  /** The text's token vectors, computed on the first question that has it as a candidate. */
  private volatile TokenVectors tokens;

  private Embedding(TextEmbedder embedder, String text, float[] vector) {
    this.embedder = embedder;
    this.text = text;
    this.vector = vector;
  }

  static Embedding of(float[] vector) {
    return new Embedding(null, null, Objects.requireNonNull(vector, "vector"));
  }

  static Embedding onDemand(TextEmbedder embedder, String text) {
    return new Embedding(Objects.requireNonNull(embedder, "embedder"), Objects.requireNonNull(text, "text"), null);
  }

  /** Whether the vector was there when the article was indexed (and so is in the vector index). */
  boolean indexed() {
    return embedder == null;
  }

  float[] get() {
    float[] v = vector;
    if (v == null) {
      synchronized (this) {
        v = vector;
        if (v == null) {
          v = embedder.embedPassages(List.of(text)).get(0);
          vector = v;
        }
      }
    }
    return v;
  }

  /** The token vectors, or null when not computed yet. */
  TokenVectors tokens() {
    return tokens;
  }

  void tokens(TokenVectors t) {
    tokens = t;
  }
}
