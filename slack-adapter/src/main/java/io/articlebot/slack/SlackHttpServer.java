package io.articlebot.slack;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.StartupException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: the JDK's {@link HttpServer} in front of Bolt. Events API, slash commands and
 * interactivity all arrive as {@code POST /slack/events}; each is parsed by Bolt's
 * {@link SlackRequestParser} and run by {@code App.run}, whose middleware verifies the signature
 * (401 for a bad or missing one, or a timestamp older than 5 minutes). {@code GET /healthz} says
 * 200 once serving; the launcher only starts front ends after the article index is loaded.
 */
public final class SlackHttpServer implements FrontEnd {
  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

  public static final String EVENTS_PATH = "/slack/events";
  public static final String HEALTH_PATH = "/healthz";
  /** Slack's payloads are a few kB; anything far larger is not from Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;
  private static final int HTTP_THREADS = 8;

  private final SlackBoltApp bolt;
  private final SlackRequestParser parser;
  private HttpServer server;
  private ExecutorService httpThreads;

  public SlackHttpServer(SlackBoltApp bolt) {
    this.bolt = bolt;
    this.parser = new SlackRequestParser(bolt.app().config());
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public void start() throws StartupException {
    int port = bolt.settings().httpPort();
    try {
      server = HttpServer.create(new InetSocketAddress(port), 64);
    } catch (IOException e) {
      bolt.close();
      throw new StartupException("Slack HTTP mode could not listen on port " + port + " (" + e.getMessage()
          + "). Set " + SlackSettings.HTTP_PORT + " to a free port.", e);
    }
    httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, SlackBoltApp.daemonThreads("slack-http-"));
    server.setExecutor(httpThreads);
    server.createContext(EVENTS_PATH, this::events);
    server.createContext(HEALTH_PATH, this::health);
    server.createContext("/", exchange -> {
      try {
        send(exchange, 404, "text/plain; charset=utf-8", "not found");
      } finally {
        exchange.close();
      }
    });
    bolt.start();
    server.start();
    log.info("Slack HTTP mode: listening on port {}; point the app's request URLs at https://YOUR_HOST{}", port(), EVENTS_PATH);
  }

  /** The port actually bound (differs from the setting when that was 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private void events(HttpExchange exchange) throws IOException {
    try {
      if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        send(exchange, 405, "text/plain; charset=utf-8", "POST only");
        return;
      }
      byte[] bytes = readLimited(exchange.getRequestBody());
      if (bytes == null) {
        send(exchange, 413, "text/plain; charset=utf-8", "request too large");
        return;
      }
      SlackRequestParser.HttpRequest httpRequest = SlackRequestParser.HttpRequest.builder()
          .requestUri(exchange.getRequestURI().getPath())
          .queryString(query(exchange.getRequestURI().getRawQuery()))
          .requestBody(new String(bytes, StandardCharsets.UTF_8))
          .headers(new RequestHeaders(new HashMap<>(exchange.getRequestHeaders())))
          .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
          .build();
      Request<?> request = parser.parse(httpRequest);
      Response response = bolt.app().run(request);
      write(exchange, response);
    } catch (Exception e) {
      log.warn("Slack request to {} failed: {}", EVENTS_PATH, SlackErrorHandler.describe(e));
      send(exchange, 500, "text/plain; charset=utf-8", "internal error");
    } finally {
      exchange.close();
    }
  }

  private void health(HttpExchange exchange) throws IOException {
    try {
      if ("GET".equalsIgnoreCase(exchange.getRequestMethod()) || "HEAD".equalsIgnoreCase(exchange.getRequestMethod())) {
        send(exchange, 200, "application/json", "{\"status\":\"ok\"}");
      } else {
        send(exchange, 405, "text/plain; charset=utf-8", "GET only");
      }
    } finally {
      exchange.close();
    }
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    if (response.getHeaders() != null) {
      for (Map.Entry<String, List<String>> h : response.getHeaders().entrySet()) {
        if (h.getKey() != null && !h.getKey().equalsIgnoreCase("Content-Length")) {
          exchange.getResponseHeaders().put(h.getKey(), new ArrayList<>(h.getValue()));
        }
      }
    }
    int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
    String contentType = response.getContentType() == null ? "text/plain; charset=utf-8" : response.getContentType();
    send(exchange, status, contentType, response.getBody() == null ? "" : response.getBody());
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, bytes.length == 0 || head ? -1 : bytes.length);
    if (bytes.length > 0 && !head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static byte[] readLimited(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    return bytes.length > MAX_BODY_BYTES ? null : bytes;
  }

  private static Map<String, List<String>> query(String rawQuery) {
    Map<String, List<String>> out = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
    if (httpThreads != null) {
      httpThreads.shutdownNow();
    }
    bolt.close();
  }
}
