package io.articlebot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local stand-in for the Slack Web API and for response URLs, recording every call. Answers
 * {@code chat.postMessage} / {@code chat.postEphemeral} with ok, response URLs with 200, and
 * everything else (including {@code auth.test}) with 404, so nothing depends on slack.com.
 */
final class FakeSlackApi implements AutoCloseable {
  /** One recorded call. */
  record Call(String path, Map<String, String> headers, String body, Instant at) {
    /** Form fields of a Web API call (the SDK posts form-encoded bodies). */
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

    /** The JSON body of a response URL post. */
    JsonElement json() {
      return JsonParser.parseString(body);
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Deque<MockResponse>> scripted = new ConcurrentHashMap<>();
  /** Decides a response from the whole call before the scripts and defaults do; null passes. */
  private volatile java.util.function.Function<Call, MockResponse> responder = c -> null;

  FakeSlackApi() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        Map<String, String> headers = new HashMap<>();
        for (String name : request.getHeaders().names()) {
          headers.put(name.toLowerCase(), request.getHeader(name));
        }
        Call call = new Call(path, headers, request.getBody().readUtf8(), Instant.now());
        synchronized (calls) {
          calls.add(call);
          calls.notifyAll();
        }
        MockResponse decided = responder.apply(call);
        if (decided != null) {
          return decided;
        }
        Deque<MockResponse> queue = scripted.get(path);
        if (queue != null) {
          synchronized (queue) {
            if (!queue.isEmpty()) {
              return queue.poll();
            }
          }
        }
        if (path.startsWith("/api/chat.postMessage")) {
          return json("{\"ok\":true,\"channel\":\"C123ABC456\",\"ts\":\"1700000000.000200\"}");
        }
        if (path.startsWith("/api/chat.postEphemeral")) {
          return json("{\"ok\":true,\"message_ts\":\"1700000000.000300\"}");
        }
        if (path.startsWith("/response/")) {
          return new MockResponse().setResponseCode(200).setBody("ok");
        }
        return new MockResponse().setResponseCode(404).setBody("not implemented by the fake");
      }
    });
    // Enough threads to answer many slow calls at once, like Slack does.
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  static MockResponse json(String body) {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json; charset=utf-8").setBody(body);
  }

  /** Lets {@code decide} answer calls (null: the scripts and defaults do). */
  void respond(java.util.function.Function<Call, MockResponse> decide) {
    this.responder = decide;
  }

  /** Serves {@code responses} first, in order, to calls of {@code path}. */
  void script(String path, MockResponse... responses) {
    Deque<MockResponse> queue = scripted.computeIfAbsent(path, p -> new ArrayDeque<>());
    synchronized (queue) {
      queue.addAll(List.of(responses));
    }
  }

  /** e.g. {@code http://127.0.0.1:1234/api/} */
  String apiUrl() {
    return server.url("/api/").toString();
  }

  String responseUrl(String name) {
    return server.url("/response/" + name).toString();
  }

  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  List<Call> calls(Predicate<Call> which) {
    return calls().stream().filter(which).toList();
  }

  static Predicate<Call> path(String prefix) {
    return c -> c.path().startsWith(prefix);
  }

  /** Waits until at least {@code count} matching calls arrived; fails the test after {@code timeout}. */
  List<Call> await(Predicate<Call> which, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (calls) {
      while (true) {
        List<Call> matching = calls.stream().filter(which).toList();
        if (matching.size() >= count) {
          return matching;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected " + count + " matching calls within " + timeout + ", got "
              + matching.size() + "; all calls: " + calls.stream().map(Call::path).toList());
        }
        calls.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
