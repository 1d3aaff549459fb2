package io.articlebot.core.embedding;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in embedding model for tests of the plumbing around embeddings: each lower-cased word
 * hashes to one dimension, so texts sharing words point alike; each word is a token whose vector
 * is that dimension alone. Counts the texts it embeds, and those it gives token vectors of.
 */
public final class FakeEmbedder implements TextEmbedder {
  private static final int DIMENSION = 64;
  public final AtomicInteger embedded = new AtomicInteger();
  public final AtomicInteger tokenTexts = new AtomicInteger();

  @Override
  public String modelId() {
    return "fake-words-64";
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public TextEmbedding embedQuestionWithTokens(String question) {
    return new TextEmbedding(embed(question), tokens(question));
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    return texts.stream().map(this::embed).toList();
  }

  @Override
  public List<TokenVectors> embedTokens(List<String> passages) {
    return passages.stream().map(this::tokens).toList();
  }

  private TokenVectors tokens(String text) {
    tokenTexts.incrementAndGet();
    List<float[]> rows = new java.util.ArrayList<>();
    for (String w : words(text)) {
      float[] v = new float[DIMENSION];
      v[Math.floorMod(w.hashCode(), DIMENSION)] = 1;
      rows.add(v);
    }
    return TokenVectors.of(rows);
  }

  private static List<String> words(String text) {
    return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  private float[] embed(String text) {
    embedded.incrementAndGet();
    float[] v = new float[DIMENSION];
    for (String w : words(text)) {
      v[Math.floorMod(w.hashCode(), DIMENSION)] += 1;
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
