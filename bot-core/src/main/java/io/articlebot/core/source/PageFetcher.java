package io.articlebot.core.source;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches an article's page over HTTP(S) with the JDK client: redirects followed, one deadline for
 * the whole exchange (connecting, headers and body), a size limit enforced while the body streams
 * in, and a clear message for anything that is not a page to read (an error status, an image, a
 * timeout, a page too big). Thread-safe.
 */
public final class PageFetcher {
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,*/*;q=0.1";

  /**
   * @param timeout for the whole fetch
   * @param maxBytes the largest body read; a larger one is refused as soon as it is seen to be larger
   */
  public record Limits(Duration timeout, long maxBytes) {
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(20), 10L * 1024 * 1024);

    public Limits {
      if (timeout.isNegative() || timeout.isZero() || maxBytes < 1) {
        throw new IllegalArgumentException("fetch limits must be positive");
      }
    }
  }

  private final HttpClient client;
  private final Limits limits;
  private final Clock clock;

  public PageFetcher(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .connectTimeout(limits.timeout().compareTo(Duration.ofSeconds(10)) < 0 ? limits.timeout() : Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  public FetchedPage fetch(URI url) throws FetchException {
    if (url.getScheme() == null || !url.getScheme().toLowerCase(Locale.ROOT).matches("https?") || url.getHost() == null) {
      throw new FetchException(url + " is not an http:// or https:// address.", null);
    }
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(limits.timeout())
        .header("User-Agent", "article-bot/0.1 (reads one article to answer questions about it)")
        .header("Accept", ACCEPT)
        .GET()
        .build();
    CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, info -> body(url, info));
    try {
      HttpResponse<byte[]> r = response.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
      return new FetchedPage(url, r.uri(), r.headers().firstValue("Content-Type").orElse(""), r.body(), clock.instant());
    } catch (TimeoutException e) {
      response.cancel(true);
      throw new FetchException(url + " did not send the page within " + seconds() + ". Try again later, or raise"
          + " fetch.timeout-seconds in the config.", e);
    } catch (InterruptedException e) {
      response.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("Fetching " + url + " was interrupted.", e);
    } catch (ExecutionException | CancellationException e) {
      throw explain(url, e.getCause() == null ? e : e.getCause());
    }
  }

  private HttpResponse.BodySubscriber<byte[]> body(URI url, HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    String type = info.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    String tooLarge = url + " is larger than " + megabytes(limits.maxBytes()) + "; that is not an article page. Save the"
        + " article's text as a file, or raise fetch.max-megabytes in the config.";
    String refusal = null;
    if (info.statusCode() < 200 || info.statusCode() > 299) {
      refusal = url + " answered HTTP " + info.statusCode() + reason(info.statusCode()) + ". Check the address in a browser.";
    } else if (type.matches("(image|audio|video|font)/.*")) {
      refusal = url + " is " + (type.startsWith("image") ? "an image" : "not a page") + " (" + type.replaceFirst(";.*", "")
          + "), not an article I can read. Point me at a web page, a PDF or a text file.";
    } else if (declared > limits.maxBytes()) {
      refusal = tooLarge;
    }
    return new LimitedBody(limits.maxBytes(), tooLarge, refusal);
  }

  private FetchException explain(URI url, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof LimitedBody.Refused) {
        return new FetchException(t.getMessage(), null);
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FetchException("Could not connect to " + url.getHost() + " within " + seconds() + ".", cause);
      }
      if (t instanceof HttpTimeoutException) {
        return new FetchException(url + " did not answer within " + seconds() + ". Try again later, or raise"
            + " fetch.timeout-seconds in the config.", cause);
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return new FetchException("Cannot find the host " + url.getHost() + ". Check the address and the network.", cause);
      }
      if (t instanceof ConnectException) {
        return new FetchException("Could not connect to " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "")
            + " (connection refused). Check the address.", cause);
      }
    }
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new FetchException("Could not fetch " + url + " (" + detail + ").", cause instanceof IOException ? cause : null);
  }

  private String seconds() {
    long ms = limits.timeout().toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  private static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }

  private static String reason(int status) {
    return switch (status) {
      case 401, 403 -> " (not allowed: the page may need a login)";
      case 404, 410 -> " (no such page)";
      case 429 -> " (too many requests)";
      default -> status >= 500 ? " (a server error)" : "";
    };
  }
}
