package io.articlebot.core.index;

import io.articlebot.core.embedding.TextEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What an index on disk was made with: the layout of its documents, the embedding model, and the
 * code that turns a file into indexed text (extraction, paragraph and sentence splitting, analysis,
 * this package), fingerprinted from its compiled classes. A new model or any change to that code
 * gives a new version, and an index of another version is rebuilt rather than trusted: a changed
 * extractor reads different text from the same file, a changed analyzer makes different terms.
 */
public final class IndexVersion {
  /** The layout of documents and stored fields ({@link IndexStore}); raise it when that changes. */
  static final int FORMAT = 2;
  private static final List<String> CODE = List.of(
      "io/articlebot/core/analysis/", "io/articlebot/core/article/", "io/articlebot/core/index/");
  private static volatile String code;

  private IndexVersion() {}

  /** The version an index made now with {@code embedder} has, e.g. {@code 1-bge-small-en-v1.5-q-single-3f2a9c1b0d4e}. */
  public static String current(TextEmbedder embedder) {
    return current(embedder, null);
  }

  /**
   * @param memo a file where the fingerprint of a jar is kept, by the jar's path, size and time, so
   *     that a start does not read the jar's directory again (null: none)
   */
  public static String current(TextEmbedder embedder, Path memo) {
    return FORMAT + "-" + embedder.modelId() + "-" + code(memo);
  }

  /** The fingerprint of the indexing code, 12 hex digits. */
  static String code(Path memo) {
    String c = code;
    if (c == null) {
      c = fingerprint(memo);
      code = c;
    }
    return c;
  }

  private static String fingerprint(Path memo) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      CodeSource source = IndexVersion.class.getProtectionDomain().getCodeSource();
      Path where = source == null ? null : Path.of(source.getLocation().toURI());
      if (where == null) {
        throw new IllegalStateException("cannot find the classes of " + IndexVersion.class.getName() + " to fingerprint them");
      }
      if (!Files.isDirectory(where)) {
        return jarFingerprint(where, sha, memo);
      }
      List<String> names = classNames(where);
      if (names.isEmpty()) {
        throw new IllegalStateException("cannot find the classes of " + IndexVersion.class.getName() + " to fingerprint them");
      }
      for (String name : names) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        try (InputStream in = IndexVersion.class.getClassLoader().getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("class file " + name + " vanished");
          }
          sha.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** From the jar's directory (names, sizes and CRCs of the classes): no class is read. */
  private static String jarFingerprint(Path jar, MessageDigest sha, Path memo) throws IOException {
    String key = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
    if (memo != null && Files.isRegularFile(memo)) {
      List<String> lines = Files.readAllLines(memo, StandardCharsets.UTF_8);
      if (lines.size() == 2 && lines.get(0).equals(key)) {
        return lines.get(1);
      }
    }
    List<String> entries = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      file.stream().filter(e -> e.getName().endsWith(".class") && CODE.stream().anyMatch(e.getName()::startsWith))
          .forEach(e -> entries.add(e.getName() + ":" + e.getSize() + ":" + Long.toHexString(e.getCrc())));
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException("cannot find the classes of " + IndexVersion.class.getName() + " in " + jar);
    }
    Collections.sort(entries);
    entries.forEach(e -> sha.update((e + "\n").getBytes(StandardCharsets.UTF_8)));
    String fingerprint = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    if (memo != null) {
      try {
        Files.createDirectories(memo.getParent());
        Path tmp = Files.createTempFile(memo.getParent(), memo.getFileName().toString(), ".tmp");
        Files.write(tmp, List.of(key, fingerprint), StandardCharsets.UTF_8);
        Files.move(tmp, memo, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // only costs the next start a look at the jar
      }
    }
    return fingerprint;
  }

  private static List<String> classNames(Path where) throws IOException {
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(where)) {
      for (String prefix : CODE) {
        Path dir = where.resolve(prefix);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".class"))
                .forEach(f -> out.add(where.relativize(f).toString().replace('\\', '/')));
          }
        }
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        for (JarEntry e : Collections.list(jar.entries())) {
          if (e.getName().endsWith(".class") && CODE.stream().anyMatch(e.getName()::startsWith)) {
            out.add(e.getName());
          }
        }
      }
    }
    Collections.sort(out);
    return out;
  }
}
