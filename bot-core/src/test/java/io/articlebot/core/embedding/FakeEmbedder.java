package io.articlebot.core.embedding;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in embedding model for tests of the plumbing around embeddings: each lower-cased word
 * hashes to one dimension, so texts sharing words point alike. Counts the texts it embeds.
 */
public final class FakeEmbedder implements TextEmbedder {
  private static final int DIMENSION = 64;
  public final AtomicInteger embedded = new AtomicInteger();

  @Override
  public String modelId() {
    return "fake-words-64";
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] embedQuestion(String question) {
    return embed(question);
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    return texts.stream().map(this::embed).toList();
  }

  private float[] embed(String text) {
    embedded.incrementAndGet();
    float[] v = new float[DIMENSION];
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        v[Math.floorMod(w.hashCode(), DIMENSION)] += 1;
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      v[0] = 1;
      return v;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }
}
