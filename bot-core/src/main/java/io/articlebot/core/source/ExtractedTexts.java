package io.articlebot.core.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text the bot read from each web page or PDF, kept in the data folder as
 * {@code extracted/<article id>.txt}, so that anyone can check a quote against it: quote offsets
 * ({@code ask --json}'s {@code start}/{@code end}) count into this file's text.
 */
public final class ExtractedTexts {
  private final Path dir;

  public ExtractedTexts(Path dataDir) {
    this.dir = dataDir.resolve("extracted");
  }

  public Path fileFor(String articleId) {
    return dir.resolve(articleId + ".txt");
  }

  public Path write(String articleId, String text) throws IOException {
    Files.createDirectories(dir);
    Path file = fileFor(articleId);
    PageCache.replace(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }
}
