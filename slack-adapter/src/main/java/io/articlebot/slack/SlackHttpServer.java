package io.articlebot.slack;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import io.articlebot.core.chat.FrontEnd;
import io.articlebot.core.chat.StartupException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: Jetty in front of Bolt. Events API, slash commands and interactivity all arrive as
 * {@code POST /slack/events}; each is parsed by Bolt's {@link SlackRequestParser} and run by
 * {@code App.run}, whose middleware verifies the signature (401 for a bad or missing one, or a
 * timestamp older than 5 minutes). {@code GET /healthz} says 200 while serving.
 *
 * <p>Built so that slow or idle connections cannot hold up acks: Jetty reads requests without a
 * thread per connection, so a client sending a byte every few seconds costs a socket, not a
 * thread; bodies are read asynchronously, limited in size ({@value #MAX_BODY_BYTES} bytes) and in
 * time ({@link #BODY_DEADLINE}); headers are limited ({@value #MAX_HEADER_BYTES} bytes); idle
 * connections close after {@link #IDLE_TIMEOUT}; connections are capped. The ack never waits for
 * an answer: handlers only admit the request and queue its work.
 */
public final class SlackHttpServer implements FrontEnd {
  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

  public static final String EVENTS_PATH = "/slack/events";
  public static final String HEALTH_PATH = "/healthz";
  /** Slack's payloads are a few kB; anything far larger is not from Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;
  static final int MAX_HEADER_BYTES = 16 * 1024;
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
  /** Slack sends a whole request at once; one that takes longer than this to arrive is not Slack. */
  static final Duration BODY_DEADLINE = Duration.ofSeconds(10);
  static final int MAX_CONNECTIONS = 4096;
  private static final int MAX_THREADS = 64;
  /** How long the HTTP side waits for requests being read or acked when stopping. */
  private static final Duration HTTP_STOP = Duration.ofSeconds(3);

  private final SlackBoltApp bolt;
  private final SlackRequestParser parser;
  private Server server;
  private ServerConnector connector;
  private volatile boolean serving;

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
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
    threads.setName("slack-http");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    connector.setAcceptQueueSize(128);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    server.setHandler(new GracefulHandler(new SlackHandler()));
    server.setStopTimeout(HTTP_STOP.toMillis());
    server.setStopAtShutdown(false);
    try {
      bolt.start();
      server.start();
    } catch (Exception e) {
      close();
      throw new StartupException("Slack HTTP mode could not listen on port " + port + " (" + SlackErrorHandler.describe(e)
          + "). Set " + SlackSettings.HTTP_PORT + " to a free port.", e);
    }
    serving = true;
    log.info("Slack HTTP mode: listening on port {}; point the app's request URLs at https://YOUR_HOST{}", port(), EVENTS_PATH);
  }

  /** The port actually bound (differs from the setting when that was 0). */
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public boolean ready() {
    return serving;
  }

  /** Stops taking requests (those being read or acked finish), drains the acked ones, then closes. */
  @Override
  public void stop(Duration grace) {
    long started = System.nanoTime();
    serving = false;
    try {
      if (server != null) {
        server.stop();
      }
    } catch (Exception e) {
      log.debug("Slack HTTP stop: {}", SlackErrorHandler.describe(e));
    }
    Duration left = grace.minusNanos(System.nanoTime() - started);
    bolt.drain(left.isNegative() ? Duration.ZERO : left);
    close();
  }

  @Override
  public void close() {
    serving = false;
    if (server != null && !server.isStopped()) {
      try {
        server.stop();
      } catch (Exception e) {
        log.debug("Slack HTTP stop: {}", SlackErrorHandler.describe(e));
      }
    }
    bolt.close();
  }

  private final class SlackHandler extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String path = Request.getPathInContext(request);
      if (path.equals(HEALTH_PATH)) {
        boolean get = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        send(request, response, callback, get ? (serving ? 200 : 503) : 405, get ? "application/json" : "text/plain; charset=utf-8",
            get ? (serving ? "{\"status\":\"ok\"}" : "{\"status\":\"stopping\"}") : "GET only");
        return true;
      }
      if (!path.equals(EVENTS_PATH)) {
        send(request, response, callback, 404, "text/plain; charset=utf-8", "not found");
        return true;
      }
      if (!"POST".equals(request.getMethod())) {
        response.getHeaders().put(HttpHeader.ALLOW, "POST");
        send(request, response, callback, 405, "text/plain; charset=utf-8", "POST only");
        return true;
      }
      if (request.getLength() > MAX_BODY_BYTES) {
        send(request, response, callback, 413, "text/plain; charset=utf-8", "request too large");
        return true;
      }
      Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES)
          .orTimeout(BODY_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
          .whenComplete((body, failure) -> {
            if (failure != null) {
              boolean slow = failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException;
              if (slow) {
                log.info("Slack HTTP: a request body took over {} s to arrive; refused", BODY_DEADLINE.toSeconds());
              }
              send(request, response, callback, slow ? 408 : 413, "text/plain; charset=utf-8", slow ? "too slow" : "request too large");
            } else {
              events(request, response, callback, body);
            }
          });
      return true;
    }
  }

  private void events(Request request, Response response, Callback callback, byte[] body) {
    try {
      SlackRequestParser.HttpRequest httpRequest = SlackRequestParser.HttpRequest.builder()
          .requestUri(request.getHttpURI().getPath())
          .queryString(query(request.getHttpURI().getQuery()))
          .requestBody(new String(body, StandardCharsets.UTF_8))
          .headers(new RequestHeaders(headers(request)))
          .remoteAddress(Request.getRemoteAddr(request))
          .build();
      com.slack.api.bolt.response.Response answer = bolt.app().run(parser.parse(httpRequest));
      write(request, response, callback, answer);
    } catch (Exception e) {
      Refused refused = Refused.in(e);
      if (refused != null) {
        log.warn("Slack: refused before the ack ({}); Slack will deliver it again", refused.getMessage());
        send(request, response, callback, 503, "text/plain; charset=utf-8", "busy, retry later");
        return;
      }
      log.warn("Slack request to {} failed: {}", EVENTS_PATH, SlackErrorHandler.describe(e));
      send(request, response, callback, 500, "text/plain; charset=utf-8", "internal error");
    }
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> out = new HashMap<>();
    for (HttpField f : request.getHeaders()) {
      out.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
    }
    return out;
  }

  private static void write(Request request, Response response, Callback callback, com.slack.api.bolt.response.Response answer) {
    if (answer.getHeaders() != null) {
      for (Map.Entry<String, List<String>> h : answer.getHeaders().entrySet()) {
        if (h.getKey() != null && !h.getKey().equalsIgnoreCase("Content-Length") && !h.getKey().equalsIgnoreCase("Content-Type")) {
          h.getValue().forEach(v -> response.getHeaders().add(h.getKey(), v));
        }
      }
    }
    int status = answer.getStatusCode() == null ? 200 : answer.getStatusCode();
    String contentType = answer.getContentType() == null ? "text/plain; charset=utf-8" : answer.getContentType();
    send(request, response, callback, status, contentType, answer.getBody() == null ? "" : answer.getBody());
  }

  private static void send(Request request, Response response, Callback callback, int status, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    boolean head = "HEAD".equals(request.getMethod());
    response.write(true, head || bytes.length == 0 ? null : ByteBuffer.wrap(bytes), callback);
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
}
