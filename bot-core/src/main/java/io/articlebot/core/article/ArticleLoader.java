package io.articlebot.core.article;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an article (plain text, Markdown, a saved web page or a PDF) with messages that say how to
 * fix problems. Reading is three steps, each usable alone: the bytes ({@link #read}), the text the
 * bot will quote ({@link #extract}), the parsed article ({@link #toArticle}).
 */
public final class ArticleLoader {
  /** Far beyond any article; guards against pointing the bot at a disk image. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private ArticleLoader() {}

  /** Thrown with a message fit to show the person starting the bot. */
  public static final class ArticleException extends IOException {
    private static final long serialVersionUID = 1L;

    public ArticleException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The configured metadata of an article; null or blank values are taken from the document.
   *
   * @param id null to derive it from the file name
   */
  public record Overrides(String id, String title, String source, String url, String date) {
    public static final Overrides NONE = new Overrides(null, null, null, null, null);
  }

  public static Article load(Path file, String id, String title, String source, String url, String date) throws ArticleException {
    ExtractedText extracted = extract(read(file));
    return toArticle(extracted, new Overrides(id == null ? idFor(file) : id, title, source, url, date),
        new ArticleOrigin(extracted.format(), file.toString(), extracted.metadata().byline(), null), file.toString());
  }

  /** The text the bot will read from {@code content}, in the format its bytes are. */
  public static ExtractedText extract(ArticleContent content) throws ArticleException {
    return Extractors.forContent(content).extract(content);
  }

  /**
   * The article made of extracted text. Configured values win over the document's metadata, which
   * wins over what the text itself suggests (a Markdown heading, a source line).
   *
   * @param name the file or URL, for messages
   */
  public static Article toArticle(ExtractedText extracted, Overrides overrides, ArticleOrigin origin, String name)
      throws ArticleException {
    if (extracted.text().isBlank()) {
      throw new ArticleException(switch (extracted.format()) {
        case HTML -> "Web page " + name + " has no article text I could find (a page that shows its text only"
            + " with JavaScript looks empty to me). Save the article's text as a .txt file instead.";
        case PDF -> "PDF " + name + " has no text layer (a scanned document?). Run it through OCR, or save its text"
            + " as a .txt file.";
        default -> "Article " + name + " is empty. Put the article's text in it, one paragraph per line or separated"
            + " by blank lines.";
      }, null);
    }
    DocumentMetadata meta = extracted.metadata();
    Article parsed = ArticleParser.parse(overrides.id() == null ? idFor(Path.of("article")) : overrides.id(), extracted.text(),
        firstNonBlank(overrides.title(), meta.title()), firstNonBlank(overrides.source(), meta.siteName()),
        firstNonBlank(overrides.url(), meta.canonicalUrl()), firstNonBlank(overrides.date(), meta.date()));
    return parsed.withOrigin(origin);
  }

  /** The bytes of an article file, refusing folders, missing files and files over {@link #MAX_BYTES}. */
  public static ArticleContent read(Path file) throws ArticleException {
    try {
      if (Files.isDirectory(file)) {
        throw new ArticleException("Article path " + file + " is a directory; use --articles DIR for a folder of articles.", null);
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new ArticleException("Article " + file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it into several articles.", null);
      }
      return new ArticleContent(Files.readAllBytes(file), file.toString(), null, null);
    } catch (NoSuchFileException e) {
      throw new ArticleException("Article file not found: " + file.toAbsolutePath() + ". Check the path in the config or on the command line.", e);
    } catch (ArticleException e) {
      throw e;
    } catch (IOException e) {
      throw new ArticleException("Cannot read article " + file + ": " + e.getMessage() + ". Check that the file exists and is readable.", e);
    }
  }

  /** A file name made into an article id: {@code deepseek-asianfin.txt} → {@code deepseek-asianfin}. */
  public static String idFor(Path file) {
    return idFrom(file.getFileName().toString().replaceFirst("(?i)\\.(txt|md|markdown|text|html?|xhtml|pdf)$", ""), "article");
  }

  /**
   * A URL made into an article id: its last path segment without extension
   * ({@code https://en.wikipedia.org/wiki/Mozilla} → {@code mozilla}), else its host.
   */
  public static String idFor(URI url) {
    String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
    String last = path.substring(path.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(html?|xhtml|php|aspx?|pdf|txt|md)$", "");
    String host = url.getHost() == null ? "page" : url.getHost().replaceFirst("^www\\.", "");
    return idFrom(last.isEmpty() ? host : last, idFrom(host, "page"));
  }

  private static String idFrom(String name, String fallback) {
    String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+", "");
    return id.isEmpty() ? fallback : id.substring(0, Math.min(64, id.length()));
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b == null || b.isBlank() ? null : b;
  }
}
