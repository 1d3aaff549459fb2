package io.articlebot.core.article;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an article's text came from.
 *
 * @param location the file path or URL it was read from, empty when made in memory
 * @param byline the author(s) the document names, empty when unknown
 * @param fetchedAt when a URL was fetched, null for files
 */
public record ArticleOrigin(DocumentFormat format, String location, String byline, Instant fetchedAt) {
  public static final ArticleOrigin TEXT = new ArticleOrigin(DocumentFormat.TEXT, "", "", null);

  public ArticleOrigin {
    Objects.requireNonNull(format, "format");
    location = location == null ? "" : location;
    byline = byline == null ? "" : byline;
  }
}
