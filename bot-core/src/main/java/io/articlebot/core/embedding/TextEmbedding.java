package io.articlebot.core.embedding;

import java.util.Objects;

/**
 * What one run of the embedding model gives of a text (a question or a passage): its vector (for
 * cosines) and its content tokens' vectors (for the late-interaction match).
 */
public record TextEmbedding(float[] vector, TokenVectors tokens) {
  public TextEmbedding {
    Objects.requireNonNull(vector, "vector");
    Objects.requireNonNull(tokens, "tokens");
  }
}
