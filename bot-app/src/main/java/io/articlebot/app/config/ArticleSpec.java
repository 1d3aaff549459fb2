package io.articlebot.app.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One article to load, with its optional metadata from the config (blank values are derived:
 * the title from the text, the source from the article's own source line).
 */
public record ArticleSpec(Path path, String id, String title, String source, String url, String date) {
  public ArticleSpec {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
  }
}
