package io.articlebot.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One article to load, a file or a web page, with its optional metadata from the config (blank
 * values are derived: the title from the document, the source from its metadata or source line).
 *
 * @param path the file, or null for a web page
 * @param fromFolder found in an articles folder rather than named one by one: when it cannot be
 *     read it is skipped with a warning, as long as another article loads
 * @param page the web page's URL, or null for a file. A page that cannot be fetched is skipped
 *     with a warning too: the network is not the user's to fix.
 */
public record ArticleSpec(
    Path path, String id, String title, String source, String url, String date, boolean fromFolder, URI page) {
  public ArticleSpec {
    Objects.requireNonNull(id, "id");
    if ((path == null) == (page == null)) {
      throw new IllegalArgumentException("an article is either a file or a web page");
    }
  }

  public ArticleSpec(Path path, String id, String title, String source, String url, String date, boolean fromFolder) {
    this(path, id, title, source, url, date, fromFolder, null);
  }

  /** A file named on its own: a problem with it stops start-up. */
  public ArticleSpec(Path path, String id, String title, String source, String url, String date) {
    this(path, id, title, source, url, date, false, null);
  }

  public static ArticleSpec webPage(URI page, String id, String title, String source, String url, String date) {
    return new ArticleSpec(null, id, title, source, url, date, false, page);
  }

  public boolean isWebPage() {
    return page != null;
  }

  /** The file path or URL, as the user wrote it. */
  public String location() {
    return isWebPage() ? page.toString() : path.toString();
  }

  /** Whether a problem loading it skips it (with a warning) instead of stopping start-up. */
  public boolean skippable() {
    return fromFolder || isWebPage();
  }
}
