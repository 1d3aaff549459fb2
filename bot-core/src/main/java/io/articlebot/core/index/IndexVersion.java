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
  static final int FORMAT = 1;
  private static final List<String> CODE = List.of(
      "io/articlebot/core/analysis/", "io/articlebot/core/article/", "io/articlebot/core/index/");
  private static volatile String code;

  private IndexVersion() {}

  /** The version an index made now with {@code embedder} has, e.g. {@code 1-bge-small-en-v1.5-q-single-384-3f2a9c1b0d4e}. */
  public static String current(TextEmbedder embedder) {
    return FORMAT + "-" + embedder.modelId() + "-" + embedder.dimension() + "-" + code();
  }

  /** The fingerprint of the indexing code, 12 hex digits. */
  static String code() {
    String c = code;
    if (c == null) {
      c = fingerprint();
      code = c;
    }
    return c;
  }

  private static String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      CodeSource source = IndexVersion.class.getProtectionDomain().getCodeSource();
      Path where = source == null ? null : Path.of(source.getLocation().toURI());
      List<String> names = where == null ? List.of() : classNames(where);
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
