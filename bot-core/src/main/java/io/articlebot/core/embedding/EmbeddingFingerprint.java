package io.articlebot.core.embedding;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an embedder makes of a few fixed texts, down to the last bit, as a short hash. ONNX Runtime
 * picks its kernels by CPU, so the same model and texts give vectors that differ in their last
 * bits from one processor family to another (seen with the same jar natively on an AVX-512 VNNI
 * machine and under an emulated AVX2 one); training then refits slightly different weights. Two
 * machines with the same fingerprint embed alike, and there a retrained model must match the
 * shipped one exactly.
 */
public final class EmbeddingFingerprint {
  // Texts of a few dozen tokens: very short ones came out alike on both processor families.
  private static final List<String> QUESTIONS = List.of("Who founded the company?",
      "When was the Norman conquest of England, and who led the army that crossed the Channel?");
  private static final List<String> PASSAGES = List.of(
      "The Normans were the people who in the 10th and 11th centuries gave their name to Normandy, a region in France.",
      "The company, a Hangzhou-based start-up, has not sought outside investors since it was set up in 2023 by a hedge fund"
          + " manager, and it relies on strong cash flow from that fund to hire researchers.");

  private EmbeddingFingerprint() {}

  public static String of(TextEmbedder embedder) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    sha.update(embedder.modelId().getBytes(StandardCharsets.UTF_8));
    // The vectors come from the same model runs as the token vectors, so they show any difference.
    for (String q : QUESTIONS) {
      add(sha, embedder.embedQuestion(q));
    }
    for (float[] v : embedder.embedPassages(PASSAGES)) {
      add(sha, v);
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  private static void add(MessageDigest sha, float[] v) {
    ByteBuffer b = ByteBuffer.allocate(4 * v.length);
    for (float x : v) {
      b.putInt(Float.floatToIntBits(x));
    }
    sha.update(b.array());
  }
}
