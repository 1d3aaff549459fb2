package io.articlebot.core.article;

import java.util.Objects;

/**
 * A document's bytes as read from a file or fetched from a URL, with what is known about them
 * before they are parsed.
 *
 * @param name the file path or URL, for messages and for picking the format by extension
 * @param contentType the HTTP {@code Content-Type} (with any charset), or null for a file
 * @param baseUrl the URL relative links in the document are resolved against, or null
 */
public record ArticleContent(byte[] bytes, String name, String contentType, String baseUrl) {
  public ArticleContent {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
  }
}
