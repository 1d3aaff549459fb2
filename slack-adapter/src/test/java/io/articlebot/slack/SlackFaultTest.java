package io.articlebot.slack;

import static io.articlebot.slack.FakeSlackApi.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fault tests of HTTP mode, on loopback only and bounded in count and time: slow connections held
 * open while Slack's requests come in, and a Web API that rate-limits, fails and is slow at once.
 * Run with {@code mvn -Pfaults test} (and by {@code .ci/run}).
 */
class SlackFaultTest {
  private static final String SECRET = "fault-test-signing-secret-0123456789";

  private FakeSlackApi fake;
  private FrontEnd frontEnd;
  private SignedSlackClient slack;
  private int port;
  private final List<Socket> slowSockets = Collections.synchronizedList(new ArrayList<>());

  private void start() throws Exception {
    fake = new FakeSlackApi();
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_MODE", "http");
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_HTTP_PORT", "0");
    env.put("SLACK_API_URL", fake.apiUrl());
    frontEnd = new SlackFrontEndFactory().create(new Settings(env, Map.of()),
        TestChat.service(Duration.ZERO, new TestChat.RecordingSink()));
    frontEnd.start();
    port = ((SlackHttpServer) frontEnd).port();
    slack = new SignedSlackClient("http://127.0.0.1:" + port, SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    synchronized (slowSockets) {
      for (Socket s : slowSockets) {
        s.close();
      }
    }
    if (frontEnd != null) {
      frontEnd.close();
    }
    if (fake != null) {
      fake.close();
    }
  }

  /** A client that opens a request and then sends one byte a second, the way a slowloris does. */
  private Thread slowClient(boolean completeHeaders) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    slowSockets.add(socket);
    Thread t = new Thread(() -> {
      try {
        OutputStream out = socket.getOutputStream();
        String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + (completeHeaders ? "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n" : "X-Slow: ");
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        for (int i = 0; i < 60 && !socket.isClosed(); i++) {
          Thread.sleep(1000);
          out.write('a');
          out.flush();
        }
      } catch (IOException | InterruptedException closed) {
        // the server (or the test) hung up: that is the point
      }
    }, "slow-client");
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void withSixtyFourSlowConnectionsHeldOpenSlashCommandsAreAckedWithinThreeSecondsAndAnswered() throws Exception {
    start();
    for (int i = 0; i < 64; i++) {
      slowClient(i % 2 == 0);
    }
    Thread.sleep(1500); // let them settle in, sending their first slow bytes
    int commands = 60;
    List<Long> ackMillis = new ArrayList<>();
    for (int i = 0; i < commands; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> ack = slack.postForm(Fixtures.slashCommand("Who founded DeepSeek?", fake.responseUrl("slow-" + i)));
      ackMillis.add((System.nanoTime() - t0) / 1_000_000);
      assertThat(ack.statusCode()).isEqualTo(200);
    }
    Collections.sort(ackMillis);
    long p99 = ackMillis.get((int) Math.ceil(commands * 0.99) - 1);
    System.out.printf("FIGURE slow connections: 64 held open, %d signed slash commands, ack p50 %d ms, p99 %d ms, max %d ms%n",
        commands, ackMillis.get(commands / 2), p99, ackMillis.get(commands - 1));
    assertThat(p99).as("p99 ack time in ms, all: %s", ackMillis).isLessThan(3000);
    fake.await(path("/response/slow-"), commands, Duration.ofSeconds(30));
    Thread.sleep(300);
    for (int i = 0; i < commands; i++) {
      String name = "/response/slow-" + i;
      assertThat(fake.calls(c -> c.path().equals(name))).as(name).hasSize(1);
    }
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void rateLimitsServerErrorsAndASlowPostAtOnceNoDuplicateAndUnaffectedAnswersGoOn() throws Exception {
    start();
    Instant stormEnds = Instant.now().plusSeconds(4);
    Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    AtomicInteger slowCalls = new AtomicInteger();
    fake.respond(call -> {
      if (!call.path().startsWith("/api/chat.postMessage")) {
        return null;
      }
      Map<String, String> form = call.form();
      String channel = form.get("channel");
      String thread = form.get("thread_ts");
      if (channel.equals("C0STORM") && Instant.now().isBefore(stormEnds)) {
        return new MockResponse().setResponseCode(429).setHeader("Retry-After", "1").setBody("{\"ok\":false,\"error\":\"ratelimited\"}");
      }
      if (channel.equals("C0ERROR")) {
        return new MockResponse().setResponseCode(500).setBody("oops");
      }
      delivered.computeIfAbsent(channel + "/" + thread, k -> new AtomicInteger()).incrementAndGet();
      MockResponse ok = FakeSlackApi.json("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1.2\"}");
      if (channel.equals("C0SLOW")) {
        slowCalls.incrementAndGet();
        return ok.setHeadersDelay(12, TimeUnit.SECONDS);
      }
      return ok;
    });
    Map<String, Instant> calmSent = new ConcurrentHashMap<>();
    send("C0SLOW", 0);
    for (int i = 0; i < 10; i++) {
      send("C0STORM", i);
      send("C0ERROR", i);
      calmSent.put("C0CALM/" + ts(i), Instant.now());
      send("C0CALM", i);
    }
    // Calm channels are answered promptly, whatever the storm, the errors and the slow post.
    List<FakeSlackApi.Call> calm = fake.await(c -> c.path().startsWith("/api/chat.postMessage") && "C0CALM".equals(c.form().get("channel")),
        10, Duration.ofSeconds(10));
    long worstCalm = 0;
    for (FakeSlackApi.Call c : calm) {
      Instant sent = calmSent.get("C0CALM/" + c.form().get("thread_ts"));
      worstCalm = Math.max(worstCalm, Duration.between(sent, c.at()).toMillis());
      assertThat(Duration.between(sent, c.at())).as("calm answer held up").isLessThan(Duration.ofSeconds(3));
    }
    // The storm is waited out, each of its answers delivered exactly once; the slow post is seen through, not sent again.
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline && (delivered.keySet().stream().filter(k -> k.startsWith("C0STORM/")).count() < 10
        || !delivered.containsKey("C0SLOW/" + ts(0)))) {
      Thread.sleep(200);
    }
    // The slow post's answer comes after 12 s; a client that timed out and sent it again would show here.
    Instant slowSent = fake.calls(c -> c.path().startsWith("/api/chat.postMessage") && "C0SLOW".equals(c.form().get("channel")))
        .get(0).at();
    long untilSlowAnswered = Duration.between(Instant.now(), slowSent.plusSeconds(14)).toMillis();
    Thread.sleep(Math.max(1500, untilSlowAnswered));
    for (int i = 0; i < 10; i++) {
      assertThat(delivered.get("C0STORM/" + ts(i))).as("storm " + i).hasValue(1);
      assertThat(delivered.get("C0CALM/" + ts(i))).as("calm " + i).hasValue(1);
    }
    assertThat(slowCalls).as("the slow post, sent once").hasValue(1);
    assertThat(delivered.get("C0SLOW/" + ts(0))).hasValue(1);
    System.out.printf("FIGURE faults: calm answers posted at most %d ms after their event; storm/slow/500 posts duplicated: 0%n", worstCalm);
    // A 500 may have been posted: never sent again.
    for (int i = 0; i < 10; i++) {
      String thread = ts(i);
      assertThat(fake.calls(c -> c.path().startsWith("/api/chat.postMessage") && "C0ERROR".equals(c.form().get("channel"))
          && thread.equals(c.form().get("thread_ts")))).hasSize(1);
    }
  }

  private static String ts(int i) {
    return "1700000000." + String.format("%06d", i);
  }

  private void send(String channel, int i) throws Exception {
    JsonObject event = Fixtures.event("event_app_mention.json", "Ev" + channel + i);
    JsonObject e = event.getAsJsonObject("event");
    e.addProperty("channel", channel);
    e.addProperty("ts", ts(i));
    e.addProperty("user", "U0" + channel.substring(2) + i);
    assertThat(slack.postJson(event.toString()).statusCode()).isEqualTo(200);
  }
}
