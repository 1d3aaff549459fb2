package io.articlebot.app.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A web site on 127.0.0.1 with the pages the URL tests need: a real saved article, a redirect, a
 * 404, an image, a page that never answers, and a 50 MB body streamed until the client hangs up.
 */
public final class LoopbackSite implements AutoCloseable {
  public static final Path WIKIPEDIA = Path.of("../bot-core/src/test/resources/pages/wikipedia-mozilla/source.html");
  static final long HUGE = 50L * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final CountDownLatch release = new CountDownLatch(1);
  final AtomicLong hugeBytesSent = new AtomicLong();
  public final AtomicLong requests = new AtomicLong();
  public final AtomicReference<byte[]> article = new AtomicReference<>();

  public LoopbackSite() throws IOException {
    article.set(Files.readAllBytes(WIKIPEDIA));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/wiki/Mozilla", x -> send(x, 200, "text/html; charset=UTF-8", article.get()));
    server.createContext("/old-address", x -> {
      x.getResponseHeaders().add("Location", "/wiki/Mozilla");
      send(x, 301, "text/plain", new byte[0]);
    });
    server.createContext("/missing", x -> send(x, 404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/photo.png", x -> send(x, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
    server.createContext("/photo", x -> send(x, 200, "application/octet-stream", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
    server.createContext("/slow", x -> {
      requests.incrementAndGet();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      x.close();
    });
    server.createContext("/huge", this::huge);
    server.start();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    requests.incrementAndGet();
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  /** 50 MB of text, chunked (no Content-Length), written until done or until the client goes away. */
  private void huge(HttpExchange x) throws IOException {
    requests.incrementAndGet();
    x.getResponseHeaders().add("Content-Type", "text/html");
    x.sendResponseHeaders(200, 0);
    byte[] chunk = "<p>All work and no play makes a very long page.</p>\n".repeat(1300).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = x.getResponseBody()) {
      while (hugeBytesSent.get() < HUGE) {
        out.write(chunk);
        hugeBytesSent.addAndGet(chunk.length);
      }
    } catch (IOException e) {
      // the client stopped reading at its limit: that is the point
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
