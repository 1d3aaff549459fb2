package io.articlebot.app.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged bot, from outside: {@code io.articlebot.app.Main run} in its own JVM, in Slack HTTP
 * mode, with the real article and index, against a fake Slack (a JDK HttpServer playing the Web
 * API and the response URLs, reached through {@code SLACK_API_URL}). Requests are signed here the
 * way Slack signs them. Nothing touches the network beyond loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackBlackBoxTest {
  private static final String SECRET = "blackbox-signing-secret-0123456789";
  private static final Duration STARTUP = Duration.ofSeconds(90);
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request the bot made to the fake Slack. */
  record Call(String path, String authorization, String body) {
    Map<String, String> form() {
      Map<String, String> out = new LinkedHashMap<>();
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      return out;
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    /** The body as Slack would read it: form fields URL-decoded, JSON strings unescaped. */
    String decoded() throws IOException {
      StringBuilder out = new StringBuilder();
      if (path.startsWith("/api/")) {
        for (Map.Entry<String, String> e : form().entrySet()) {
          out.append(e.getValue()).append('\n');
          if (e.getKey().equals("blocks")) {
            collect(JSON.readTree(e.getValue()), out);
          }
        }
      } else {
        collect(json(), out);
      }
      return out.toString();
    }

    private static void collect(JsonNode node, StringBuilder out) {
      if (node.isTextual()) {
        out.append(node.textValue()).append('\n');
      }
      node.forEach(child -> collect(child, out));
    }
  }

  private final List<Call> calls = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private HttpServer fakeSlack;
  private Process bot;
  private Path botLog;
  private String botUrl;
  private String opsUrl;
  private String fakeUrl;

  @BeforeAll
  void startFakeSlackAndTheBot() throws Exception {
    fakeSlack = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    fakeSlack.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      synchronized (calls) {
        calls.add(new Call(path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        calls.notifyAll();
      }
      String reply;
      int status = 200;
      if (path.equals("/api/chat.postMessage")) {
        reply = "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}";
      } else if (path.equals("/api/chat.postEphemeral")) {
        reply = "{\"ok\":true,\"message_ts\":\"1700000000.000200\"}";
      } else if (path.startsWith("/response/")) {
        reply = "ok";
      } else {
        // Deliberately no auth.test: the bot must not need it.
        status = 404;
        reply = "{\"ok\":false,\"error\":\"unknown_method\"}";
      }
      byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.startsWith("{") ? "application/json" : "text/plain");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    fakeSlack.start();
    fakeUrl = "http://127.0.0.1:" + fakeSlack.getAddress().getPort();

    int port;
    int opsPort;
    try (ServerSocket probe = new ServerSocket(0); ServerSocket probeOps = new ServerSocket(0)) {
      port = probe.getLocalPort();
      opsPort = probeOps.getLocalPort();
    }
    botUrl = "http://127.0.0.1:" + port;
    opsUrl = "http://127.0.0.1:" + opsPort;
    Path repoRoot = Path.of("").toAbsolutePath().getParent();
    botLog = Files.createTempFile("slack-blackbox-", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "io.articlebot.app.Main", "run"));
    if (!Files.exists(repoRoot.resolve("config/article-bot.properties"))) {
      // No project config (yet): answer from the bundled article directly.
      command.addAll(List.of("--article", repoRoot.resolve("config/articles/deepseek-asianfin.txt").toString()));
    }
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(botLog.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_"));
    env.put("SLACK_MODE", "http");
    env.put("SLACK_BOT_TOKEN", "xoxb-test");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_HTTP_PORT", Integer.toString(port));
    env.put("SLACK_API_URL", fakeUrl + "/api/");
    env.put("ARTICLE_BOT_HOME", repoRoot.toString());
    env.put("ARTICLE_BOT_OPS_ADDRESS", "127.0.0.1:" + opsPort);
    bot = builder.start();
    awaitHealthy();
  }

  @AfterAll
  void stopEverything() throws Exception {
    try {
      if (bot != null) {
        bot.destroy();
        if (!bot.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          bot.destroyForcibly();
        }
      }
    } finally {
      if (fakeSlack != null) {
        fakeSlack.stop(0);
      }
    }
  }

  private void awaitHealthy() throws Exception {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!bot.isAlive()) {
        throw new AssertionError("the bot exited with " + bot.exitValue() + " before serving:\n" + logTail());
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(botUrl + "/healthz"))
            .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no 200 from /healthz within " + STARTUP + ":\n" + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(botLog, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  // ---- playing Slack ----

  private static String sign(String secret, long timestamp, String body) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> post(String contentType, String body, long timestamp, String secret, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(botUrl + "/slack/events"))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", sign(secret, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> signed(String contentType, String body, Map<String, String> headers) throws Exception {
    return post(contentType, body, Instant.now().getEpochSecond(), SECRET, headers);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String slashCommand(String userId, String text, String responseName) {
    return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705&channel_name=test"
        + "&user_id=" + userId + "&user_name=steve&command=" + enc("/ask") + "&text=" + enc(text)
        + "&api_app_id=A123456&is_enterprise_install=false&response_url=" + enc(fakeUrl + "/response/" + responseName)
        + "&trigger_id=13345224609.738474920.8088930838d88f008e0";
  }

  private static String mention(String eventId, String userId, String channel, String ts, String botId) {
    ObjectNode event = JSON.createObjectNode()
        .put("type", "app_mention").put("user", userId).put("text", "<@U0LAN0Z89> Who founded DeepSeek?")
        .put("ts", ts).put("channel", channel).put("event_ts", ts);
    if (botId != null) {
      event.put("bot_id", botId);
    }
    ObjectNode envelope = JSON.createObjectNode()
        .put("token", "ZZZZZZWSxiZZZ2yIvs3peJ").put("team_id", "T123ABC456").put("api_app_id", "A123ABC456")
        .put("type", "event_callback").put("event_id", eventId).put("event_time", 1515449522);
    envelope.set("event", event);
    envelope.putArray("authed_users").add("U0LAN0Z89");
    return envelope.toString();
  }

  private List<Call> await(Predicate<Call> which, int count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (calls) {
      while (true) {
        List<Call> matching = calls.stream().filter(which).toList();
        if (matching.size() >= count) {
          return matching;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected " + count + " calls, got " + matching.size() + "; all: "
              + calls.stream().map(Call::path).toList() + "\nbot log:\n" + logTail());
        }
        calls.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  private List<Call> calls(Predicate<Call> which) {
    synchronized (calls) {
      return calls.stream().filter(which).toList();
    }
  }

  private static Predicate<Call> postMessageTo(String channel) {
    return c -> c.path().equals("/api/chat.postMessage") && channel.equals(c.form().get("channel"));
  }

  private void assertNothingPinged() throws IOException {
    for (Call call : calls(c -> true)) {
      assertThat(call.decoded()).doesNotContain("<!channel>", "<!here>", "<!everyone>");
    }
  }

  // ---- the checks ----

  @Test
  void opsHealthzSaysReadyWithEveryFrontEndConnected() throws Exception {
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(opsUrl + "/healthz")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(health.body());
    assertThat(json.path("status").asText()).isEqualTo("ready");
    assertThat(json.path("frontends").path("slack").asText()).isEqualTo("connected");
  }

  @Test
  void metricsCountQuestionsLatencyAndRequestsPerFrontEndInPrometheusFormat() throws Exception {
    signed("application/x-www-form-urlencoded", slashCommand("U0METRICS1", "Who founded DeepSeek?", "metrics1"), Map.of());
    signed("application/x-www-form-urlencoded", slashCommand("U0METRICS2", "What is the capital of France?", "metrics2"), Map.of());
    await(c -> c.path().startsWith("/response/metrics"), 2);
    String metrics = "";
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline && !metrics.contains("articlebot_requests_finished_total{frontend=\"slack\",result=\"answered\"}")) {
      HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create(opsUrl + "/metrics")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      metrics = scrape.body();
      Thread.sleep(100);
    }
    assertThat(metrics)
        .contains("articlebot_questions_total{frontend=\"slack\",outcome=\"answered\"}")
        .contains("articlebot_questions_total{frontend=\"slack\",outcome=\"abstained\"}")
        .contains("articlebot_question_latency_seconds_bucket{frontend=\"slack\"")
        .contains("articlebot_requests_open{frontend=\"slack\"}")
        .contains("articlebot_queue_depth{frontend=\"slack\"}")
        .contains("articlebot_requests_finished_total{frontend=\"slack\",result=\"answered\"}")
        .contains("jvm_memory_used_bytes");
    assertThat(metrics).doesNotContain("U0METRICS1");
  }

  @Test
  void healthzIs200() throws Exception {
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(botUrl + "/healthz")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  void askIsAnsweredOnItsResponseUrlWithTheFounder() throws Exception {
    HttpResponse<String> ack = signed("application/x-www-form-urlencoded",
        slashCommand("U0ASKER1", "Who founded DeepSeek?", "ask"), Map.of());
    assertThat(ack.statusCode()).isEqualTo(200);
    Call answer = await(c -> c.path().equals("/response/ask"), 1).get(0);
    JsonNode json = answer.json();
    assertThat(json.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(answer.decoded()).contains("Liang Wenfeng");
    assertThat(json.path("blocks").size()).isBetween(1, 50);
    assertNothingPinged();
  }

  @Test
  void pingsAndMarkupInAQuestionAreNeverEchoedRaw() throws Exception {
    signed("application/x-www-form-urlencoded",
        slashCommand("U0ASKER7", "<!channel> Who founded DeepSeek? R&D <b>now</b> <!here>", "nasty"), Map.of());
    Call answer = await(c -> c.path().equals("/response/nasty"), 1).get(0);
    String seen = answer.decoded();
    assertThat(seen).contains("R&amp;D &lt;b&gt;now&lt;/b&gt;").doesNotContain("<b>", "<!channel>", "<!here>");
    assertNothingPinged();
  }

  @Test
  void mentionIsAnsweredInItsThread() throws Exception {
    HttpResponse<String> ack = signed("application/json",
        mention("EvBBMENTION", "U0ASKER2", "C0MENTION", "1515449522.000016", null), Map.of());
    assertThat(ack.statusCode()).isEqualTo(200);
    Call post = await(postMessageTo("C0MENTION"), 1).get(0);
    assertThat(post.form()).containsEntry("thread_ts", "1515449522.000016");
    assertThat(post.authorization()).isEqualTo("Bearer xoxb-test");
    assertThat(post.form().get("text")).isNotBlank();
    assertThat(post.form().get("blocks")).isNotBlank();
    assertNothingPinged();
  }

  @Test
  void redeliveredEventIsAnsweredOnce() throws Exception {
    String event = mention("EvBBREDELIVERED", "U0ASKER3", "C0REDELIVER", "1515449600.000001", null);
    assertThat(signed("application/json", event, Map.of()).statusCode()).isEqualTo(200);
    await(postMessageTo("C0REDELIVER"), 1);
    assertThat(signed("application/json", event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
        .statusCode()).isEqualTo(200);
    // A later event proves the bot had time to (wrongly) answer the redelivery.
    signed("application/json", mention("EvBBAFTER", "U0ASKER4", "C0AFTER", "1515449601.000001", null), Map.of());
    await(postMessageTo("C0AFTER"), 1);
    Thread.sleep(500);
    assertThat(calls(postMessageTo("C0REDELIVER"))).hasSize(1);
  }

  @Test
  void forgedAndStaleSignaturesAre401AndUnanswered() throws Exception {
    String body = slashCommand("U0ASKER5", "Who founded DeepSeek?", "forged");
    long now = Instant.now().getEpochSecond();
    assertThat(post("application/x-www-form-urlencoded", body, now, "not-the-secret", Map.of()).statusCode()).isEqualTo(401);
    assertThat(post("application/x-www-form-urlencoded", body, now - 3600, SECRET, Map.of()).statusCode()).isEqualTo(401);
    String event = mention("EvBBFORGED", "U0ASKER5", "C0FORGED", "1515449700.000001", null);
    assertThat(post("application/json", event, now, "not-the-secret", Map.of()).statusCode()).isEqualTo(401);
    assertThat(post("application/json", event, now - 3600, SECRET, Map.of()).statusCode()).isEqualTo(401);
    Thread.sleep(500);
    assertThat(calls(c -> c.path().equals("/response/forged"))).isEmpty();
    assertThat(calls(postMessageTo("C0FORGED"))).isEmpty();
  }

  @Test
  void mentionsFromOtherBotsAreIgnored() throws Exception {
    assertThat(signed("application/json",
        mention("EvBBBOT", "U0OTHERBOT", "C0BOTS", "1515449800.000001", "B0OTHERBOT"), Map.of()).statusCode()).isEqualTo(200);
    signed("application/json", mention("EvBBHUMAN", "U0ASKER6", "C0HUMAN", "1515449801.000001", null), Map.of());
    await(postMessageTo("C0HUMAN"), 1);
    Thread.sleep(500);
    assertThat(calls(postMessageTo("C0BOTS"))).isEmpty();
  }
}
