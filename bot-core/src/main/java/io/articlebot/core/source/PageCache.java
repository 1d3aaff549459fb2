package io.articlebot.core.source;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Fetched pages kept in the data folder, one folder per URL under {@code pages/}: the body as it
 * came ({@code body}) and what is known about it ({@code page.properties}: URL, final URL, content
 * type, fetch time, size). The properties are written last, so a fetch interrupted half way leaves
 * the previous copy, not a broken one.
 */
public final class PageCache {
  private final Path dir;

  public PageCache(Path dataDir) {
    this.dir = dataDir.resolve("pages");
  }

  /** The folder a URL's copy lives in: readable, and unique per URL. */
  public Path folderFor(URI url) {
    String readable = (url.getHost() + url.getPath()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
        .replaceAll("^-+|-+$", "");
    return dir.resolve(readable.substring(0, Math.min(60, readable.length())) + "-" + hash(url.toString()));
  }

  public Optional<FetchedPage> read(URI url) throws IOException {
    Path folder = folderFor(url);
    Path meta = folder.resolve("page.properties");
    if (!Files.isRegularFile(meta)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    byte[] body = Files.readAllBytes(folder.resolve("body"));
    if (!url.toString().equals(p.getProperty("url")) || body.length != Long.parseLong(p.getProperty("bytes", "-1"))) {
      return Optional.empty(); // not this URL's copy, or not a complete one: fetch it again
    }
    return Optional.of(new FetchedPage(url, URI.create(p.getProperty("final-url", url.toString())),
        p.getProperty("content-type", ""), body, Instant.parse(p.getProperty("fetched-at"))));
  }

  public void write(FetchedPage page) throws IOException {
    Path folder = folderFor(page.url());
    Files.createDirectories(folder);
    replace(folder.resolve("body"), page.body());
    Properties p = new Properties();
    p.setProperty("url", page.url().toString());
    p.setProperty("final-url", page.finalUrl().toString());
    p.setProperty("content-type", page.contentType());
    p.setProperty("fetched-at", page.fetchedAt().toString());
    p.setProperty("bytes", Long.toString(page.body().length));
    Path tmp = folder.resolve("page.properties.tmp");
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(out, "article-bot: a fetched page; 'refresh' fetches it again");
    }
    move(tmp, folder.resolve("page.properties"));
  }

  static void replace(Path file, byte[] bytes) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    move(tmp, file);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
