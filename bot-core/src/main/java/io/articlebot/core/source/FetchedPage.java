package io.articlebot.core.source;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A page as fetched: the bytes and what the server said about them.
 *
 * @param url the URL asked for
 * @param finalUrl where redirects ended
 * @param contentType the {@code Content-Type} header, or empty
 */
public record FetchedPage(URI url, URI finalUrl, String contentType, byte[] body, Instant fetchedAt) {
  public FetchedPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    contentType = contentType == null ? "" : contentType;
  }
}
