package io.articlebot.core.index;

import io.articlebot.core.embedding.TextEmbedder;
import io.articlebot.core.embedding.KeptTokens;
import io.articlebot.core.embedding.TokenVectors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The vector of one indexed text: computed when the article was indexed, or, for an article too
 * long to embed at start-up, on the first question that needs it (and kept from then on).
 */
final class Embedding {
  private final TextEmbedder embedder;
  private final String text;
  private volatile float[] vector;
  /**
   * The text's token vectors: read from {@link #kept} or computed on the first question that has
   * it as a candidate, then held.
   */
  private volatile TokenVectors tokens;
  /** Where the token vectors are kept on disk, if they are: the text is entry {@link #keptAt}. */
  private volatile KeptTokens kept;
  private volatile int keptAt;

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

  /** The token vectors, held or read from where they are kept; null when not computed yet. */
  TokenVectors tokens() {
    TokenVectors t = tokens;
    KeptTokens k = kept;
    if (t == null && k != null) {
      Optional<TokenVectors> read = k.read(keptAt);
      if (read.isPresent()) {
        t = read.get();
        tokens = t;
      } else {
        kept = null; // gone or damaged: computed instead, by the caller
      }
    }
    return t;
  }

  void tokens(TokenVectors t) {
    tokens = t;
  }

  /** Takes the token vectors from entry {@code at} of {@code k} when first asked for. */
  void keptTokens(KeptTokens k, int at) {
    keptAt = at;
    kept = k;
  }
}
