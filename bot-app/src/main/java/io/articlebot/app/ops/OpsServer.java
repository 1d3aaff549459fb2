package io.articlebot.app.ops;

import io.articlebot.core.chat.StartupException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's view of a running bot, on its own address (loopback by default): {@code GET
 * /healthz} is 200 when the articles are loaded and every front end is connected, 503 while
 * starting, reconnecting or stopping, with a JSON body saying which; {@code GET /metrics} is
 * Prometheus's text format from Micrometer.
 */
public final class OpsServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

  /** What {@code /healthz} reports: ready or not, and a JSON object saying why. */
  public record Health(boolean ready, String json) {}

  private final InetSocketAddress address;
  private final PrometheusMeterRegistry prometheus;
  private final Supplier<Health> health;
  private Server server;
  private ServerConnector connector;

  public OpsServer(InetSocketAddress address, PrometheusMeterRegistry prometheus, Supplier<Health> health) {
    this.address = address;
    this.prometheus = prometheus;
    this.health = health;
  }

  public void start() throws StartupException {
    QueuedThreadPool threads = new QueuedThreadPool(8, 2);
    threads.setName("ops-http");
    threads.setDaemon(true);
    server = new Server(threads);
    connector = new ServerConnector(server, 1, 1);
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    connector.setIdleTimeout(10_000);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
          send(response, callback, 405, "text/plain; charset=utf-8", "GET only");
        } else if (path.equals("/healthz")) {
          Health h = health.get();
          send(response, callback, h.ready() ? 200 : 503, "application/json", h.json());
        } else if (path.equals("/metrics")) {
          send(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8", prometheus.scrape());
        } else {
          send(response, callback, 404, "text/plain; charset=utf-8", "not found: try /healthz or /metrics");
        }
        return true;
      }
    });
    server.setStopAtShutdown(false);
    try {
      server.start();
    } catch (Exception e) {
      close();
      throw new StartupException("The health and metrics server could not listen on " + address.getHostString() + ":"
          + address.getPort() + " (" + e.getMessage() + "). Set ops.address in the config (or ARTICLE_BOT_OPS_ADDRESS) to a"
          + " free host:port, or to off.", e);
    }
    log.info("Health and metrics on http://{}:{}/healthz and /metrics", address.getHostString(), port());
  }

  public int port() {
    return connector.getLocalPort();
  }

  private static void send(Response response, Callback callback, int status, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  @Override
  public void close() {
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        log.debug("ops server stop: {}", e.toString());
      }
    }
  }
}
