package io.articlebot.core.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Embeddings kept on disk, keyed by the model and the exact texts, so that an unchanged article is
 * never embedded twice: one file per list of texts ({@code <dir>/<model>/<sha256>.vec}). A file
 * that is missing, truncated or for other texts is simply recomputed. Writes are atomic (a
 * temporary file moved into place), so a crash never leaves a half-written entry behind.
 */
public final class EmbeddingStore {
  private static final int MAGIC = 0x41425631; // "ABV1"

  private final Path dir;

  private EmbeddingStore(Path dir) {
    this.dir = dir;
  }

  /** A store under {@code dir}, created on first write. */
  public static EmbeddingStore at(Path dir) {
    return new EmbeddingStore(dir);
  }

  /** No store: every list is embedded anew. */
  public static EmbeddingStore none() {
    return new EmbeddingStore(null);
  }

  /** What a lookup cost, for logs and {@code bench}. */
  public record Lookup(List<float[]> vectors, boolean cached) {}

  /** The vectors of passages {@code texts} from the store, or embedded now and kept. */
  public Lookup passages(TextEmbedder embedder, List<String> texts) {
    return lookup(embedder, "passages", texts, embedder::embedPassages);
  }

  /** The vectors of passages {@code texts} if the store has them; never embeds. */
  public Optional<List<float[]>> keptPassages(TextEmbedder embedder, List<String> texts) {
    if (dir == null || texts.isEmpty()) {
      return texts.isEmpty() ? Optional.of(List.of()) : Optional.empty();
    }
    return read(file(embedder, "passages", texts), texts.size(), embedder.dimension());
  }

  private Lookup lookup(TextEmbedder embedder, String kind, List<String> texts, Function<List<String>, List<float[]>> embed) {
    if (texts.isEmpty()) {
      return new Lookup(List.of(), true);
    }
    if (dir == null) {
      return new Lookup(embed.apply(texts), false);
    }
    Path file = file(embedder, kind, texts);
    Optional<List<float[]>> kept = read(file, texts.size(), embedder.dimension());
    if (kept.isPresent()) {
      return new Lookup(kept.get(), true);
    }
    List<float[]> vectors = embed.apply(texts);
    write(file, vectors, embedder.dimension());
    return new Lookup(vectors, false);
  }

  private Path file(TextEmbedder embedder, String kind, List<String> texts) {
    return dir.resolve(embedder.modelId()).resolve(key(embedder.modelId() + "/" + kind, texts) + ".vec");
  }

  static String key(String model, List<String> texts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(model.getBytes(StandardCharsets.UTF_8));
      for (String t : texts) {
        sha.update((byte) 0);
        sha.update(t.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static Optional<List<float[]>> read(Path file, int count, int dimension) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != count || in.readInt() != dimension) {
        return Optional.empty();
      }
      List<float[]> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        float[] v = new float[dimension];
        for (int j = 0; j < dimension; j++) {
          v[j] = in.readFloat();
        }
        out.add(v);
      }
      return Optional.of(out);
    } catch (IOException e) {
      return Optional.empty(); // truncated or unreadable: embed again
    }
  }

  private static void write(Path file, List<float[]> vectors, int dimension) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try (OutputStream raw = Files.newOutputStream(tmp); DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeInt(vectors.size());
        out.writeInt(dimension);
        for (float[] v : vectors) {
          for (float x : v) {
            out.writeFloat(x);
          }
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // A read-only data directory only costs time: the vectors are used anyway, just not kept.
    }
  }
}
