package io.articlebot.core.answer;

import java.time.Instant;
import java.util.Objects;

/**
 * What the bot can tell a user about one article it knows ({@code about}, {@code sources}).
 *
 * @param source the publisher or source line, empty when unknown
 * @param url empty when unknown
 * @param date free-form publication date from the config or the document, empty when unknown
 * @param byline the author(s) the document names, empty when unknown
 * @param format what it was read from, as a person would say it: "text", "web page", "PDF"
 * @param fetchedAt when its URL was fetched, null for files
 * @param passageLinks whether a link to {@code url} can jump to a passage (a text fragment)
 */
public record ArticleInfo(
    String id, String title, String source, String url, String date, int paragraphs, int sentences, int words,
    String byline, String format, Instant fetchedAt, boolean passageLinks) {

  public ArticleInfo(String id, String title, String source, String url, String date, int paragraphs, int sentences, int words) {
    this(id, title, source, url, date, paragraphs, sentences, words, "", "text", null, true);
  }

  public ArticleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    date = date == null ? "" : date;
    byline = byline == null ? "" : byline;
    format = format == null || format.isBlank() ? "text" : format;
    if (paragraphs < 0 || sentences < 0 || words < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
