package io.articlebot.app.training;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Whether a retrained model is the shipped one. Where this machine embeds the fixed probe texts
 * bit for bit as the machine that trained the shipped model did (the same embedding fingerprint,
 * recorded beside the model by {@code train}), every parameter must agree to within 0.1 %:
 * training is deterministic. Where it does not (another processor family: ONNX Runtime's kernels
 * differ in their last bits), the refit moves with the inputs: by 0.046 between two of this
 * project's machines, with cross-validated totals within 0.002; there each parameter must agree to
 * within 10 %, and the cross-validated floors hold either way.
 */
public final class Reproduction {
  /** Largest relative parameter difference on a machine that embeds alike. */
  public static final double SAME_EMBEDDINGS = 1e-3;
  /** Largest relative parameter difference on a machine whose embeddings differ in their last bits. */
  public static final double OTHER_EMBEDDINGS = 0.1;

  private Reproduction() {}

  public record Verdict(boolean reproduced, String says) {}

  /**
   * @param recorded the fingerprint the shipped model was trained with, if known
   * @param here this machine's fingerprint
   */
  public static Verdict judge(double distance, Optional<String> recorded, String here) {
    boolean alike = recorded.isEmpty() || recorded.get().equals(here);
    double bound = alike ? SAME_EMBEDDINGS : OTHER_EMBEDDINGS;
    String context = alike
        ? "embeddings as when it was trained"
        : "this machine embeds differently from the one that trained it (fingerprint " + here + ", trained with "
            + recorded.get() + "), so the bound is " + bound;
    return new Verdict(distance <= bound, String.format(Locale.ROOT, "largest parameter difference %.2g; %s", distance, context));
  }

  /** The fingerprint recorded in {@code file}, if the file exists. */
  public static Optional<String> recorded(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return Optional.ofNullable(p.getProperty("fingerprint")).map(String::strip);
  }

  public static void record(Path file, String fingerprint, String modelVersion) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# Written by `./article-bot train` beside the model it wrote: what the embedding model made of a few\n");
      w.write("# fixed texts on the training machine (EmbeddingFingerprint). `train --check` compares it with its own\n");
      w.write("# machine's to know whether it must reproduce the model exactly (docs/retrieval.md, Training).\n");
      w.write("model = " + modelVersion + "\n");
      w.write("fingerprint = " + fingerprint + "\n");
    }
  }
}
