package io.articlebot.app.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One article to load, with its optional metadata from the config (blank values are derived:
 * the title from the text, the source from the article's own source line).
 *
 * @param fromFolder found in an articles folder rather than named one by one: when it cannot be
 *     read it is skipped with a warning, as long as another article loads
 */
public record ArticleSpec(Path path, String id, String title, String source, String url, String date, boolean fromFolder) {
  public ArticleSpec {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
  }

  /** A file named on its own: a problem with it stops start-up. */
  public ArticleSpec(Path path, String id, String title, String source, String url, String date) {
    this(path, id, title, source, url, date, false);
  }
}
