package io.articlebot.core.embedding;

import java.util.Objects;

/**
 * What one run of the embedding model gives of a question: its vector (for cosines with passages)
 * and its content tokens' vectors (for the late-interaction match).
 */
public record QuestionEmbedding(float[] vector, TokenVectors tokens) {
  public QuestionEmbedding {
    Objects.requireNonNull(vector, "vector");
    Objects.requireNonNull(tokens, "tokens");
  }
}
