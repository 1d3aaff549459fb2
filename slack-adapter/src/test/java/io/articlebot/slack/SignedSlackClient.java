package io.articlebot.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays Slack: posts payloads to the bot's {@code /slack/events} with {@code X-Slack-Signature}
 * ({@code v0=} HMAC-SHA256 of {@code v0:timestamp:body}) and {@code X-Slack-Request-Timestamp},
 * computed here independently of the SDK.
 */
final class SignedSlackClient {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String signingSecret;

  SignedSlackClient(String baseUrl, String signingSecret) {
    this.baseUrl = baseUrl;
    this.signingSecret = signingSecret;
  }

  static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  HttpResponse<String> postJson(String json) throws IOException, InterruptedException {
    return post("application/json", json, Instant.now().getEpochSecond(), signingSecret, Map.of());
  }

  HttpResponse<String> postJson(String json, Map<String, String> headers) throws IOException, InterruptedException {
    return post("application/json", json, Instant.now().getEpochSecond(), signingSecret, headers);
  }

  HttpResponse<String> postForm(String body) throws IOException, InterruptedException {
    return post("application/x-www-form-urlencoded", body, Instant.now().getEpochSecond(), signingSecret, Map.of());
  }

  /** Everything explicit, for forged and stale requests. */
  HttpResponse<String> post(String contentType, String body, long timestamp, String secret, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/slack/events"))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", sign(secret, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** No signature headers at all. */
  HttpResponse<String> postUnsigned(String contentType, String body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/slack/events"))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
