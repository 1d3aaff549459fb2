package io.articlebot.core.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
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
 * never embedded twice: one file per list of texts ({@code <dir>/<model>/<sha256>.vec}), and one
 * for the token vectors of an article's sentences ({@code .tok}, see {@link KeptTokens}). A file
 * that is missing, truncated or for other texts is simply recomputed. Writes are atomic (a
 * temporary file moved into place), so a crash never leaves a half-written entry behind.
 */
public final class EmbeddingStore {
  private static final int MAGIC = 0x41425631; // "ABV1"
  private static final int TOKENS_MAGIC = 0x41425431; // "ABT1"
  private static final int TOKENS_HEADER = 3 * Integer.BYTES;

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

  /** Keeps {@code vectors}, embedded from {@code texts}, as {@link #passages} would have. */
  public void keepPassages(TextEmbedder embedder, List<String> texts, List<float[]> vectors) {
    if (texts.size() != vectors.size()) {
      throw new IllegalArgumentException(texts.size() + " texts with " + vectors.size() + " vectors");
    }
    if (dir != null && !texts.isEmpty()) {
      write(file(embedder, "passages", texts), vectors, embedder.dimension());
    }
  }

  /** The vectors of passages {@code texts} if the store has them; never embeds. */
  public Optional<List<float[]>> keptPassages(TextEmbedder embedder, List<String> texts) {
    if (dir == null || texts.isEmpty()) {
      return texts.isEmpty() ? Optional.of(List.of()) : Optional.empty();
    }
    return read(file(embedder, "passages", texts), texts.size(), embedder.dimension());
  }

  /**
   * Keeps the token vectors of {@code texts} (an article's sentences), one file for the list, and
   * returns them as kept; empty when there is no store or it cannot be written (the caller holds
   * them in memory then).
   */
  public Optional<KeptTokens> keepTokens(TextEmbedder embedder, List<String> texts, List<TokenVectors> tokens) {
    if (texts.size() != tokens.size()) {
      throw new IllegalArgumentException(texts.size() + " texts with " + tokens.size() + " token lists");
    }
    if (dir == null || texts.isEmpty()) {
      return Optional.empty();
    }
    int dimension = embedder.dimension();
    long[] offsets = new long[texts.size() + 1];
    offsets[0] = TOKENS_HEADER + (long) offsets.length * Long.BYTES;
    for (int i = 0; i < tokens.size(); i++) {
      TokenVectors t = tokens.get(i);
      if (t.size() > 0 && t.dimension() != dimension) {
        throw new IllegalArgumentException("tokens of " + t.dimension() + " values for a model of " + dimension);
      }
      offsets[i + 1] = offsets[i] + t.encodedSize();
    }
    Path file = file(embedder, "tokens", texts, ".tok");
    boolean written = writeAtomically(file, out -> {
      ByteBuffer header = ByteBuffer.allocate((int) offsets[0]);
      header.putInt(TOKENS_MAGIC).putInt(texts.size()).putInt(dimension);
      for (long o : offsets) {
        header.putLong(o);
      }
      out.write(header.array());
      for (TokenVectors t : tokens) {
        ByteBuffer b = ByteBuffer.allocate(t.encodedSize());
        t.write(b);
        out.write(b.array());
      }
    });
    return written ? Optional.of(new KeptTokens(file, offsets, dimension)) : Optional.empty();
  }

  /** The token vectors of {@code texts} if the store keeps them; never embeds. */
  public Optional<KeptTokens> keptTokens(TextEmbedder embedder, List<String> texts) {
    if (dir == null || texts.isEmpty()) {
      return Optional.empty();
    }
    Path file = file(embedder, "tokens", texts, ".tok");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != TOKENS_MAGIC || in.readInt() != texts.size() || in.readInt() != embedder.dimension()) {
        return Optional.empty();
      }
      long[] offsets = new long[texts.size() + 1];
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = in.readLong();
        if (i > 0 && offsets[i] < offsets[i - 1] + Integer.BYTES) {
          return Optional.empty();
        }
      }
      if (offsets[0] != TOKENS_HEADER + (long) offsets.length * Long.BYTES || offsets[texts.size()] != Files.size(file)) {
        return Optional.empty();
      }
      return Optional.of(new KeptTokens(file, offsets, embedder.dimension()));
    } catch (IOException e) {
      return Optional.empty(); // truncated or unreadable: computed again
    }
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
    return file(embedder, kind, texts, ".vec");
  }

  private Path file(TextEmbedder embedder, String kind, List<String> texts, String suffix) {
    return dir.resolve(embedder.modelId()).resolve(key(embedder.modelId() + "/" + kind, texts) + suffix);
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
    writeAtomically(file, raw -> {
      DataOutputStream out = new DataOutputStream(raw);
      out.writeInt(MAGIC);
      out.writeInt(vectors.size());
      out.writeInt(dimension);
      for (float[] v : vectors) {
        for (float x : v) {
          out.writeFloat(x);
        }
      }
      out.flush();
    });
  }

  private interface Contents {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Whether {@code file} now holds the contents: written beside it, then moved into place. */
  private static boolean writeAtomically(Path file, Contents contents) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
          contents.writeTo(out);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // A read-only data directory only costs time: the vectors are used anyway, just not kept.
      return false;
    }
  }
}
