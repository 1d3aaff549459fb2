package io.articlebot.core.embedding;

import java.util.List;

/**
 * Turns text into unit-length vectors whose dot product measures how related two texts are.
 * Questions and passages are embedded differently (retrieval models want an instruction before the
 * question only). Implementations are thread-safe.
 */
public interface TextEmbedder {
  /** Names the model and its version; part of every cache key, so a new model never reuses old vectors. */
  String modelId();

  int dimension();

  /**
   * The question's vector and, from the same run, its content tokens' vectors (no punctuation, no
   * stop words, nothing of the instruction before it).
   */
  TextEmbedding embedQuestionWithTokens(String question);

  /** The question's vector alone: one way of embedding a question, whatever is asked of it. */
  default float[] embedQuestion(String question) {
    return embedQuestionWithTokens(question).vector();
  }

  /** Each passage's content tokens' vectors, as {@link #embedQuestionWithTokens} gives a question's. */
  List<TokenVectors> embedTokens(List<String> passages);

  /** One vector per text, in order. */
  List<float[]> embedPassages(List<String> texts);

  /**
   * Each passage's vector and content tokens, as {@link #embedPassages} and {@link #embedTokens}
   * give them. A model that yields both from one run overrides this to run once per passage.
   */
  default List<TextEmbedding> embedPassagesWithTokens(List<String> passages) {
    List<float[]> vectors = embedPassages(passages);
    List<TokenVectors> tokens = embedTokens(passages);
    List<TextEmbedding> out = new java.util.ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      out.add(new TextEmbedding(vectors.get(i), tokens.get(i)));
    }
    return out;
  }

  static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** The unit vector in the direction of {@code a + b}: a two-sentence passage's direction. */
  static float[] normalizedSum(float[] a, float[] b) {
    float[] out = new float[a.length];
    double norm = 0;
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + b[i];
      norm += out[i] * out[i];
    }
    float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
    for (int i = 0; i < out.length; i++) {
      out[i] *= scale;
    }
    return out;
  }
}
