package io.articlebot.core.answer;

import java.util.Objects;

/**
 * What the bot can tell a user about one article it knows ({@code about}, {@code sources}).
 *
 * @param source the publisher or source line, empty when unknown
 * @param url empty when unknown
 * @param date free-form publication date from the config, empty when unknown
 */
public record ArticleInfo(
    String id, String title, String source, String url, String date, int paragraphs, int sentences, int words) {
  public ArticleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    source = source == null ? "" : source;
    url = url == null ? "" : url;
    date = date == null ? "" : date;
    if (paragraphs < 0 || sentences < 0 || words < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }
}
